package io.odigos.community.local;

/** A misbehaviour the emulator answers a call with instead of running its method; none ever half-applies a call. */
sealed interface Fault {

    /** HTTP 429 with {@code Retry-After}, as Slack sends over a rate limit. */
    record RateLimit(int retryAfterSeconds) implements Fault {
        public RateLimit {
            if (retryAfterSeconds < 0) {
                throw new IllegalArgumentException("Retry-After must not be negative: " + retryAfterSeconds);
            }
        }
    }

    /** HTTP 200 with {@code {ok:false, error}}. */
    record Failure(String error) implements Fault {
    }

    /** An HTTP 5xx with a small non-JSON body, as from a load balancer in front of Slack. */
    record ServerError(int status) implements Fault {
        public ServerError {
            if (status < 500 || status > 599) {
                throw new IllegalArgumentException("Not a server error status: " + status);
            }
        }
    }

    /** The connection is closed after the request was read and before any response byte was sent. */
    record Reset() implements Fault {
    }
}
