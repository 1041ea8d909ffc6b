package io.odigos.community.local;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Trigger ids handed out with a member's command or click, as Slack does: the bot may open or push a modal with one
 * for 3 seconds, and the modal belongs to that member. Ids the emulator did not issue (tests make up their own) open
 * a modal that belongs to nobody, as before.
 */
final class Triggers {

    static final Duration LIFETIME = Duration.ofSeconds(3);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(1);
    private static final String SUFFIX = ".emulated";

    private record Issued(String memberId, Instant at) {
    }

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();

    String issue(String memberId, Instant now) {
        issued.values().removeIf(i -> i.at().isBefore(now.minus(FORGET_AFTER)));
        String id = counter.incrementAndGet() + "." + now.toEpochMilli() + SUFFIX;
        issued.put(id, new Issued(memberId, now));
        return id;
    }

    /** The member the trigger was issued to, null if the emulator did not issue it; refuses one past its 3 seconds. */
    String ownerOf(String triggerId, Instant now) {
        Issued trigger = issued.get(triggerId);
        if (trigger == null && !triggerId.endsWith(SUFFIX)) {
            return null;
        }
        if (trigger == null || Duration.between(trigger.at(), now).compareTo(LIFETIME) > 0) {
            throw new SlackError("expired_trigger_id");
        }
        return trigger.memberId();
    }
}
