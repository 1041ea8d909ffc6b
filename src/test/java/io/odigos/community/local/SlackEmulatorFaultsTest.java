package io.odigos.community.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import io.odigos.community.local.EmulatorCall.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Injected faults as the real SDK sees them, and that none of them applies the call. */
class SlackEmulatorFaultsTest extends EmulatorClientTest {

    private static final String POST = "chat.postMessage";


    @Test
    void serverErrorsReachTheSdkAsSlackApiExceptionsAndApplyNothing() throws Exception {
        for (int status : new int[] {500, 502, 503}) {
            emulator.serverErrorNext(POST, status);
            SlackApiException e = assertThrows(SlackApiException.class,
                    () -> methods.chatPostMessage(r -> r.channel("C1").text("lost")));
            assertEquals(status, e.getResponse().code());
            assertTrue(e.getResponseBody().startsWith(String.valueOf(status)), e.getResponseBody());
            assertNull(e.getError(), "the body is not Slack JSON, so the SDK has no error object");
        }
        assertTrue(emulator.messages("C1").isEmpty());
        assertEquals(3, emulator.count(POST, Outcome.SERVER_ERROR));
        assertTrue(emulator.calls(POST).stream().allMatch(EmulatorCall::faulted));
        assertEquals(503, emulator.calls(POST).get(2).status());

        assertTrue(methods.chatPostMessage(r -> r.channel("C1").text("kept")).isOk());
        assertEquals(1, emulator.appliedCount(POST));
        assertEquals(List.of("kept"), texts("C1"));
    }

    @Test
    void injectedErrorsAreAnsweredInsteadOfRunningTheMethod() throws Exception {
        List<String> errors = List.of("ratelimited", "internal_error", "fatal_error", "service_unavailable",
                "request_timeout", "channel_not_found");
        errors.forEach(error -> emulator.failNext(POST, error));
        for (String error : errors) {
            var response = methods.chatPostMessage(r -> r.channel("C1").text("not stored"));
            assertFalse(response.isOk());
            assertEquals(error, response.getError());
        }
        assertTrue(emulator.messages("C1").isEmpty());
        List<EmulatorCall> calls = emulator.calls(POST);
        assertEquals(errors, calls.stream().map(EmulatorCall::error).toList());
        assertTrue(calls.stream().allMatch(c -> c.outcome() == Outcome.FAILED && c.status() == 200));
        assertEquals(0, emulator.appliedCount(POST));
    }

    @Test
    void methodErrorsAreRejectedNotFaulted() throws Exception {
        assertEquals("no_text", methods.chatPostMessage(r -> r.channel("C1")).getError());
        EmulatorCall call = emulator.calls(POST).get(0);
        assertEquals(Outcome.REJECTED, call.outcome());
        assertEquals("no_text", call.error());
        assertFalse(call.faulted());
        assertFalse(call.applied());
    }

    @Test
    void rateLimitInjectionIsRecordedWithItsRetryAfter() throws Exception {
        emulator.rateLimitNext(POST, 4);
        SlackApiException e = assertThrows(SlackApiException.class,
                () -> methods.chatPostMessage(r -> r.channel("U7").text("later")));
        assertEquals("4", e.getResponse().header("Retry-After"));
        EmulatorCall call = emulator.calls(POST).get(0);
        assertTrue(call.rateLimited());
        assertEquals(429, call.status());
        assertEquals(4, call.retryAfterSeconds());
        RetryAfterWindow window = emulator.retryAfterWindows().get(0);
        assertEquals("DU7", window.channel());
        assertEquals(Duration.ofSeconds(4), Duration.between(window.from(), window.until()));
        assertTrue(emulator.dmsTo("U7").isEmpty());
    }

    @Test
    void resetReachesTheSdkAsIOExceptionEvenOnPooledConnections() throws Exception {
        warmUpConnectionPool();
        int messagesBefore = emulator.messages("C2").size();
        emulator.clear();

        emulator.resetNext(POST);
        assertThrows(IOException.class, () -> methods.chatPostMessage(r -> r.channel("C2").text("dropped")));

        List<EmulatorCall> attempts = emulator.calls(POST);
        assertFalse(attempts.isEmpty());
        // OkHttp may have resent the request by itself; every attempt was reset, none applied.
        assertTrue(attempts.stream().allMatch(c -> c.outcome() == Outcome.RESET && c.status() == 0), "" + attempts);
        assertTrue(attempts.stream().allMatch(c -> "dropped".equals(c.param("text"))), "" + attempts);
        assertEquals(messagesBefore, emulator.messages("C2").size());
        assertEquals(0, emulator.appliedCount(POST));
    }

