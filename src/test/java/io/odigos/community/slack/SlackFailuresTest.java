package io.odigos.community.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every entry of the one classification of Slack's answers, and the answers in neither list. */
class SlackFailuresTest {

    static List<String> transientErrors() {
        return List.copyOf(SlackFailures.TRANSIENT_ERRORS);
    }

    static List<String> undeliverableErrors() {
        return List.copyOf(SlackFailures.UNDELIVERABLE_ERRORS);
    }

    @ParameterizedTest
    @MethodSource("transientErrors")
    void transientErrorsAreTriedAgain(String error) {
        DeliveryException e = SlackFailures.ofError(error, Map.of());
        assertFalse(e.isUndeliverable(), error);
        assertEquals(error, e.getMessage().split(" ")[0]);
    }

    @ParameterizedTest
    @MethodSource("undeliverableErrors")
    void errorsNoRetryCanFixAreKeptAsUndeliverable(String error) {
        DeliveryException e = SlackFailures.ofError(error, Map.of());
        assertTrue(e.isUndeliverable(), error);
        assertEquals(error, e.getMessage());
    }

    @Test
    void theTwoListsDoNotOverlap() {
        assertTrue(SlackFailures.TRANSIENT_ERRORS.stream().noneMatch(SlackFailures.UNDELIVERABLE_ERRORS::contains));
    }

    @Test
    void okFalseRatelimitedWaitsForTheRetryAfterHeaderWhenThereIsOne() {
        DeliveryException withHeader = SlackFailures.ofError("ratelimited", Map.of("retry-after", List.of("7")));
        assertTrue(withHeader.isRateLimit());
        assertEquals(Duration.ofSeconds(7), withHeader.retryAfter());
        DeliveryException without = SlackFailures.ofError("ratelimited", null);
        assertEquals(SlackFailures.DEFAULT_RATE_LIMIT_WAIT, without.retryAfter());
        assertFalse(without.isUndeliverable());
    }

    @Test
    void anErrorInNeitherListIsUndeliverableSoItCannotHoldItsChannelForever() {
        assertTrue(SlackFailures.ofError("something_slack_added_later", Map.of()).isUndeliverable());
        assertEquals("unknown_error", SlackFailures.ofError(null, Map.of()).getMessage());
    }

    @Test
    void http429WaitsForRetryAfterAndOddValuesWaitTheDefault() {
        assertEquals(Duration.ofSeconds(30), SlackFailures.ofHttpStatus(429, "30").retryAfter());
        assertEquals(SlackFailures.DEFAULT_RATE_LIMIT_WAIT, SlackFailures.ofHttpStatus(429, "soon").retryAfter());
        assertEquals(Duration.ofSeconds(1), SlackFailures.ofHttpStatus(429, "0").retryAfter());
        assertFalse(SlackFailures.ofHttpStatus(429, null).isUndeliverable());
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 500, 502, 503, 504})
    void serverErrorsAndTimeoutsAreTriedAgain(int status) {
        DeliveryException e = SlackFailures.ofHttpStatus(status, null);
        assertFalse(e.isUndeliverable());
        assertFalse(e.isRateLimit());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404, 410})
    void otherHttpStatusesAreUndeliverable(int status) {
        assertTrue(SlackFailures.ofHttpStatus(status, null).isUndeliverable());
    }

    @Test
    void networkTroubleIsTriedAgainAndNamesWhatHappened() {
        DeliveryException e = SlackFailures.ofNetwork(new SocketTimeoutException("timeout"));
        assertFalse(e.isUndeliverable());
        assertEquals("SocketTimeoutException: timeout", e.getMessage());
        assertFalse(SlackFailures.ofNetwork(new IOException()).isUndeliverable());
    }

    @Test
    void backoffDoublesFromOneSecondUpToFiveMinutesAndNeverStops() {
        assertTrue(Backoff.after(0).compareTo(Duration.ofSeconds(1)) >= 0
                && Backoff.after(0).compareTo(Duration.ofMillis(1200)) <= 0);
        assertTrue(Backoff.after(3).compareTo(Duration.ofSeconds(8)) >= 0);
        for (int failures : new int[] {9, 100, Integer.MAX_VALUE}) {
            Duration wait = Backoff.after(failures);
            assertTrue(wait.compareTo(Backoff.MAX) >= 0 && wait.compareTo(Backoff.MAX.multipliedBy(6).dividedBy(5)) <= 0,
                    failures + " -> " + wait);
        }
    }
}
