package io.odigos.community.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Slack's limits as the bot keeps them, on a clock the test moves. */
class SlackPaceTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void aRateLimitPausesEveryCallOfThatMethodInEveryChannelUntilRetryAfter() {
        SlackPace pace = new SlackPace(clock, 600);
        pace.pause(SlackPace.POST_MESSAGE, Duration.ofSeconds(3));
        assertFalse(pace.ready(SlackPace.POST_MESSAGE, "C1", Lane.URGENT));
        assertFalse(pace.ready(SlackPace.POST_MESSAGE, "UOTHER", Lane.URGENT));
        assertEquals(Duration.ofSeconds(3), pace.take(SlackPace.POST_MESSAGE, "C1"), "a call is refused, not made");
        assertTrue(pace.ready(SlackPoster.UPDATE, "C1", Lane.URGENT), "another method has its own limit");

        clock.advance(Duration.ofMillis(2999));
        assertFalse(pace.ready(SlackPace.POST_MESSAGE, "C2", Lane.URGENT));
        clock.advance(Duration.ofMillis(1));
        assertTrue(pace.ready(SlackPace.POST_MESSAGE, "C2", Lane.URGENT));
        assertEquals(Duration.ZERO, pace.take(SlackPace.POST_MESSAGE, "C2"));
    }

    @Test
    void aLaterShorterPauseDoesNotShortenARunningOne() {
        SlackPace pace = new SlackPace(clock, 600);
        pace.pause(SlackPoster.VIEWS_PUBLISH, Duration.ofSeconds(30));
        pace.pause(SlackPoster.VIEWS_PUBLISH, Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(2));
        assertFalse(pace.ready(SlackPoster.VIEWS_PUBLISH, null, Lane.URGENT));
    }

    @Test
    void aChannelTakesABurstOfThreeThenOneASecond() {
        SlackPace pace = new SlackPace(clock, 6000);
        for (int i = 0; i < 3; i++) {
            assertTrue(pace.ready(SlackPace.POST_MESSAGE, "C1", Lane.URGENT), "burst " + i);
            pace.take(SlackPace.POST_MESSAGE, "C1");
        }
        assertFalse(pace.ready(SlackPace.POST_MESSAGE, "C1", Lane.URGENT));
        assertTrue(pace.ready(SlackPace.POST_MESSAGE, "C2", Lane.URGENT), "channels are paced apart");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(pace.ready(SlackPace.POST_MESSAGE, "C1", Lane.URGENT));
    }

    @Test
    void bulkLeavesTheWorkspaceReserveToUrgentMessages() {
        SlackPace pace = new SlackPace(clock, 60); // one a second: a burst of the reserve plus one
        int bulk = 0;
        for (int i = 0; i < 10 && pace.ready(SlackPace.POST_MESSAGE, "UVOTER" + i, Lane.BULK); i++) {
            pace.take(SlackPace.POST_MESSAGE, "UVOTER" + i);
            bulk++;
        }
        assertEquals(1, bulk, "bulk stops while only the reserve is left");
        for (int i = 0; i < SlackPace.URGENT_RESERVE; i++) {
            assertTrue(pace.ready(SlackPace.POST_MESSAGE, "UAUTHOR" + i, Lane.URGENT), "urgent " + i);
            pace.take(SlackPace.POST_MESSAGE, "UAUTHOR" + i);
        }
        assertFalse(pace.ready(SlackPace.POST_MESSAGE, "UAUTHOR9", Lane.URGENT), "the workspace pace is spent");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(pace.ready(SlackPace.POST_MESSAGE, "UAUTHOR9", Lane.URGENT));
        assertFalse(pace.ready(SlackPace.POST_MESSAGE, "UVOTER9", Lane.BULK), "bulk waits until the reserve is back");
    }
}
