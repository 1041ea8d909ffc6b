package io.odigos.community.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.Map;

/**
 * One Web API call as the emulator received it, and what became of it.
 *
 * @param method            Slack method name, e.g. {@code chat.postMessage}
 * @param params            form, query and top-level JSON fields; non-string JSON values are kept as JSON text
 * @param token             bearer token (or {@code token} param), null if none was sent
 * @param at                arrival time (when the emulator began to handle the request)
 * @param outcome           what the emulator did with the call; only {@link Outcome#APPLIED} calls changed state
 * @param status            HTTP status answered; 0 when the connection was reset instead
 * @param error             Slack error answered ({@code ok:false}), or null
 * @param retryAfterSeconds the {@code Retry-After} sent with a 429, else 0
 */
public record EmulatorCall(String method, Map<String, String> params, String token, Instant at, Outcome outcome,
        int status, String error, int retryAfterSeconds) {

    /** What the emulator did with a call. Every outcome but {@link #APPLIED} left the workspace unchanged. */
    public enum Outcome {
        /** Handled, answered {@code ok:true}: its effect (message, view, ...) is in the emulator's state. */
        APPLIED,
        /** Handled, answered {@code ok:false} by the method itself (no_text, message_not_found, ...). */
        REJECTED,
        /** Answered HTTP 429 with Retry-After: injected, random, or over an enforced limit. */
        RATE_LIMITED,
        /** An injected {@code ok:false} error, answered before the method ran. */
        FAILED,
        /** An injected HTTP 5xx, answered before the method ran. */
        SERVER_ERROR,
        /** The connection was closed without an answer, before the method ran. */
        RESET,
        /** Not answered yet (only seen by a handler, never in the call log). */
        PENDING;

        /** True for the outcomes the emulator caused on purpose (injected, random or limit). */
        public boolean faulted() {
            return this == RATE_LIMITED || this == FAILED || this == SERVER_ERROR || this == RESET;
        }
    }

    public EmulatorCall {
        params = Map.copyOf(params);
    }

    /** A call as it arrives, before anything was answered. */
    static EmulatorCall arriving(String method, Map<String, String> params, String token, Instant at) {
        return new EmulatorCall(method, params, token, at, Outcome.PENDING, 0, null, 0);
    }

    /** The raw parameter value, or null if absent. */
    public String param(String name) {
        return params.get(name);
    }

    /** The parameter parsed as JSON (blocks, view, ...), or null if absent. */
    public JsonElement json(String name) {
        String value = params.get(name);
        return value == null ? null : JsonParser.parseString(value);
    }

    /** True when the emulator answered HTTP 429 (injected, random, or over an enforced limit). */
    public boolean rateLimited() {
        return outcome == Outcome.RATE_LIMITED;
    }

    /** True when the call changed the emulator's state (answered {@code ok:true} by its method). */
    public boolean applied() {
        return outcome == Outcome.APPLIED;
    }

    /** True when the emulator refused the call on purpose: an injected or random fault, or a rate limit. */
    public boolean faulted() {
        return outcome.faulted();
    }

    /** The channel the call addresses, a user id resolved to its DM channel; null if it names none. */
    public String channel() {
        String channel = params.get("channel");
        return channel == null || channel.isBlank() ? null : MessageStore.resolveChannel(channel);
    }

    /** The parameter, failing the call with the given Slack error when it is missing or blank. */
    String required(String name, String errorIfMissing) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new SlackError(errorIfMissing);
        }
        return value;
    }

    EmulatorCall answered(Outcome outcome, int status, String error, int retryAfterSeconds) {
        return new EmulatorCall(method, params, token, at, outcome, status, error, retryAfterSeconds);
    }

    @Override
    public String toString() {
        String result = switch (outcome) {
            case APPLIED, PENDING -> "";
            case REJECTED, FAILED -> " (" + outcome.name().toLowerCase() + ": " + error + ")";
            case RATE_LIMITED -> " (rate-limited, Retry-After " + retryAfterSeconds + ")";
            case SERVER_ERROR -> " (HTTP " + status + ")";
            case RESET -> " (reset)";
        };
        return method + params + " at " + at + result;
    }
}
