package io.odigos.community.labs;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.Database;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestSection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Labs' part of the digests: betas opened in the period, and the ones that graduated or were retired. */
final class LabsDigest {

    static final String KEY = "labs";
    static final int SHOWN = 8;

    private final Database database;
    private final LabsStore store;

    LabsDigest(Database database, LabsStore store) {
        this.database = database;
        this.store = store;
    }

    DigestSection section() {
        return DigestSection.of(KEY, "Odigos Labs", this::render);
    }

    private record Found(List<Beta> created, List<Beta> ended) {
    }

    private List<LayoutBlock> render(DigestPeriod period) {
        Found found = database.inTransaction(em -> new Found(
                store.openedBetween(em, period.from(), period.to(), SHOWN + 1),
                store.endedBetween(em, period.from(), period.to(), SHOWN + 1)));
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!found.created().isEmpty()) {
            blocks.add(BlockKit.section(":test_tube: *New betas to try*\n" + lines(found.created(), true)));
        }
        if (!found.ended().isEmpty()) {
            blocks.add(BlockKit.section(":mortar_board: *Graduated and retired*\n" + lines(found.ended(), false)));
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        blocks.add(BlockKit.context("Join a beta with `" + LabsMessages.COMMAND + "`."));
        return blocks;
    }

    private static String lines(List<Beta> betas, boolean withVersion) {
        return betas.stream().limit(SHOWN).map(b -> "• " + LabsMessages.name(b) + " · " + b.stage().label()
                        + (withVersion ? " " + b.version() : ""))
                .collect(Collectors.joining("\n")) + (betas.size() > SHOWN ? "\n…and more." : "");
    }
}
