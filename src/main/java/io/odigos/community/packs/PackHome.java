package io.odigos.community.packs;

import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.Database;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.HomeSection;
import java.util.ArrayList;
import java.util.List;

/** Packs on the Home tab: the member's own packs, where each stands and how it is rated, and how to share one. */
final class PackHome implements HomeSection {

    static final int MINE = 5;

    private final Database database;
    private final PacksStore store;
    private final PackSummaries summaries;
    private final PackLines lines;

    PackHome(Database database, PacksStore store, PackSummaries summaries, PackLines lines) {
        this.database = database;
        this.store = store;
        this.summaries = summaries;
        this.lines = lines;
    }

    @Override
    public List<LayoutBlock> blocks(String userId) {
        List<PackSummary> mine = database.inTransaction(em ->
                summaries.of(em, store.byAuthor(em, userId).stream().limit(MINE).toList()));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Observability packs"));
        if (mine.isEmpty()) {
            blocks.add(BlockKit.section("Found an Odigos setup that works? Share it as a pack with `/packs publish`; "
                    + "browse the community's with `/packs`."));
            return blocks;
        }
        StringBuilder text = new StringBuilder("*Your packs*");
        for (PackSummary s : mine) {
            text.append("\n• ").append(s.pack().visible() ? lines.line(s) : "*" + escape(s.pack().name()) + "* · "
                    + standing(s.pack()));
        }
        blocks.add(BlockKit.section(text.toString()));
        blocks.add(BlockKit.context("`/packs mine` lists them with *New version*; `/packs` browses everyone's."));
        return blocks;
    }

    private static String standing(Pack p) {
        if (p.hidden()) {
            return "hidden by an admin";
        }
        return p.status() == PackStatus.DECLINED ? "declined" : "waiting for review";
    }

    @Override
    public int maxBlocks() {
        return 3;
    }
}
