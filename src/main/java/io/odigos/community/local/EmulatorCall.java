package io.odigos.community.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.Map;

/**
 * One Web API call as the emulator received it.
 *
 * @param method      Slack method name, e.g. {@code chat.postMessage}
 * @param params      form, query and top-level JSON fields; non-string JSON values are kept as JSON text
 * @param token       bearer token (or {@code token} param), null if none was sent
 * @param at          arrival time
 * @param rateLimited true when the emulator answered HTTP 429 because of {@link SlackEmulator#rateLimitNext}
 */
public record EmulatorCall(String method, Map<String, String> params, String token, Instant at, boolean rateLimited) {

    public EmulatorCall {
        params = Map.copyOf(params);
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

    /** The parameter, failing the call with the given Slack error when it is missing or blank. */
    String required(String name, String errorIfMissing) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new SlackError(errorIfMissing);
        }
        return value;
    }

    EmulatorCall markRateLimited() {
        return new EmulatorCall(method, params, token, at, true);
    }

    @Override
    public String toString() {
        return method + params + " at " + at + (rateLimited ? " (rate-limited)" : "");
    }
}
