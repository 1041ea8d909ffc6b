package io.odigos.community.events;

import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every read and write of community_events, event_series and event_registrations, in JPQL over their entities; and
 * of the rows members leave around an event, which have no entity: check-ins (event_attendance), reminders sent
 * (event_reminders_sent) and calendar-feed tokens (calendar_feeds), in native SQL whose rows become typed values at
 * once. Methods that take an {@link EntityManager} run in the caller's transaction; the others are reads in their
 * own. Agenda topics and their votes live in {@link EventTopicStore}.
 */
final class EventStore {

    private final Database database;
    private final Clock clock;

    EventStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    // ---- events and series ----------------------------------------------------------------------------------------

    Optional<CommunityEvent> find(long eventId) {
        return Optional.ofNullable(database.inTransaction(em -> find(em, eventId)));
    }

    /** The event, or null when there is none. */
    CommunityEvent find(EntityManager em, long eventId) {
        return em.find(CommunityEvent.class, eventId);
    }

    /** The event; refused when there is none. */
    CommunityEvent existing(EntityManager em, long eventId) {
        CommunityEvent e = find(em, eventId);
        if (e == null) {
            throw new Refusal(EventMessages.noSuchEvent());
        }
        return e;
    }

    /** The event, row-locked so registrations for it happen one at a time; refused when cancelled. */
    CommunityEvent lockedOpen(EntityManager em, long eventId) {
        CommunityEvent e = em.find(CommunityEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new Refusal(EventMessages.noSuchEvent());
        }
        if (e.isCancelled()) {
            throw new Refusal(EventMessages.wasCancelled(e));
        }
        return e;
    }

    /** Stores a new event and flushes, so the announcement can name its id. */
    CommunityEvent insert(EntityManager em, CommunityEvent event) {
        em.persist(event);
        em.flush();
        return event;
    }

    /** Stores a new series and flushes, so the audit entry can name its id. */
    EventSeries insert(EntityManager em, EventSeries series) {
        em.persist(series);
        em.flush();
        return series;
    }

    List<EventSeries> activeSeries(EntityManager em) {
        return em.createQuery("select s from EventSeries s where s.active = true", EventSeries.class).getResultList();
    }

    /** Whether the series already has its occurrence at this start. */
    boolean hasOccurrence(EntityManager em, long seriesId, Instant start) {
        return !em.createQuery("select e.id from CommunityEvent e where e.seriesId = :s and e.startsAt = :t", Long.class)
                .setParameter("s", seriesId).setParameter("t", start).getResultList().isEmpty();
    }

    /** Scheduled events that have not ended, soonest first. */
    List<CommunityEvent> upcoming(int limit) {
        Instant now = clock.instant();
        return database.inTransaction(em -> em.createQuery("select e from CommunityEvent e where e.status = :s "
                        + "and e.startsAt > :earliest order by e.startsAt", CommunityEvent.class)
                .setParameter("s", CommunityEvent.SCHEDULED)
                // still listed while it runs, so members can check in
                .setParameter("earliest", now.minus(Duration.ofHours(24)))
                .setMaxResults(limit * 2).getResultList().stream()
                .filter(e -> e.endsAt().isAfter(now)).limit(limit).toList());
    }

    /** Scheduled events that start after the instant, for re-creating missing reminders at start-up. */
    List<CommunityEvent> scheduledAfter(Instant instant) {
        return database.inTransaction(em -> em.createQuery("select e from CommunityEvent e where e.status = :s "
                        + "and e.startsAt > :t", CommunityEvent.class)
                .setParameter("s", CommunityEvent.SCHEDULED).setParameter("t", instant).getResultList());
    }

    /** Scheduled events starting in [from, to), soonest first. */
    List<CommunityEvent> startingBetween(Instant from, Instant to, int limit) {
        return database.inTransaction(em -> em.createQuery("select e from CommunityEvent e where e.status = :s "
                        + "and e.startsAt >= :from and e.startsAt < :to order by e.startsAt, e.id", CommunityEvent.class)
                .setParameter("s", CommunityEvent.SCHEDULED).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList());
    }

    /** How many scheduled events start in [from, to). */
    long countStartingBetween(Instant from, Instant to) {
        return database.inTransaction(em -> em.createQuery("select count(e) from CommunityEvent e where e.status = :s "
                        + "and e.startsAt >= :from and e.startsAt < :to", Long.class)
                .setParameter("s", CommunityEvent.SCHEDULED).setParameter("from", from).setParameter("to", to)
                .getSingleResult());
    }

    // ---- registrations --------------------------------------------------------------------------------------------

    /** The member's registration for the event, or null. */
    Registration registration(EntityManager em, long eventId, String memberId) {
        return em.find(Registration.class, new Registration.Key(eventId, memberId));
    }

    /** Stores the registration and flushes, so a second one for the same member fails here, on the primary key. */
    void insert(EntityManager em, Registration registration) {
        em.persist(registration);
        em.flush();
    }

    /** Removes the registration and flushes, so the counts that follow no longer see it. */
    void remove(EntityManager em, Registration registration) {
        em.remove(registration);
        em.flush();
    }

    long registeredCount(EntityManager em, long eventId) {
        return em.createQuery("select count(r) from Registration r where r.eventId = :e and r.status = :s", Long.class)
                .setParameter("e", eventId).setParameter("s", RegistrationStatus.REGISTERED).getSingleResult();
    }

