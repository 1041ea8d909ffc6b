package io.odigos.community.events;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.Members;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.HomeSection;
import java.util.ArrayList;
import java.util.List;

/** The next events on the App Home tab, in the member's time zone, with their registration buttons. */
final class EventsHome implements HomeSection {

    static final int SHOWN = 3;

    private final EventListeners listeners;
    private final EventViews views;
    private final EventStore store;
    private final Members members;

    EventsHome(EventListeners listeners, EventViews views, EventStore store, Members members) {
        this.listeners = listeners;
        this.views = views;
        this.store = store;
        this.members = members;
    }

    @Override
    public List<LayoutBlock> blocks(String userId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Upcoming events"));
        List<EventViews.Row> rows = listeners.rows(userId, SHOWN);
        if (rows.isEmpty()) {
            blocks.add(BlockKit.section("Nothing scheduled right now."));
            return blocks; // without events there is no time to show, so no users.info lookup
        }
        var zone = members.timeZone(userId);
        for (EventViews.Row row : rows) {
            blocks.addAll(views.eventBlocks(row, zone, store.now()));
        }
        blocks.add(BlockKit.context("`/events` lists everything coming up and your calendar feed"));
        return blocks;
    }

    @Override
    public int maxBlocks() {
        return SHOWN * 3 + 3;
    }
}
