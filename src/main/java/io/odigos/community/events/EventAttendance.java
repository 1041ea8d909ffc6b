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
    private final Clock clock;

    EventAttendance(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records that the member is at the event now. */
    public void checkIn(long eventId, String memberId) {
        database.runInTransaction(em -> {
            CommunityEvent e = EventStore.existing(em, eventId);
            Instant now = clock.instant();
            if (e.isCancelled()) {
                throw new Refusal(EventMessages.wasCancelled(e));
            }
            if (now.isBefore(e.startsAt().minus(CHECK_IN_OPENS)) || !now.isBefore(e.endsAt())) {
                throw new Refusal(EventMessages.checkInClosed(e));
            }
            em.createNativeQuery("insert into event_attendance (event_id, member_id, checked_in_at) select ?1, ?2, ?3 "
                            + "from community_events where id = ?1 and not exists (select 1 from event_attendance a "
                            + "where a.event_id = ?1 and a.member_id = ?2)")
                    .setParameter(1, eventId).setParameter(2, memberId).setParameter(3, now).executeUpdate();
        });
    }

    /** Who checked in, in order. */
    public List<String> attendance(long eventId) {
        return database.inTransaction(em -> em.createNativeQuery(
                        "select member_id from event_attendance where event_id = ?1 order by checked_in_at", String.class)
                .setParameter(1, eventId).getResultList());
    }
}
