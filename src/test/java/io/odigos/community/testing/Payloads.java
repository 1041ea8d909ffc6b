package io.odigos.community.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;

/** Interactive payloads shaped like Slack's, built from what the bot actually showed. */
public final class Payloads {

    private Payloads() {
    }

    private static JsonObject user(String id) {
        JsonObject u = new JsonObject();
        u.addProperty("id", id);
        u.addProperty("team_id", "T0LOCAL");
        u.addProperty("username", id.toLowerCase());
        return u;
    }

    private static JsonObject action(String actionId, String value) {
        JsonObject a = new JsonObject();
        a.addProperty("type", "button");
        a.addProperty("action_id", actionId);
        a.addProperty("block_id", "b");
        a.addProperty("value", value);
        a.addProperty("action_ts", "1700000000.000001");
        return a;
    }

    /** A click on a button in a channel message. */
    public static JsonObject clickInMessage(String user, String channel, String messageTs, String actionId, String value) {
        JsonObject p = new JsonObject();
        p.addProperty("type", "block_actions");
        p.add("user", user(user));
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("channel_id", channel);
        container.addProperty("message_ts", messageTs);
        p.add("container", container);
        JsonObject ch = new JsonObject();
        ch.addProperty("id", channel);
        p.add("channel", ch);
        JsonObject message = new JsonObject();
        message.addProperty("ts", messageTs);
        message.addProperty("type", "message");
        p.add("message", message);
        p.addProperty("response_url", "https://hooks.slack.test/actions/1");
        JsonArray actions = new JsonArray();
        actions.add(action(actionId, value));
        p.add("actions", actions);
        return p;
    }

    /** A click on a button inside a modal or the Home tab (the view as the emulator holds it). */
    public static JsonObject clickInView(String user, JsonObject view, String actionId, String value) {
        JsonObject p = new JsonObject();
        p.addProperty("type", "block_actions");
        p.add("user", user(user));
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", view.get("id").getAsString());
        p.add("container", container);
        p.add("view", view.deepCopy());
        JsonArray actions = new JsonArray();
        actions.add(action(actionId, value));
        p.add("actions", actions);
        return p;
    }

    /** A choice in a select menu inside a view. */
    public static JsonObject selectInView(String user, JsonObject view, String actionId, String selected) {
        JsonObject p = clickInView(user, view, actionId, null);
        JsonObject a = p.getAsJsonArray("actions").get(0).getAsJsonObject();
        a.addProperty("type", "static_select");
        a.remove("value");
        a.add("selected_option", option(selected));
        return p;
    }

    /**
     * Submits the modal the bot opened, filled in as a member would: text inputs get the text, selects and
     * checkboxes the option with that value, date pickers yyyy-MM-dd, time pickers HH:mm, date-time pickers epoch
     * seconds, user selects comma-separated ids. Keys are block ids; only
     * blocks present in the view can be filled. Blocks not named keep the value the modal was opened with.
     */
    public static JsonObject submit(String user, JsonObject view, Map<String, String> typed) {
        JsonObject values = new JsonObject();
        for (JsonElement b : view.getAsJsonArray("blocks")) {
            JsonObject block = b.getAsJsonObject();
            if (!"input".equals(block.get("type").getAsString())) {
                continue;
            }
            String blockId = block.get("block_id").getAsString();
            JsonObject element = block.getAsJsonObject("element");
            JsonObject state = new JsonObject();
            state.addProperty("type", element.get("type").getAsString());
            String value = typed.containsKey(blockId) ? typed.get(blockId) : initialValue(element);
            switch (element.get("type").getAsString()) {
                case "static_select" -> state.add("selected_option", value == null ? null : option(value));
                case "datepicker" -> state.addProperty("selected_date", value);
                case "timepicker" -> state.addProperty("selected_time", value);
                case "datetimepicker" -> state.addProperty("selected_date_time", value == null ? null : Long.parseLong(value));
                case "multi_users_select" -> {
                    JsonArray users = new JsonArray();
                    if (value != null) {
                        for (String u : value.split(",")) {
                            users.add(u.strip());
                        }
                    }
                    state.add("selected_users", users);
                }
                case "checkboxes" -> {
                    JsonArray selected = new JsonArray(); // several values comma separated; "" ticks none
                    if (value != null && !value.isEmpty()) {
                        for (String v : value.split(",")) {
                            selected.add(option(v.strip()));
                        }
                    }
                    state.add("selected_options", selected);
                }
                default -> state.addProperty("value", value);
            }
            JsonObject byAction = new JsonObject();
            byAction.add(element.get("action_id").getAsString(), state);
            values.add(blockId, byAction);
        }
        for (String key : typed.keySet()) {
            if (!values.has(key)) {
                throw new AssertionError("the modal has no input block " + key);
            }
        }
        JsonObject submitted = view.deepCopy();
        JsonObject stateObject = new JsonObject();
        stateObject.add("values", values);
        submitted.add("state", stateObject);
        JsonObject p = new JsonObject();
        p.addProperty("type", "view_submission");
        p.add("user", user(user));
        p.add("view", submitted);
        return p;
    }

    /** What the member would submit without touching the field: its initial value. */
    private static String initialValue(JsonObject element) {
        for (String key : new String[] {"initial_value", "initial_date", "initial_time"}) {
            if (element.has(key)) {
                return element.get(key).getAsString();
            }
        }
        return element.has("initial_option") ? element.getAsJsonObject("initial_option").get("value").getAsString() : null;
    }

    private static JsonObject option(String value) {
        JsonObject o = new JsonObject();
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", value);
        o.add("text", text);
        o.addProperty("value", value);
        return o;
    }

    /** A message shortcut on a message in a channel. */
    public static JsonObject messageShortcut(String user, String callbackId, String channel, String ts, String text) {
        JsonObject p = new JsonObject();
        p.addProperty("type", "message_action");
        p.addProperty("callback_id", callbackId);
        p.add("user", user(user));
        JsonObject ch = new JsonObject();
        ch.addProperty("id", channel);
        ch.addProperty("name", "general");
        p.add("channel", ch);
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("ts", ts);
        message.addProperty("text", text);
        message.addProperty("user", "UAUTHOR");
        p.add("message", message);
        p.addProperty("message_ts", ts);
        p.addProperty("response_url", "https://hooks.slack.test/actions/2");
        return p;
    }

    public static JsonObject appHomeOpened(String user) {
        JsonObject e = new JsonObject();
        e.addProperty("type", "app_home_opened");
        e.addProperty("user", user);
        e.addProperty("channel", "D" + user);
        e.addProperty("tab", "home");
        e.addProperty("event_ts", "1700000000.000100");
        return e;
    }
}
