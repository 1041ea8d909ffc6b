package io.odigos.community.events;

import io.odigos.community.core.Database;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Each member's private calendar feed: a secret token in the URL stands for the member. */
public final class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** How far back a feed still lists events, so a recent one stays in the member's calendar. */
    private static final Duration HISTORY = Duration.ofDays(30);

    private final Database database;
    private final EventStore store;
    private final Clock clock;

    CalendarFeeds(Database database, EventStore store, Clock clock) {
        this.database = database;
        this.store = store;
        this.clock = clock;
    }

    /** The member's token, created on first use. */
    public String tokenFor(String memberId) {
        return database.inTransaction(em -> store.feedToken(em, memberId).orElseGet(() -> {
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            store.insertFeed(em, memberId, token, clock.instant());
            return token;
        }));
    }

    public Optional<String> memberOf(String token) {
        return store.feedOwner(token);
    }

    /** Events the member registered for (or waits for), recent and upcoming, cancelled ones included so they vanish. */
    List<CommunityEvent> eventsOf(String memberId) {
        return store.eventsOf(memberId, clock.instant().minus(HISTORY));
    }
}
