package io.odigos.community.feedback;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.HomeSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Feedback on the App Home tab: the member's own requests and votes, then the current top requests. */
public final class FeedbackHome implements HomeSection {

    static final int MINE = 5;
    static final int TOP = 10;

    private final FeedbackService service;
    private final FeedbackViews views;

    public FeedbackHome(FeedbackService service, FeedbackViews views) {
        this.service = service;
        this.views = views;
    }

    @Override
    public List<LayoutBlock> blocks(String userId) {
        List<ItemSummary> mine = service.list(Listing.MINE, userId, null, MINE);
        List<ItemSummary> top = service.list(Listing.TOP, userId, null, TOP);
        Set<Long> voted = service.votedBy(userId, Stream.concat(mine.stream(), top.stream()).map(ItemSummary::id).toList());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Your requests and votes"));
        if (mine.isEmpty()) {
            blocks.add(BlockKit.section("Nothing yet. `/feedback` submits a feature request, `/feedback bug` a bug report."));
        }
        mine.forEach(i -> blocks.add(views.itemRow(i, voted.contains(i.id()))));
        blocks.add(BlockKit.header("Top requests"));
        if (top.isEmpty()) {
            blocks.add(BlockKit.section("No open requests yet."));
        }
        top.forEach(i -> blocks.add(views.itemRow(i, voted.contains(i.id()))));
        blocks.add(BlockKit.context("`/requests` browses and searches everything · `/roadmap` shows what is coming"));
        return blocks;
    }

    @Override
    public int maxBlocks() {
        return MINE + TOP + 5;
    }
}
