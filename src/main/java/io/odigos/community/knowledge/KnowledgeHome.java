package io.odigos.community.knowledge;

import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.Database;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.HomeSection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The knowledge base on the Home tab: the member's entries and where each stands, the latest guides, and *Share*. */
final class KnowledgeHome implements HomeSection {

    static final int MINE = 5;
    static final int LATEST = 5;

    private final Database database;
    private final KnowledgeStore store;

    KnowledgeHome(Database database, KnowledgeStore store) {
        this.database = database;
        this.store = store;
    }

    private record Found(List<KnowledgeEntry> mine, List<KnowledgeEntry> latest) {
    }

    @Override
    public List<LayoutBlock> blocks(String userId) {
        Found found = database.inTransaction(em -> new Found(store.entriesOf(em, userId, MINE),
                store.published(em, LATEST)));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Knowledge base"));
        if (!found.mine().isEmpty()) {
            blocks.add(BlockKit.section("*Your entries*\n" + found.mine().stream().map(KnowledgeHome::mine)
                    .collect(Collectors.joining("\n"))));
        }
        if (found.latest().isEmpty()) {
            blocks.add(BlockKit.section("No guides yet: be the first to share one."));
        } else {
            blocks.add(BlockKit.section("*Latest guides*"));
        }
        found.latest().forEach(e -> blocks.add(BlockKit.section(KnowledgeViews.entryLine(e),
                BlockKit.button("Open", KnowledgeViews.OPEN, Long.toString(e.id())))));
        blocks.add(BlockKit.actions(List.of(BlockKit.primaryButton("Share a guide", KnowledgeViews.SHARE, "home"))));
        return blocks;
    }

    private static String mine(KnowledgeEntry e) {
        String counts = e.isPublished() ? " · " + e.views() + " views · " + e.helpful() + " helpful" : "";
        return "• *" + escape(e.title()) + "* · " + KnowledgeMessages.status(e.status()) + counts;
    }

    @Override
    public int maxBlocks() {
        return LATEST + 4;
    }
}
