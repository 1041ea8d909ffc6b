package io.odigos.community.events;

import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

/** Registration with a waitlist: a place while there are seats, a queue after, promotion when a place frees up. */
public final class EventRegistrations {

    private final Database database;
    private final SlackOutbox outbox;
    private final Clock clock;

    EventRegistrations(Database database, SlackOutbox outbox, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The member's status for each of these events (absent: not registered). */
    public Map<Long, RegistrationStatus> statusesOf(String memberId, List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return database.inTransaction(em -> {
            Map<Long, RegistrationStatus> statuses = new HashMap<>();
            em.createQuery("select r from Registration r where r.memberId = :m and r.eventId in :ids", Registration.class)
                    .setParameter("m", memberId).setParameter("ids", eventIds).getResultList()
                    .forEach(r -> statuses.put(r.eventId(), r.status()));
            return statuses;
        });
    }

    public long registeredCount(long eventId) {
        return database.inTransaction(em -> EventStore.registeredCount(em, eventId));
    }

    /** Registers the member, or puts them on the waitlist when the event is full. */
    public RegistrationStatus register(long eventId, String memberId) {
        try {
            return database.inTransaction(em -> {
                CommunityEvent e = EventStore.lockedOpen(em, eventId);
                if (!e.startsAt().isAfter(clock.instant())) {
                    throw new Refusal(EventMessages.registrationClosed(e));
                }
                if (em.find(Registration.class, new Registration.Key(eventId, memberId)) != null) {
                    throw new Refusal(EventMessages.alreadyRegistered(e));
                }
                boolean full = e.capacity() != null && EventStore.registeredCount(em, eventId) >= e.capacity();
                RegistrationStatus s = full ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED;
                em.persist(new Registration(eventId, memberId, s, clock.instant()));
                em.flush();
                outbox.enqueue(em, OutgoingMessage.dm(memberId, full
                        ? EventMessages.waitlisted(e, waitlistPosition(em, eventId, memberId))
                        : EventMessages.registered(e), null));
                return s;
            });
        } catch (ConstraintViolationException e) {
            throw new Refusal("You are already registered for that event.");
        }
    }

    /** Frees the member's place; the first on the waitlist takes it and is told. */
    public void unregister(long eventId, String memberId) {
        database.runInTransaction(em -> {
            CommunityEvent e = EventStore.lockedOpen(em, eventId);
            Registration r = em.find(Registration.class, new Registration.Key(eventId, memberId));
            if (r == null) {
                throw new Refusal(EventMessages.notRegistered(e));
            }
            em.remove(r);
            em.flush();
            promoteWhileSeats(em, e);
        });
    }

    /** Moves people from the waitlist into free seats, first come first served, and tells each. */
    void promoteWhileSeats(EntityManager em, CommunityEvent e) {
        List<String> queue = EventStore.people(em, e.id(), RegistrationStatus.WAITLISTED);
        long seats = e.capacity() == null ? Long.MAX_VALUE : e.capacity() - EventStore.registeredCount(em, e.id());
        for (int i = 0; i < queue.size() && i < seats; i++) {
            em.find(Registration.class, new Registration.Key(e.id(), queue.get(i))).promote();
            outbox.enqueue(em, OutgoingMessage.dm(queue.get(i), EventMessages.promoted(e), null));
        }
    }

    private static int waitlistPosition(EntityManager em, long eventId, String memberId) {
        return EventStore.people(em, eventId, RegistrationStatus.WAITLISTED).indexOf(memberId) + 1;
    }
}
