package io.odigos.community.packs;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.Database;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestSection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The packs' part of the digests: packs first published in the period, and in the monthly newsletter the month's
 * top-rated ones (best first by {@link PackRanking} among the packs rated that month).
 */
final class PackDigest {

    static final String KEY = "packs";
    /** New packs listed at most; beyond them the section says "and more". */
    static final int SHOWN = 6;
    static final int TOP_RATED = 3;

    private final Database database;
    private final PacksStore store;
    private final PackSummaries summaries;
    private final PackLines lines;

    PackDigest(Database database, PacksStore store, PackSummaries summaries, PackLines lines) {
        this.database = database;
        this.store = store;
        this.summaries = summaries;
        this.lines = lines;
    }

    DigestSection section() {
        return DigestSection.of(KEY, "Observability packs", this::render);
    }

    private record Found(List<PackSummary> published, List<PackSummary> topRated) {
    }

    private List<LayoutBlock> render(DigestPeriod period) {
        Found found = database.inTransaction(em -> new Found(
                summaries.of(em, store.publishedBetween(em, period.from(), period.to(), SHOWN + 1)),
                period.isNewsletter() ? summaries.of(em, store.ratedBetween(em, period.from(), period.to())).stream()
                        .sorted(PackSummaries.BEST_FIRST).limit(TOP_RATED).toList() : List.of()));
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!found.published().isEmpty()) {
            blocks.add(BlockKit.section(":package: *New packs*\n" + list(found.published().stream().limit(SHOWN).toList())
                    + (found.published().size() > SHOWN ? "\n…and more." : "")));
        }
        if (!found.topRated().isEmpty()) {
            blocks.add(BlockKit.section(":star: *Top rated this month*\n" + list(found.topRated())));
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        blocks.add(BlockKit.context("Browse, rate and install packs with `/packs`; share yours with `/packs publish`."));
        return blocks;
    }

    private String list(List<PackSummary> packs) {
        return packs.stream().map(s -> "• " + lines.line(s)).collect(Collectors.joining("\n"));
    }
}
