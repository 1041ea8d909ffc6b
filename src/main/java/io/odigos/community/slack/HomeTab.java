package io.odigos.community.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.ArrayList;
import java.util.List;

/** The App Home tab, assembled from every feature's {@link HomeSection} and published after the ack. */
public final class HomeTab {

    private final List<HomeSection> sections = new ArrayList<>();
    private final SlackPoster poster;
    private final AfterAck afterAck;

    public HomeTab(SlackPoster poster, AfterAck afterAck) {
        this.poster = poster;
        this.afterAck = afterAck;
    }

    /** Slack's limit for a Home tab view. */
    static final int MAX_BLOCKS = 100;
    /** The welcome header and its line, above the sections. */
    private static final int WELCOME_BLOCKS = 2;

    /**
     * Adds a feature's section; refuses one whose share no longer fits in Slack's 100 blocks with the others', so a
     * new feature that overflows the tab stops start-up (and every test) instead of failing to publish for a busy
     * member. The feature then lowers its own {@link HomeSection#maxBlocks()} or another's.
     */
    public void add(HomeSection section) {
        int budget = blocksAtMost() + 1 + section.maxBlocks(); // each section comes after a divider
        if (budget > MAX_BLOCKS) {
            throw new IllegalStateException("the Home tab would need up to " + budget + " blocks with "
                    + section.getClass().getSimpleName() + "; Slack allows " + MAX_BLOCKS);
        }
        sections.add(section);
    }

    /** The most blocks the tab can hold with the sections so far. */
    int blocksAtMost() {
        return WELCOME_BLOCKS + sections.stream().mapToInt(s -> 1 + s.maxBlocks()).sum();
    }

    public void register(SlackRoutes routes) {
        routes.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if (event.getTab() == null || "home".equals(event.getTab())) {
                refresh(event.getUser());
            }
            return ctx.ack();
        });
    }

    /** Re-publishes the member's Home tab in the background. */
    public void refresh(String userId) {
        afterAck.run("Home tab for " + userId, () -> poster.publishHome(userId, OutgoingMessage.toJson(build(userId))));
    }

    public com.slack.api.model.view.View build(String userId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header(":wave: Welcome to the Odigos community"));
        blocks.add(BlockKit.context("Request features, report bugs, vote, and follow the roadmap: `/feedback`, "
                + "`/requests`, `/roadmap`."));
        for (HomeSection section : sections) {
            List<LayoutBlock> part = section.blocks(userId);
            if (part.size() > section.maxBlocks()) {
                part = part.subList(0, section.maxBlocks());
            }
            if (!part.isEmpty()) {
                blocks.add(BlockKit.divider());
                blocks.addAll(part);
            }
        }
        return BlockKit.home(blocks);
    }
}
