package io.odigos.community.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets on a hand-driven clock: exact Retry-After values, no waiting. */
class RateLimiterTest {

    private static final String POST = "chat.postMessage";

    private final AtomicLong nanos = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(nanos::get);

    private void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000);
    }

    @Test
    void burstThenOnePerSecondWithWholeSecondRetryAfter() {
        limiter.enforce(RateLimits.none().withPerChannel(POST, 3, 1.0));
        assertEquals(0, limiter.acquire(POST, "C1"));
        assertEquals(0, limiter.acquire(POST, "C1"));
        assertEquals(0, limiter.acquire(POST, "C1"));
        assertEquals(1, limiter.acquire(POST, "C1"));
        advanceMillis(500);
        assertEquals(1, limiter.acquire(POST, "C1"), "half a token is not a token; rounded up to a whole second");
        advanceMillis(500);
        assertEquals(0, limiter.acquire(POST, "C1"));
        assertEquals(1, limiter.acquire(POST, "C1"));
    }

    @Test
    void retryAfterIsTheTimeUntilATokenIsBack() {
        limiter.enforce(RateLimits.none().withPerMinute(POST, 6, 1)); // a token every 10 s
        assertEquals(0, limiter.acquire(POST, "C1"));
        assertEquals(10, limiter.acquire(POST, "C2"));
        advanceMillis(2_500);
        assertEquals(8, limiter.acquire(POST, "C3"));
        advanceMillis(7_500);
        assertEquals(0, limiter.acquire(POST, "C4"));
    }

    @Test
    void aDeniedCallTakesNoTokenFromAnyBucket() {
        limiter.enforce(RateLimits.none().withPerChannel(POST, 1, 1.0).withWorkspace(POST,
                new RateLimits.Bucket(2, 0.1)));
        assertEquals(0, limiter.acquire(POST, "C1"));
        assertEquals(1, limiter.acquire(POST, "C1")); // per channel: no workspace token taken
        assertEquals(0, limiter.acquire(POST, "C2")); // so the workspace still had one
        assertEquals(10, limiter.acquire(POST, "C3")); // workspace empty: its 10 s wins over C3's free bucket
        advanceMillis(1_000);
        assertEquals(9, limiter.acquire(POST, "C1")); // C1 has a token again, the workspace not yet
    }

    @Test
    void unlimitedMethodsAndCallsWithoutChannel() {
        limiter.enforce(RateLimits.none().withPerChannel(POST, 1, 1.0));
        for (int i = 0; i < 100; i++) {
            assertEquals(0, limiter.acquire("chat.update", "C1"));
            assertEquals(0, limiter.acquire(POST, null));
        }
    }

    @Test
    void resetRefillsAndEnforceReplaces() {
        limiter.enforce(RateLimits.none().withPerChannel(POST, 1, 1.0));
        assertEquals(0, limiter.acquire(POST, "C1"));
        limiter.reset();
        assertEquals(0, limiter.acquire(POST, "C1"));
        limiter.enforce(null);
        assertEquals(0, limiter.acquire(POST, "C1"));
        assertEquals(0, limiter.acquire(POST, "C1"));
    }

    @Test
    void slackDefaultsFollowTheDocumentedTiers() {
        RateLimits slack = RateLimits.slack();
        assertEquals(new RateLimits.Bucket(3, 1.0), slack.perChannel(POST));
        assertEquals(300 / 60.0, slack.workspace(POST).perSecond(), 1e-9);
        assertNull(slack.perChannel("chat.postEphemeral"));
        assertEquals(100 / 60.0, slack.workspace("chat.postEphemeral").perSecond(), 1e-9);
        assertEquals(50 / 60.0, slack.workspace("chat.update").perSecond(), 1e-9);
        assertNull(slack.workspace("auth.test"));
        assertNull(slack.without(POST).perChannel(POST));
    }

    @Test
    void bucketsMustAllowSomething() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimits.Bucket(0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new RateLimits.Bucket(1, 0));
    }
}
