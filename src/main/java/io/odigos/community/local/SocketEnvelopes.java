package io.odigos.community.local;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Socket Mode payloads shaped like Slack's: what it would have POSTed over HTTP, as JSON. */
final class SocketEnvelopes {

    /** Interactions whose ack may carry a response (errors, options, ...); Slack flags these on the envelope. */
    private static final Set<String> RESPONDING_INTERACTIONS = Set.of("view_submission", "block_suggestion");

    private final AtomicLong counter = new AtomicLong();

    JsonObject slashCommand(String user, String command, String text) {
        JsonObject p = new JsonObject();
        p.addProperty("token", "unused");
        p.addProperty("team_id", UserDirectory.TEAM_ID);
        p.addProperty("team_domain", "local");
        p.addProperty("channel_id", "C0GENERAL");
        p.addProperty("channel_name", "general");
        p.addProperty("user_id", user);
        p.addProperty("user_name", user.toLowerCase());
        p.addProperty("command", command);
        p.addProperty("text", text);
        p.addProperty("api_app_id", UserDirectory.APP_ID);
        p.addProperty("is_enterprise_install", "false");
        p.addProperty("response_url", "https://hooks.slack.test/commands/" + counter.incrementAndGet());
        p.addProperty("trigger_id", nextTrigger());
        return p;
    }

    /** Fills what Slack adds to every interactive payload, keeping what the caller set. */
    JsonObject interaction(JsonObject payload) {
        JsonObject p = payload.deepCopy();
        p.addProperty("token", "unused");
        p.addProperty("api_app_id", UserDirectory.APP_ID);
        if (!p.has("team")) {
            JsonObject team = new JsonObject();
            team.addProperty("id", UserDirectory.TEAM_ID);
            team.addProperty("domain", "local");
            p.add("team", team);
        }
        if (!p.has("trigger_id")) {
            p.addProperty("trigger_id", nextTrigger());
        }
        return p;
    }

    static boolean acceptsResponse(JsonObject interaction) {
        return interaction.has("type") && RESPONDING_INTERACTIONS.contains(interaction.get("type").getAsString());
    }

    /** The Events API callback wrapping {@code event}. */
    JsonObject eventCallback(JsonObject event) {
        JsonObject p = new JsonObject();
        p.addProperty("token", "unused");
        p.addProperty("team_id", UserDirectory.TEAM_ID);
        p.addProperty("api_app_id", UserDirectory.APP_ID);
        p.add("event", event.deepCopy());
        p.addProperty("type", "event_callback");
        p.addProperty("event_id", "Ev" + counter.incrementAndGet());
        p.addProperty("event_time", System.currentTimeMillis() / 1000);
        JsonObject authorization = new JsonObject();
        authorization.addProperty("team_id", UserDirectory.TEAM_ID);
        authorization.addProperty("user_id", UserDirectory.BOT_USER_ID);
        authorization.addProperty("is_bot", true);
        JsonArray authorizations = new JsonArray();
        authorizations.add(authorization);
        p.add("authorizations", authorizations);
        return p;
    }

    private String nextTrigger() {
        return "socket-trigger-" + counter.incrementAndGet();
    }
}
