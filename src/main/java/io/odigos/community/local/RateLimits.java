package io.odigos.community.local;

import java.util.HashMap;
import java.util.Map;

/**
 * Which rate limits {@link SlackEmulator#enforceLimits} applies: token buckets per method, either one per channel
 * or one for the whole workspace. A call must find a token in every bucket that applies to it; if one is empty the
 * call is answered HTTP 429 with {@code Retry-After} = whole seconds until a token is back (at least 1), takes no
 * token and is not applied. Immutable; the {@code with...} methods return a changed copy.
 *
 * <p>{@link #slack()} follows Slack's published limits (https://docs.slack.dev/apis/web-api/rate-limits, as of
 * 2025): limits apply per method per app per workspace; Tier 2 allows 20+ calls a minute, Tier 3 50+, Tier 4 100+,
 * with bursts tolerated. {@code chat.postMessage} is in a special tier: about one message per second per channel
 * with short bursts above that allowed, plus a workspace-wide limit for which Slack publishes no number. The tier of
 * each method is the one Slack's Java SDK records in {@code com.slack.api.methods.MethodsRateLimits} (1.51.0).
 * Choices made where Slack gives no number:
 * <ul>
 *   <li>{@code chat.postMessage} per channel: burst of 3, then 1 per second. A DM posted to a user id shares the
 *       bucket of that user's D… channel, as it is the same conversation.</li>
 *   <li>{@code chat.postMessage} workspace: 300 a minute with bursts of up to 30: an assumption, so a 10,000-DM
 *       fan-out takes about half an hour instead of finishing in seconds.</li>
 *   <li>{@code chat.postEphemeral} has no per-channel limit: Slack lists it as Tier 4 and documents the per-channel
 *       rule for {@code chat.postMessage} only, so it gets the Tier 4 workspace bucket.</li>
 *   <li>Tier buckets hold a quarter of the minute's quota (at least 5) as burst and refill at the tier's rate.</li>
 *   <li>{@code auth.test} and {@code chat.getPermalink} (special tiers, no number to copy) and
 *       {@code apps.connections.open} are not limited.</li>
 * </ul>
 */
public final class RateLimits {

    /**
     * A token bucket: holds up to {@code burst} tokens, starts full, gains {@code perSecond} tokens a second.
     *
     * @param burst     calls allowed at once after a quiet spell
     * @param perSecond sustained rate
     */
    public record Bucket(int burst, double perSecond) {
        public Bucket {
            if (burst < 1 || !(perSecond > 0)) {
                throw new IllegalArgumentException("burst must be >= 1 and perSecond > 0: " + burst + ", " + perSecond);
            }
        }
    }

    private static final int TIER_3 = 50;
    private static final int TIER_4 = 100;

    private final Map<String, Bucket> perChannel;
    private final Map<String, Bucket> workspace;

    private RateLimits(Map<String, Bucket> perChannel, Map<String, Bucket> workspace) {
        this.perChannel = Map.copyOf(perChannel);
        this.workspace = Map.copyOf(workspace);
    }

    /** No limits at all (the emulator's default). */
    public static RateLimits none() {
        return new RateLimits(Map.of(), Map.of());
    }

    /** Slack-like defaults for the methods the emulator serves; see the class comment for the sources. */
    public static RateLimits slack() {
        RateLimits limits = none()
                .withPerChannel("chat.postMessage", 3, 1.0)
                .withPerMinute("chat.postMessage", 300, 30);
        for (String method : new String[] {"chat.update", "chat.delete", "conversations.open",
                "conversations.replies"}) {
            limits = limits.withTier(method, TIER_3);
        }
        for (String method : new String[] {"chat.postEphemeral", "users.info", "views.open", "views.push",
                "views.update", "views.publish", "files.getUploadURLExternal", "files.completeUploadExternal"}) {
            limits = limits.withTier(method, TIER_4);
        }
        return limits;
    }

    /** Adds or replaces the per-channel bucket of {@code method}: {@code burst} at once, then {@code perSecond}. */
    public RateLimits withPerChannel(String method, int burst, double perSecond) {
        Map<String, Bucket> changed = new HashMap<>(perChannel);
        changed.put(method, new Bucket(burst, perSecond));
        return new RateLimits(changed, workspace);
    }

    /** Adds or replaces the workspace bucket of {@code method}: {@code burst} at once, {@code perMinute} sustained. */
    public RateLimits withPerMinute(String method, int perMinute, int burst) {
        return withWorkspace(method, new Bucket(burst, perMinute / 60.0));
    }

    /** Adds or replaces the workspace bucket of {@code method}. */
    public RateLimits withWorkspace(String method, Bucket bucket) {
        Map<String, Bucket> changed = new HashMap<>(workspace);
        changed.put(method, bucket);
        return new RateLimits(perChannel, changed);
    }

    /** Removes every limit of {@code method}. */
    public RateLimits without(String method) {
        Map<String, Bucket> channels = new HashMap<>(perChannel);
        Map<String, Bucket> spaces = new HashMap<>(workspace);
        channels.remove(method);
        spaces.remove(method);
        return new RateLimits(channels, spaces);
    }

    /** The per-channel bucket of {@code method}, or null. */
    public Bucket perChannel(String method) {
        return perChannel.get(method);
    }

    /** The workspace bucket of {@code method}, or null. */
    public Bucket workspace(String method) {
        return workspace.get(method);
    }

    public boolean isEmpty() {
        return perChannel.isEmpty() && workspace.isEmpty();
    }

    private RateLimits withTier(String method, int perMinute) {
        return withPerMinute(method, perMinute, Math.max(5, perMinute / 4));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RateLimits limits && perChannel.equals(limits.perChannel)
                && workspace.equals(limits.workspace);
    }

    @Override
    public int hashCode() {
        return 31 * perChannel.hashCode() + workspace.hashCode();
    }

    @Override
    public String toString() {
        return "RateLimits[perChannel=" + perChannel + ", workspace=" + workspace + "]";
    }
}
