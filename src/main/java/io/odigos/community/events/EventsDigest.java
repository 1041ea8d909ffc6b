package io.odigos.community.events;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestSection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Events' part of the digests: what is coming up (with Register buttons) and, monthly, what was held. */
final class EventsDigest {

    static final int SHOWN = 5;
    /** How far ahead each edition looks: until the next one, roughly. */
    static final Duration UPDATE_HORIZON = Duration.ofDays(14);
    static final Duration NEWSLETTER_HORIZON = Duration.ofDays(31);

    private final EventsInPeriod inPeriod;

    EventsDigest(EventsInPeriod inPeriod) {
        this.inPeriod = inPeriod;
    }

    List<DigestSection> sections() {
        return List.of(
                DigestSection.of("events.upcoming", "Coming up", this::upcoming),
                DigestSection.of("events.held", "Events this month", this::held));
    }

    private List<LayoutBlock> upcoming(DigestPeriod period) {
        Duration horizon = period.isNewsletter() ? NEWSLETTER_HORIZON : UPDATE_HORIZON;
        List<CommunityEvent> events = inPeriod.startingBetween(period.to(), period.to().plus(horizon), SHOWN);
        List<LayoutBlock> blocks = new ArrayList<>();
        for (CommunityEvent e : events) {
            blocks.add(BlockKit.section(EventMessages.name(e) + "\n" + EventMessages.when(e),
                    BlockKit.button("Register", EventViews.REGISTER, Long.toString(e.id()))));
        }
        return blocks;
    }

    private List<LayoutBlock> held(DigestPeriod period) {
        if (!period.isNewsletter()) {
            return List.of();
        }
        List<EventsInPeriod.HeldEvent> held = inPeriod.held(period.from(), period.to(), SHOWN * 2);
        if (held.isEmpty()) {
            return List.of();
        }
        String text = held.stream().map(h -> EventMessages.name(h.event()) + ": "
                        + h.attended() + (h.attended() == 1 ? " attendee" : " attendees")
                        + (h.event().recordingLink() != null ? " · <" + h.event().recordingLink() + "|recording>" : ""))
                .collect(Collectors.joining("\n"));
        return List.of(BlockKit.section(text));
    }
}
