package io.odigos.community.design;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.Database;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestSection;
import java.util.List;

/** Design's part of the digests: what is open for feedback (and until when), and the outcomes of the period. */
final class DesignDigest {

    static final int SHOWN = 8;

    private final Database database;
    private final DesignStore store;

    DesignDigest(Database database, DesignStore store) {
        this.database = database;
        this.store = store;
    }

    List<DigestSection> sections() {
        return List.of(DigestSection.of("design.open", "Open for feedback", this::open),
                DigestSection.of("design.outcomes", "Design outcomes", this::outcomes));
    }

    private List<LayoutBlock> open(DigestPeriod period) {
        List<DesignDocument> open = database.inTransaction(em -> store.open(em, SHOWN));
        if (open.isEmpty()) {
            return List.of();
        }
        return List.of(BlockKit.section(DesignViews.lines(open)),
                BlockKit.context("Read them and have your say on their posts in the channel, or with `/design`."));
    }

    private List<LayoutBlock> outcomes(DigestPeriod period) {
        List<DesignDocument> decided = database.inTransaction(em -> store.outcomesBetween(em, period.from(), period.to(),
                SHOWN));
        if (decided.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder();
        decided.forEach(d -> text.append(DesignMessages.title(d)).append(" · ").append(DesignMessages.outcome(d))
                .append('\n'));
        return List.of(BlockKit.section(text.toString()), BlockKit.context("Thanks to everyone who gave feedback."));
    }
}
