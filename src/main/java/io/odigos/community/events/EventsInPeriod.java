package io.odigos.community.events;

import io.odigos.community.core.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Events in a period, and how many came: what digests show and the metrics feature counts. */
public final class EventsInPeriod {

    private final Database database;
    private final Clock clock;

    EventsInPeriod(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Scheduled events starting in [from, to), soonest first. */
    public List<CommunityEvent> startingBetween(Instant from, Instant to, int limit) {
        return database.inTransaction(em -> em.createQuery("select e from CommunityEvent e where e.status = :s "
                        + "and e.startsAt >= :from and e.startsAt < :to order by e.startsAt, e.id", CommunityEvent.class)
                .setParameter("s", CommunityEvent.SCHEDULED).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList());
    }

    public record HeldEvent(CommunityEvent event, long attended) {
    }

    /** Events held (not cancelled) that started in [from, to), with how many checked in, in order. */
    public List<HeldEvent> held(Instant from, Instant to, int limit) {
        List<CommunityEvent> events = startingBetween(from, untilNow(to), limit);
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> attended = new HashMap<>();
        database.inTransaction(em -> em.createNativeQuery("select event_id, count(*) from event_attendance "
                        + "where event_id in (?1) group by event_id")
                .setParameter(1, events.stream().map(CommunityEvent::id).toList()).getResultList())
                .forEach(row -> attended.put(((Number) ((Object[]) row)[0]).longValue(),
                        ((Number) ((Object[]) row)[1]).longValue()));
        return events.stream().map(e -> new HeldEvent(e, attended.getOrDefault(e.id(), 0L))).toList();
    }

    /** Events held (not cancelled, already started) in [from, to). */
    public long eventsHeld(Instant from, Instant to) {
        Instant end = untilNow(to);
        return database.inTransaction(em -> em.createQuery("select count(e) from CommunityEvent e where e.status = :s "
                        + "and e.startsAt >= :from and e.startsAt < :to", Long.class)
                .setParameter("s", CommunityEvent.SCHEDULED).setParameter("from", from).setParameter("to", end)
                .getSingleResult());
    }

    /** Average check-ins per community call held in [from, to), or empty when none was held. */
    public Optional<Double> averageCallAttendance(Instant from, Instant to) {
        Instant end = untilNow(to);
        List<?> counts = database.inTransaction(em -> em.createNativeQuery("select count(a.member_id) "
                        + "from community_events e left join event_attendance a on a.event_id = e.id "
                        + "where e.kind = ?1 and e.status = ?2 and e.starts_at >= ?3 and e.starts_at < ?4 group by e.id")
                .setParameter(1, EventKind.COMMUNITY_CALL.name()).setParameter(2, CommunityEvent.SCHEDULED)
                .setParameter(3, from).setParameter(4, end).getResultList());
        return counts.isEmpty() ? Optional.empty()
                : Optional.of(counts.stream().mapToLong(c -> ((Number) c).longValue()).average().orElse(0));
    }

    /** An event that has not started yet was not held. */
    private Instant untilNow(Instant to) {
        return to.isAfter(clock.instant()) ? clock.instant() : to;
    }
}
