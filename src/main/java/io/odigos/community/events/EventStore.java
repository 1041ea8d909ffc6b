package io.odigos.community.events;

import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The queries the event classes share, written once: finding an event (locked or not), who is registered or
 * waiting, and the listings members and jobs read.
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

    Optional<CommunityEvent> find(long eventId) {
        return Optional.ofNullable(database.inTransaction(em -> em.find(CommunityEvent.class, eventId)));
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

    static CommunityEvent existing(EntityManager em, long id) {
        CommunityEvent e = em.find(CommunityEvent.class, id);
        if (e == null) {
            throw new Refusal(EventMessages.noSuchEvent());
        }
        return e;
    }

    /** The event, row-locked so registrations for it happen one at a time; refused when cancelled. */
    static CommunityEvent lockedOpen(EntityManager em, long id) {
        CommunityEvent e = em.find(CommunityEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new Refusal(EventMessages.noSuchEvent());
        }
        if (e.isCancelled()) {
            throw new Refusal(EventMessages.wasCancelled(e));
        }
        return e;
    }

    static long registeredCount(EntityManager em, long eventId) {
        return em.createQuery("select count(r) from Registration r where r.eventId = :e and r.status = :s", Long.class)
                .setParameter("e", eventId).setParameter("s", RegistrationStatus.REGISTERED).getSingleResult();
    }

    /** Members with this status, in order of registration: the waitlist's order. */
    static List<String> people(EntityManager em, long eventId, RegistrationStatus status) {
        return em.createQuery("select r.memberId from Registration r where r.eventId = :e and r.status = :s "
                        + "order by r.registeredAt, r.memberId", String.class)
                .setParameter("e", eventId).setParameter("s", status).getResultList();
    }
}
