package io.odigos.community.events;

import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Check-in: who was at an event, recorded once per member while the event runs. */
public final class EventAttendance {

    /** Members may check in from this long before the start until the end. */
    static final Duration CHECK_IN_OPENS = Duration.ofMinutes(15);

    private final Database database;
    private final EventStore store;
    private final Clock clock;

    EventAttendance(Database database, EventStore store, Clock clock) {
        this.database = database;
        this.store = store;
        this.clock = clock;
    }

    /** Records that the member is at the event now. */
    public void checkIn(long eventId, String memberId) {
        database.runInTransaction(em -> {
            CommunityEvent e = store.existing(em, eventId);
            Instant now = clock.instant();
            if (e.isCancelled()) {
                throw new Refusal(EventMessages.wasCancelled(e));
            }
            if (now.isBefore(e.startsAt().minus(CHECK_IN_OPENS)) || !now.isBefore(e.endsAt())) {
                throw new Refusal(EventMessages.checkInClosed(e));
            }
            store.checkIn(em, eventId, memberId, now);
        });
    }

    /** Who checked in, in order. */
    public List<String> attendance(long eventId) {
        return store.checkedIn(eventId);
    }
}
