package io.odigos.community.local;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The latest calls the emulator refused for their Block Kit, kept so the playground can show what Slack would say. */
public final class Refusals {

    private static final int KEPT = 20;

    /** A refused call: the method, where it was for (channel, user or view), Slack's error and explanations. */
    public record Refusal(String method, String target, String error, List<String> messages, Instant at) {
    }

    private final Deque<Refusal> latest = new ArrayDeque<>();

    void add(EmulatorCall call, SlackError error) {
        String target = call.param("channel") != null ? call.param("channel")
                : call.param("user_id") != null ? call.param("user_id")
                : call.param("view_id") != null ? call.param("view_id") : call.param("trigger_id");
        add(call.method(), target, error.error(), error.messages());
    }

    synchronized void add(String method, String target, String error, List<String> messages) {
        latest.addFirst(new Refusal(method, target, error, List.copyOf(messages), Instant.now()));
        while (latest.size() > KEPT) {
            latest.removeLast();
        }
    }

    synchronized List<Refusal> latest() {
        return List.copyOf(latest);
    }
}
