package io.odigos.community.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.local.EmulatedMember;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The requests Slack sends an app when a member acts, shaped as Slack's documentation shows them: a slash
 * command's form, a block action, a view submission or close, a message shortcut and an App Home event. The
 * playground sends exactly these through the bot's signed endpoint, so the bot cannot tell it from Slack.
 */
final class SlackPayloads {

    static final String TEAM = "T0LOCAL";
    static final String APP = "A0BOT";
    private static final String RESPONSE_URL = "https://hooks.slack.test/playground";

    private SlackPayloads() {
    }

    static Map<String, String> slashCommand(EmulatedMember member, String channel, String command, String text,
                                            String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "playground");
        form.put("team_id", TEAM);
        form.put("team_domain", "local");
        form.put("channel_id", channel);
        form.put("channel_name", channel.startsWith("D") ? "directmessage" : "community");
        form.put("user_id", member.id());
        form.put("user_name", member.name());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", APP);
        form.put("is_enterprise_install", "false");
        form.put("response_url", RESPONSE_URL);
        form.put("trigger_id", triggerId);
        return form;
    }

    /** A member set an element in a message (a button, a select, ...). */
    static JsonObject actionInMessage(EmulatedMember member, EmulatedMessage message, JsonObject action,
                                      String triggerId) {
        JsonObject p = interaction("block_actions", member, triggerId);
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", message.ts());
        container.addProperty("channel_id", message.channel());
        container.addProperty("is_ephemeral", message.visibleTo() != null);
        p.add("container", container);
        p.add("channel", channel(message.channel()));
        if (message.visibleTo() == null) {
            p.add("message", messageJson(message));
        }
        p.addProperty("response_url", RESPONSE_URL);
        p.add("actions", one(action));
        return p;
    }

    /** A member set an element in a modal or their Home tab: the view comes with the state of all its inputs. */
    static JsonObject actionInView(EmulatedMember member, JsonObject view, JsonObject action, String triggerId) {
        JsonObject p = interaction("block_actions", member, triggerId);
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", view.get("id").getAsString());
        p.add("container", container);
        p.add("view", view);
        p.add("actions", one(action));
        return p;
    }

    static JsonObject viewSubmission(EmulatedMember member, JsonObject view, String triggerId) {
        JsonObject p = interaction("view_submission", member, triggerId);
        p.add("view", view);
        p.add("response_urls", new JsonArray());
        return p;
    }

    static JsonObject viewClosed(EmulatedMember member, JsonObject view) {
        JsonObject p = interaction("view_closed", member, null);
        p.add("view", view);
        p.addProperty("is_cleared", false);
        return p;
    }

    static JsonObject messageShortcut(EmulatedMember member, EmulatedMessage message, String callbackId,
                                      String triggerId) {
        JsonObject p = interaction("message_action", member, triggerId);
        p.addProperty("callback_id", callbackId);
        p.addProperty("message_ts", message.ts());
        p.addProperty("response_url", RESPONSE_URL);
        p.add("channel", channel(message.channel()));
        p.add("message", messageJson(message));
        return p;
    }

    /** The Events API callback Slack sends when a member opens the app's Home tab. */
    static JsonObject homeOpened(EmulatedMember member, String dmChannel, Instant now) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", member.id());
        event.addProperty("channel", dmChannel);
        event.addProperty("tab", "home");
        event.addProperty("event_ts", now.getEpochSecond() + ".000000");
        JsonObject envelope = new JsonObject();
        envelope.addProperty("token", "playground");
        envelope.addProperty("team_id", TEAM);
        envelope.addProperty("api_app_id", APP);
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("event_id", "Ev" + now.toEpochMilli());
        envelope.addProperty("event_time", now.getEpochSecond());
        envelope.add("event", event);
        return envelope;
    }

    /** The entry of {@code actions[]} for an element the member set; {@code raw} is what the browser sent. */
    static JsonObject action(String blockId, JsonObject element, JsonElement raw, ZoneId zone, Instant now) {
        JsonObject action = new JsonObject();
        action.addProperty("action_id", element.get("action_id").getAsString());
        action.addProperty("block_id", blockId);
        action.addProperty("action_ts", now.getEpochSecond() + "." + String.format("%06d", now.getNano() / 1000));
        if ("button".equals(element.get("type").getAsString())) {
            action.addProperty("type", "button");
            action.add("text", element.get("text"));
            if (element.has("value")) {
                action.add("value", element.get("value"));
            }
            if (element.has("style")) {
                action.add("style", element.get("style"));
            }
        } else {
            ElementState.put(action, element, raw, zone);
        }
        return action;
    }

    private static JsonObject interaction(String type, EmulatedMember member, String triggerId) {
        JsonObject p = new JsonObject();
        p.addProperty("type", type);
        p.addProperty("token", "playground");
        p.addProperty("api_app_id", APP);
        p.addProperty("is_enterprise_install", false);
        JsonObject team = new JsonObject();
        team.addProperty("id", TEAM);
        team.addProperty("domain", "local");
        p.add("team", team);
        JsonObject user = new JsonObject();
        user.addProperty("id", member.id());
        user.addProperty("username", member.name());
        user.addProperty("name", member.name());
        user.addProperty("team_id", TEAM);
        p.add("user", user);
        if (triggerId != null) {
            p.addProperty("trigger_id", triggerId);
        }
        return p;
    }

    private static JsonObject channel(String id) {
        JsonObject channel = new JsonObject();
        channel.addProperty("id", id);
        channel.addProperty("name", id.startsWith("D") ? "directmessage" : "community");
        return channel;
    }

    private static JsonObject messageJson(EmulatedMessage message) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "message");
        json.addProperty("ts", message.ts());
        json.addProperty("user", message.author());
        json.addProperty("text", message.text() == null ? "" : message.text());
        if (message.fromBot()) {
            json.addProperty("bot_id", "BBOT");
        }
        if (message.blocks() != null) {
            json.add("blocks", message.blocks().deepCopy());
        }
        return json;
    }

    private static JsonArray one(JsonObject action) {
        JsonArray actions = new JsonArray();
        actions.add(action);
        return actions;
    }
}
