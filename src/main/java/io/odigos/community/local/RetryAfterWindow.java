package io.odigos.community.local;

import java.time.Instant;

/**
 * A 429 the emulator sent and the time it asked the client to keep away.
 *
 * @param method  method answered 429
 * @param channel channel of that call (a user id resolved to its DM channel), or null
 * @param from    when the 429 response was written
 * @param until   {@code from} plus the Retry-After it carried
 */
public record RetryAfterWindow(String method, String channel, Instant from, Instant until) {

    /** True if a call that arrived at {@code at} arrived while this window was running. */
    public boolean covers(Instant at) {
        return at.isAfter(from) && at.isBefore(until);
    }
}