    /** Members with this status, in order of registration: the waitlist's order. */
    List<String> people(EntityManager em, long eventId, RegistrationStatus status) {
        return em.createQuery("select r.memberId from Registration r where r.eventId = :e and r.status = :s "
                        + "order by r.registeredAt, r.memberId", String.class)
                .setParameter("e", eventId).setParameter("s", status).getResultList();
    }

    /** The member's status for each of these events that they registered for (or wait for). */
    Map<Long, RegistrationStatus> statusesOf(String memberId, List<Long> eventIds) {
        return database.inTransaction(em -> {
            Map<Long, RegistrationStatus> statuses = new HashMap<>();
            em.createQuery("select r from Registration r where r.memberId = :m and r.eventId in :ids", Registration.class)
                    .setParameter("m", memberId).setParameter("ids", eventIds).getResultList()
                    .forEach(r -> statuses.put(r.eventId(), r.status()));
            return statuses;
        });
    }

    /** Events the member registered for (or waits for) that start after {@code since}, cancelled ones included. */
    List<CommunityEvent> eventsOf(String memberId, Instant since) {
        return database.inTransaction(em -> em.createQuery("select e from CommunityEvent e where e.id in "
                        + "(select r.eventId from Registration r where r.memberId = :m) and e.startsAt > :since "
                        + "order by e.startsAt", CommunityEvent.class)
                .setParameter("m", memberId).setParameter("since", since).getResultList());
    }

    // ---- check-ins (event_attendance) -----------------------------------------------------------------------------

    /** Records the check-in once: a second one for the same member and event changes nothing. */
    void checkIn(EntityManager em, long eventId, String memberId, Instant at) {
        em.createNativeQuery("insert into event_attendance (event_id, member_id, checked_in_at) select ?1, ?2, ?3 "
                        + "from community_events where id = ?1 and not exists (select 1 from event_attendance a "
                        + "where a.event_id = ?1 and a.member_id = ?2)")
                .setParameter(1, eventId).setParameter(2, memberId).setParameter(3, at).executeUpdate();
    }

    /** Who checked in, in order. */
    List<String> checkedIn(long eventId) {
        return database.inTransaction(em -> em.createNativeQuery(
                        "select member_id from event_attendance where event_id = ?1 order by checked_in_at", String.class)
                .setParameter(1, eventId).getResultList());
    }

    /** How many checked in at each of these events; an event nobody checked in to is absent. */
    Map<Long, Long> checkInCounts(List<Long> eventIds) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : database.inTransaction(em -> em.createNativeQuery("select event_id, count(*) "
                + "from event_attendance where event_id in (?1) group by event_id")
                .setParameter(1, eventIds).getResultList())) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    /** The check-ins of each scheduled community call that started in [from, to), 0 for a call nobody came to. */
    List<Long> callCheckIns(Instant from, Instant to) {
        List<?> counts = database.inTransaction(em -> em.createNativeQuery("select count(a.member_id) "
                        + "from community_events e left join event_attendance a on a.event_id = e.id "
                        + "where e.kind = ?1 and e.status = ?2 and e.starts_at >= ?3 and e.starts_at < ?4 group by e.id")
                .setParameter(1, EventKind.COMMUNITY_CALL.name()).setParameter(2, CommunityEvent.SCHEDULED)
                .setParameter(3, from).setParameter(4, to).getResultList());
        return counts.stream().map(c -> ((Number) c).longValue()).toList();
    }

    // ---- reminders sent (event_reminders_sent) --------------------------------------------------------------------

    /** Records the reminder as sent to the recipient; false when it already was (for this schedule version). */
    boolean markReminderSent(EntityManager em, CommunityEvent e, String recipient, String reminder, Instant at) {
        return em.createNativeQuery("insert into event_reminders_sent (event_id, recipient, reminder, schedule_version, "
                        + "sent_at) select ?1, ?2, ?3, ?4, ?5 from community_events where id = ?1 and not exists (select 1 "
                        + "from event_reminders_sent s where s.event_id = ?1 and s.recipient = ?2 and s.reminder = ?3 "
                        + "and s.schedule_version = ?4)")
                .setParameter(1, e.id()).setParameter(2, recipient).setParameter(3, reminder)
                .setParameter(4, e.scheduleVersion()).setParameter(5, at).executeUpdate() == 1;
    }

    // ---- calendar feeds (calendar_feeds) --------------------------------------------------------------------------

    Optional<String> feedToken(EntityManager em, String memberId) {
        return em.createNativeQuery("select token from calendar_feeds where member_id = ?1", String.class)
                .setParameter(1, memberId).getResultList().stream().findFirst();
    }

    void insertFeed(EntityManager em, String memberId, String token, Instant at) {
        em.createNativeQuery("insert into calendar_feeds (member_id, token, created_at) values (?1, ?2, ?3)")
                .setParameter(1, memberId).setParameter(2, token).setParameter(3, at).executeUpdate();
    }

    /** The member whose feed this token opens. */
    Optional<String> feedOwner(String token) {
        return database.inTransaction(em -> em.createNativeQuery("select member_id from calendar_feeds where token = ?1",
                        String.class).setParameter(1, token).getResultList().stream().findFirst());
    }
}
