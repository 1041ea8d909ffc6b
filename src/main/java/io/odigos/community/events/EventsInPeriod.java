package io.odigos.community.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Events in a period, and how many came: what digests show and the metrics feature counts. */
public final class EventsInPeriod {

    private final EventStore store;
    private final Clock clock;

    EventsInPeriod(EventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Scheduled events starting in [from, to), soonest first. */
    public List<CommunityEvent> startingBetween(Instant from, Instant to, int limit) {
        return store.startingBetween(from, to, limit);
    }

    public record HeldEvent(CommunityEvent event, long attended) {
    }

    /** Events held (not cancelled) that started in [from, to), with how many checked in, in order. */
    public List<HeldEvent> held(Instant from, Instant to, int limit) {
        List<CommunityEvent> events = startingBetween(from, untilNow(to), limit);
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> attended = store.checkInCounts(events.stream().map(CommunityEvent::id).toList());
        return events.stream().map(e -> new HeldEvent(e, attended.getOrDefault(e.id(), 0L))).toList();
    }

    /** Events held (not cancelled, already started) in [from, to). */
    public long eventsHeld(Instant from, Instant to) {
        return store.countStartingBetween(from, untilNow(to));
    }

    /** Average check-ins per community call held in [from, to), or empty when none was held. */
    public Optional<Double> averageCallAttendance(Instant from, Instant to) {
        List<Long> checkIns = store.callCheckIns(from, untilNow(to));
        return checkIns.isEmpty() ? Optional.empty()
                : Optional.of(checkIns.stream().mapToLong(Long::longValue).average().orElse(0));
    }

    /** An event that has not started yet was not held. */
    private Instant untilNow(Instant to) {
        return to.isAfter(clock.instant()) ? clock.instant() : to;
    }
}
