package io.odigos.community.knowledge;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.Database;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestSection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The knowledge base's part of the digests: guides published in the period, and the ones readers found most helpful. */
final class KnowledgeDigest {

    static final String KEY = "knowledge";
    /** New entries listed at most; beyond them the section says "and more". */
    static final int SHOWN = 8;
    static final int MOST_HELPFUL = 3;

    private final Database database;
    private final KnowledgeStore store;

    KnowledgeDigest(Database database, KnowledgeStore store) {
        this.database = database;
        this.store = store;
    }

    DigestSection section() {
        return DigestSection.of(KEY, "Knowledge base", this::render);
    }

    private record Found(List<KnowledgeEntry> published, List<KnowledgeEntry> helpful) {
    }

    private List<LayoutBlock> render(DigestPeriod period) {
        Found found = database.inTransaction(em -> new Found(
                store.publishedBetween(em, period.from(), period.to(), SHOWN + 1),
                store.mostHelpful(em, MOST_HELPFUL)));
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!found.published().isEmpty()) {
            blocks.add(BlockKit.section(":books: *New guides*\n" + lines(found.published().stream().limit(SHOWN).toList())
                    + (found.published().size() > SHOWN ? "\n…and more." : "")));
        }
        if (!found.helpful().isEmpty()) {
            blocks.add(BlockKit.section(":star: *Most helpful*\n" + lines(found.helpful())));
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        blocks.add(BlockKit.context("Find guides with `" + KnowledgeViews.COMMAND + "`, or share yours from the App Home."));
        return blocks;
    }

    private static String lines(List<KnowledgeEntry> entries) {
        return entries.stream().map(e -> "• " + KnowledgeViews.entryLine(e)).collect(Collectors.joining("\n"));
    }
}
