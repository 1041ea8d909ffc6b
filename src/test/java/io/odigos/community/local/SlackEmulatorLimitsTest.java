package io.odigos.community.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.odigos.community.local.EmulatorCall.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Enforced rate limits and the record of calls that did not wait out a Retry-After. Buckets here refill slowly
 * (one token in 100 s) so that no assertion depends on how fast a loaded machine makes its calls.
 */
class SlackEmulatorLimitsTest extends EmulatorClientTest {

    private static final String POST = "chat.postMessage";
    private static final double SLOW = 0.01;


    @Test
    void noLimitsUnlessSwitchedOn() throws Exception {
        assertTrue(emulator.enforcedLimits().isEmpty());
        for (int i = 0; i < 20; i++) {
            assertTrue(post("C1", "m" + i).isOk());
        }
        assertEquals(20, emulator.appliedCount(POST));
    }

    @Test
    void aBurstToOneChannelIsCutOffWith429AndNotStored() throws Exception {
        emulator.enforceLimits(RateLimits.none().withPerChannel(POST, 3, SLOW));
        for (int i = 0; i < 3; i++) {
            assertTrue(post("C1", "burst" + i).isOk());
        }
        SlackApiException e = assertThrows(SlackApiException.class, () -> post("C1", "one too many"));

        assertEquals(429, e.getResponse().code());
        assertEquals("ratelimited", e.getError().getError());
        int retryAfter = Integer.parseInt(e.getResponse().header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 100, "Retry-After " + retryAfter);
        assertEquals(List.of("burst0", "burst1", "burst2"), texts("C1"));
        EmulatorCall limited = emulator.calls(POST).get(3);
        assertEquals(Outcome.RATE_LIMITED, limited.outcome());
        assertEquals(retryAfter, limited.retryAfterSeconds());
        assertEquals(3, emulator.appliedCount(POST));
    }

    @Test
    void channelsHaveTheirOwnBucketsButShareTheWorkspaceCap() throws Exception {
        emulator.enforceLimits(RateLimits.none()
                .withPerChannel(POST, 1, SLOW)
                .withWorkspace(POST, new RateLimits.Bucket(3, SLOW)));

        assertTrue(post("C1", "a").isOk());
        assertEquals(429, assertThrows(SlackApiException.class, () -> post("C1", "b")).getResponse().code());
        assertTrue(post("C2", "c").isOk(), "C1's limit does not hold C2 back");
        assertTrue(post("C3", "d").isOk());
        SlackApiException capped = assertThrows(SlackApiException.class, () -> post("C4", "e"));

        assertEquals(429, capped.getResponse().code());
        assertTrue(Integer.parseInt(capped.getResponse().header("Retry-After")) >= 1);
        assertTrue(emulator.messages("C4").isEmpty());
        assertEquals(3, emulator.appliedCount(POST));
        assertEquals(2, emulator.count(POST, Outcome.RATE_LIMITED));
    }

    @Test
    void aDmPostedToTheUserIdAndToItsChannelShareOneBucket() throws Exception {
        emulator.enforceLimits(RateLimits.none().withPerChannel(POST, 1, SLOW));
        assertTrue(post("U5", "hi").isOk());
        assertThrows(SlackApiException.class, () -> post(SlackEmulator.dmChannelId("U5"), "again"));
        assertEquals(1, emulator.dmsTo("U5").size());
    }

    @Test
    void slackDefaultsAllowAShortBurstPerChannelThenAskForASecond() throws Exception {
        emulator.enforceLimits(RateLimits.slack());
        int delivered = 0;
        SlackApiException limited = null;
        // The bucket refills one token a second, so on a very slow machine the burst could stretch; stop at 10.
        while (limited == null && delivered < 10) {
            try {
                post("C1", "tick");
                delivered++;
            } catch (SlackApiException e) {
                limited = e;
            }
        }
        assertNotNull(limited, "never limited");
        assertTrue(delivered >= 3, "burst of " + delivered);
        assertEquals("1", limited.getResponse().header("Retry-After"));
        // chat.postEphemeral has no per-channel limit in Slack's docs, only its Tier 4 workspace limit.
        for (int i = 0; i < 5; i++) {
            assertTrue(methods.chatPostEphemeral(r -> r.channel("C1").user("U1").text("psst")).isOk());
        }
    }

    @Test
    void callsArrivingInsideTheirMethodsRetryAfterAreCounted() throws Exception {
        emulator.enforceLimits(RateLimits.none().withPerChannel(POST, 1, SLOW));
        assertTrue(post("C1", "a").isOk());
        assertThrows(SlackApiException.class, () -> post("C1", "b")); // opens a ~100 s window for chat.postMessage
        assertTrue(post("C2", "c").isOk()); // allowed by the limits, but did not honour the Retry-After
        assertThrows(SlackApiException.class, () -> post("C1", "d"));
        assertTrue(methods.chatPostEphemeral(r -> r.channel("C1").user("U1").text("other method")).isOk());

        List<EmulatorCall> inside = emulator.callsInsideRetryAfter(POST);
        assertEquals(List.of("c", "d"), inside.stream().map(c -> c.param("text")).toList());
        assertTrue(emulator.callsInsideRetryAfter("chat.postEphemeral").isEmpty());
        List<RetryAfterWindow> windows = emulator.retryAfterWindows();
        assertEquals(2, windows.size());
        assertEquals("C1", windows.get(0).channel());
        assertTrue(windows.get(0).until().isAfter(Instant.now().plusSeconds(50)));
    }

    @Test
    void aClientThatWaitsOutRetryAfterIsNotCounted() throws Exception {
        emulator.rateLimitNext(POST, 1);
        assertThrows(SlackApiException.class, () -> post("C1", "early"));
        Thread.sleep(1_100);
        assertTrue(post("C1", "patient").isOk());

        assertTrue(emulator.callsInsideRetryAfter(POST).isEmpty());
        assertEquals(List.of("patient"), texts("C1"));
    }

    @Test
    void clearRefillsBucketsAndForgetsWindowsButKeepsTheLimits() throws Exception {
        RateLimits limits = RateLimits.none().withPerChannel(POST, 1, SLOW);
        emulator.enforceLimits(limits);
        assertTrue(post("C1", "a").isOk());
        assertThrows(SlackApiException.class, () -> post("C1", "b"));

        emulator.clear();
        assertTrue(emulator.retryAfterWindows().isEmpty());
        assertTrue(emulator.calls().isEmpty());
        assertTrue(post("C1", "c").isOk());
        assertThrows(SlackApiException.class, () -> post("C1", "d"));
        assertEquals(limits, emulator.enforcedLimits());

        emulator.enforceLimits(RateLimits.none());
        assertTrue(post("C1", "e").isOk());
        assertEquals(List.of("a", "c", "e"), texts("C1"));
    }

    @Test
    void injectedFaultsComeBeforeLimitsAndTakeNoToken() throws Exception {
        emulator.enforceLimits(RateLimits.none().withPerChannel(POST, 1, SLOW));
        emulator.failNext(POST, "internal_error");
        assertEquals("internal_error", post("C1", "x").getError());
        assertTrue(post("C1", "y").isOk());
        assertNull(emulator.calls(POST).get(1).error());
    }

    private ChatPostMessageResponse post(String channel, String text) throws Exception {
        return methods.chatPostMessage(r -> r.channel(channel).text(text));
    }

    private List<String> texts(String channel) {
        return emulator.messages(channel).stream().map(EmulatedMessage::text).toList();
    }
}
