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

    public void add(HomeSection section) {
        sections.add(section);
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
