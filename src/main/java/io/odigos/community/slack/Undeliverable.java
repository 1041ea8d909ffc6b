package io.odigos.community.slack;

import java.time.Instant;

/**
 * A message Slack refused for good, kept so an admin can see why and send it again once the cause is fixed.
 *
 * @param ref     what to name when sending it again: {@code outbox:<id>} or a refresher's own, like {@code post:<id>}
 * @param channel where it was going (a channel id, or a member id for a DM)
 * @param what    the start of its text, or what it is (a request's channel post)
 * @param reason  Slack's answer, such as {@code channel_not_found}
 * @param at      when Slack refused it
 */
public record Undeliverable(String ref, String channel, String what, String reason, Instant at) {
}
