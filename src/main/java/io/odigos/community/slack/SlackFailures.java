package io.odigos.community.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides what a failed Slack call means: try again later (transient), or never
 * (undeliverable). Every path that talks to Slack turns its failure into a {@link DeliveryException} here, so the
 * outbox, the live-post refresher, view updates and file uploads all agree. docs/ARCHITECTURE.md has the table.
 */
public final class SlackFailures {

    /** Slack's {@code ok:false} errors that say "not now": the same call can succeed later. */
    static final Set<String> TRANSIENT_ERRORS = Set.of(
            "ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");

    /**
     * Errors that sending the same call again can never fix; the message is kept as undeliverable with the reason
     * until an admin sends it again (after inviting the bot, say). Any error in neither list is treated the same
     * way: retrying what we do not understand forever would hold the channel's later messages for nothing.
     */
    static final Set<String> UNDELIVERABLE_ERRORS = Set.of(
            "channel_not_found", "not_in_channel", "is_archived", "user_not_found", "account_inactive",
            "user_disabled", "cannot_dm_bot", "invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text",
            "too_many_attachments", "restricted_action", "message_not_found", "cant_update_message",
            "edit_window_closed", "not_found", "invalid_auth", "not_authed", "token_revoked", "missing_scope");

    /** Without a Retry-After, a rate limit waits this long (Slack's per-channel pace is one a second). */
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

    private SlackFailures() {
    }

    /** Slack answered HTTP 200 with {@code ok:false} and this error; headers are the response's, if any. */
    public static DeliveryException ofError(String error, Map<String, List<String>> headers) {
        String reason = error == null ? "unknown_error" : error;
        if ("ratelimited".equals(reason) || "rate_limited".equals(reason)) {
            return DeliveryException.rateLimited(reason, retryAfter(header(headers, "Retry-After")));
        }
        if (TRANSIENT_ERRORS.contains(reason)) {
            return DeliveryException.transientFailure(reason);
        }
        return DeliveryException.undeliverable(reason);
    }

    /** Slack answered with a non-200 HTTP status. 429 and 408 and every 5xx pass; other statuses will not change. */
    public static DeliveryException ofHttpStatus(int status, String retryAfterHeader) {
        if (status == 429) {
            return DeliveryException.rateLimited("HTTP 429", retryAfter(retryAfterHeader));
        }
        if (status == 408 || status >= 500) {
            return DeliveryException.transientFailure("HTTP " + status);
        }
        return DeliveryException.undeliverable("HTTP " + status);
    }

    /** Time-outs, refused or reset connections, DNS trouble: the network, never the message. */
    public static DeliveryException ofNetwork(IOException e) {
        String what = e.getClass().getSimpleName();
        return DeliveryException.transientFailure(e.getMessage() == null ? what : what + ": " + e.getMessage());
    }

    /** Retry-After in whole seconds (Slack's form); a missing or odd value waits the default. */
    static Duration retryAfter(String header) {
        if (header == null) {
            return DEFAULT_RATE_LIMIT_WAIT;
        }
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return DEFAULT_RATE_LIMIT_WAIT;
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (name.equalsIgnoreCase(h.getKey()) && h.getValue() != null && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }
}
