package io.odigos.community.events;

import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

/** Registration with a waitlist: a place while there are seats, a queue after, promotion when a place frees up. */
public final class EventRegistrations {

    private final Database database;
    private final EventStore store;
    private final SlackOutbox outbox;
    private final Clock clock;

    EventRegistrations(Database database, EventStore store, SlackOutbox outbox, Clock clock) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The member's status for each of these events (absent: not registered). */
    public Map<Long, RegistrationStatus> statusesOf(String memberId, List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return store.statusesOf(memberId, eventIds);
    }

    public long registeredCount(long eventId) {
        return database.inTransaction(em -> store.registeredCount(em, eventId));
    }

    /** Registers the member, or puts them on the waitlist when the event is full. */
    public RegistrationStatus register(long eventId, String memberId) {
        try {
            return database.inTransaction(em -> {
                CommunityEvent e = store.lockedOpen(em, eventId);
                if (!e.startsAt().isAfter(clock.instant())) {
                    throw new Refusal(EventMessages.registrationClosed(e));
                }
                if (store.registration(em, eventId, memberId) != null) {
                    throw new Refusal(EventMessages.alreadyRegistered(e));
                }
                boolean full = e.capacity() != null && store.registeredCount(em, eventId) >= e.capacity();
                RegistrationStatus s = full ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED;
                store.insert(em, new Registration(eventId, memberId, s, clock.instant()));
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
            CommunityEvent e = store.lockedOpen(em, eventId);
            Registration r = store.registration(em, eventId, memberId);
            if (r == null) {
                throw new Refusal(EventMessages.notRegistered(e));
            }
            store.remove(em, r);
            promoteWhileSeats(em, e);
        });
    }

    /** Moves people from the waitlist into free seats, first come first served, and tells each. */
    void promoteWhileSeats(EntityManager em, CommunityEvent e) {
        List<String> queue = store.people(em, e.id(), RegistrationStatus.WAITLISTED);
        long seats = e.capacity() == null ? Long.MAX_VALUE : e.capacity() - store.registeredCount(em, e.id());
        for (int i = 0; i < queue.size() && i < seats; i++) {
            store.registration(em, e.id(), queue.get(i)).promote();
            outbox.enqueue(em, OutgoingMessage.dm(queue.get(i), EventMessages.promoted(e), null));
        }
    }

    private int waitlistPosition(EntityManager em, long eventId, String memberId) {
        return store.people(em, eventId, RegistrationStatus.WAITLISTED).indexOf(memberId) + 1;
    }
}
