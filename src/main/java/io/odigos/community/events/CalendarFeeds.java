package io.odigos.community.events;

import io.odigos.community.core.Database;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Each member's private calendar feed: a secret token in the URL stands for the member. */
public final class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final Clock clock;

    public CalendarFeeds(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The member's token, created on first use. */
    public String tokenFor(String memberId) {
        return database.inTransaction(em -> {
            List<?> existing = em.createNativeQuery("select token from calendar_feeds where member_id = ?1")
                    .setParameter(1, memberId).getResultList();
            if (!existing.isEmpty()) {
                return (String) existing.get(0);
            }
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            em.createNativeQuery("insert into calendar_feeds (member_id, token, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, memberId).setParameter(2, token).setParameter(3, clock.instant()).executeUpdate();
            return token;
        });
    }

    public Optional<String> memberOf(String token) {
        return database.inTransaction(em -> em.createNativeQuery("select member_id from calendar_feeds where token = ?1")
                .setParameter(1, token).getResultList().stream().map(String.class::cast).findFirst());
    }

    /** Events the member registered for (or waits for), recent and upcoming, cancelled ones included so they vanish. */
    List<CommunityEvent> eventsOf(String memberId) {
        return database.inTransaction(em -> em.createQuery("select e from CommunityEvent e where e.id in "
                        + "(select r.eventId from Registration r where r.memberId = :m) and e.startsAt > :since "
                        + "order by e.startsAt", CommunityEvent.class)
                .setParameter("m", memberId).setParameter("since", clock.instant().minus(java.time.Duration.ofDays(30)))
                .getResultList());
    }
}
