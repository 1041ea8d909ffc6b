package io.odigos.community.hackathons;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.HomeSection;
import java.util.List;

/** The current hackathon on the App Home tab: phase, the member's team and project, deadlines in their own zone. */
final class HackathonHome implements HomeSection {

    private final HackathonService service;
    private final HackathonListeners listeners;

    HackathonHome(HackathonService service, HackathonListeners listeners) {
        this.service = service;
        this.listeners = listeners;
    }

    @Override
    public List<LayoutBlock> blocks(String userId) {
        return service.current().filter(h -> h.phaseAt(service.now()) != Phase.FINISHED)
                .map(h -> listeners.status(h, userId)).orElse(List.of());
    }

    @Override
    public int maxBlocks() {
        return 6;
    }
}