    @Test
    void resetCatchesOnlyRepeatsOfTheSameRequest() throws Exception {
        emulator.resetNext(POST);
        assertThrows(IOException.class, () -> methods.chatPostMessage(r -> r.channel("C1").text("first")));
        assertTrue(methods.chatPostMessage(r -> r.channel("C1").text("second")).isOk());

        assertEquals(List.of("second"), texts("C1"));
        assertEquals(1, emulator.appliedCount(POST));
        assertTrue(emulator.count(POST, Outcome.RESET) >= 1);
    }

    @Test
    void clearFaultsAndClearForgetQueuedFaults() throws Exception {
        emulator.failNext(POST, "internal_error");
        emulator.clearFaults();
        assertTrue(methods.chatPostMessage(r -> r.channel("C1").text("a")).isOk());

        emulator.serverErrorNext(POST, 500);
        emulator.randomFaults(1, 1.0, Set.of(POST));
        emulator.clear();
        assertTrue(methods.chatPostMessage(r -> r.channel("C1").text("b")).isOk());
        assertEquals(List.of("a", "b"), texts("C1"));
        assertTrue(emulator.retryAfterWindows().isEmpty());
    }

    @Test
    void randomFaultsAreReproducibleBySeedAndNeverHalfApply() throws Exception {
        List<String> first = randomRun(42);
        List<String> again = randomRun(42);
        List<String> other = randomRun(7);

        assertEquals(first, again);
        assertNotEquals(first, other);
        assertTrue(first.containsAll(List.of("ok", "http429", "ratelimited", "internal_error", "http503", "io")),
                "every kind drawn: " + first);
    }

    @Test
    void randomFaultsOffAndOtherMethodsAreUntouched() throws Exception {
        emulator.randomFaults(3, 1.0, Set.of(POST));
        assertTrue(methods.chatPostEphemeral(r -> r.channel("C1").user("U1").text("fine")).isOk());
        emulator.randomFaultsOff();
        for (int i = 0; i < 5; i++) {
            assertTrue(methods.chatPostMessage(r -> r.channel("C1").text("calm")).isOk());
        }
    }

    /**
     * 60 posts, one at a time, half of them faulted at random, on a fresh emulator and client; returns what the SDK
     * saw for each. Checks on the way that exactly the posts the SDK saw succeed were stored, each once.
     */
    private List<String> randomRun(long seed) throws Exception {
        try (SlackEmulator fresh = SlackEmulator.start(0); Slack client = slackFor(fresh)) {
            MethodsClient api = client.methods(TOKEN);
            fresh.randomFaults(seed, 0.5, Set.of(POST));
            List<String> seen = new ArrayList<>();
            List<String> delivered = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String text = "m" + i;
                String outcome = attempt(api, text);
                seen.add(outcome);
                if (outcome.equals("ok")) {
                    delivered.add(text);
                }
            }
            assertEquals(delivered, fresh.messages("C1").stream().map(EmulatedMessage::text).toList());
            assertEquals(delivered.size(), fresh.appliedCount(POST));
            List<EmulatorCall> calls = fresh.calls(POST);
            assertTrue(calls.stream().allMatch(c -> c.applied() || c.faulted()), "" + calls);
            return seen;
        }
    }

    private static String attempt(MethodsClient api, String text) {
        try {
            var response = api.chatPostMessage(r -> r.channel("C1").text(text));
            return response.isOk() ? "ok" : response.getError();
        } catch (SlackApiException e) {
            return "http" + e.getResponse().code();
        } catch (IOException e) {
            return "io";
        }
    }

    /** Several concurrent posts leave several idle connections in OkHttp's pool, each of which it may retry on. */
    private void warmUpConnectionPool() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> posts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                posts.add(pool.submit(() -> methods.chatPostMessage(r -> r.channel("C2").text("warm"))));
            }
            for (Future<?> post : posts) {
                post.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private List<String> texts(String channel) {
        return emulator.messages(channel).stream().map(EmulatedMessage::text).toList();
    }
}
