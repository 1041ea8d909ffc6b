package io.odigos.community.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
     * Submits the modal the bot opened, filled in as a member would: text, number and URL inputs get the text, selects
     * and checkboxes the option with that value, date pickers yyyy-MM-dd, time pickers HH:mm, date-time pickers epoch
     * seconds, user selects comma-separated ids. Keys are block ids; only blocks present in the view can be filled.
     * Blocks not named keep the value the modal was opened with, sent the way Slack sends it.
     */
    public static JsonObject submit(String user, JsonObject view, Map<String, String> typed) {
        JsonObject values = new JsonObject();
        for (JsonObject block : inputBlocks(view)) {
            String blockId = block.get("block_id").getAsString();
            JsonObject element = block.getAsJsonObject("element");
            JsonObject state = new JsonObject();
            state.addProperty("type", element.get("type").getAsString());
            String value = typed.containsKey(blockId) ? typed.get(blockId) : initialValue(element);
            switch (element.get("type").getAsString()) {
                case "static_select" -> state.add("selected_option", value == null ? null : option(element, value));
                case "users_select" -> state.addProperty("selected_user", value);
                case "datepicker" -> state.addProperty("selected_date", value);
                case "timepicker" -> state.addProperty("selected_time", value);
                case "datetimepicker" -> state.addProperty("selected_date_time", value == null ? null : Long.parseLong(value));
                case "multi_users_select" -> {
                    JsonArray users = new JsonArray();
                    for (String u : list(value)) {
                        users.add(u);
                    }
                    state.add("selected_users", users);
                }
                case "checkboxes", "multi_static_select" -> {
                    JsonArray selected = new JsonArray(); // several values comma separated; "" ticks none
                    for (String v : list(value)) {
                        selected.add(option(element, v));
                    }
                    state.add("selected_options", selected);
                }
                // plain_text_input, number_input and url_text_input send what was typed as a string
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

    /**
     * Submits the modal as a member who fills in only what the form left empty: every value it opened with is sent
     * as it was, so the form's own prefilled values are what gets checked.
     */
    public static JsonObject fillIn(String user, JsonObject view, Map<String, String> typed) {
        for (JsonObject block : inputBlocks(view)) {
            String blockId = block.get("block_id").getAsString();
            if (typed.containsKey(blockId) && initialValue(block.getAsJsonObject("element")) != null) {
                throw new AssertionError("the form prefilled " + blockId + "; fillIn leaves it as it is");
            }
        }
        return submit(user, view, typed);
    }

    private static List<JsonObject> inputBlocks(JsonObject view) {
        List<JsonObject> inputs = new ArrayList<>();
        for (JsonElement b : view.getAsJsonArray("blocks")) {
            if ("input".equals(b.getAsJsonObject().get("type").getAsString())) {
                inputs.add(b.getAsJsonObject());
            }
        }
        return inputs;
    }

    /** What the member would submit without touching the field: its initial value, in the form submit() takes. */
    private static String initialValue(JsonObject element) {
        for (String key : new String[] {"initial_value", "initial_date", "initial_time", "initial_date_time",
                "initial_user"}) {
            if (element.has(key)) {
                return element.get(key).getAsString();
            }
        }
        if (element.has("initial_option")) {
            return element.getAsJsonObject("initial_option").get("value").getAsString();
        }
        List<String> several = new ArrayList<>();
        if (element.has("initial_options")) {
            element.getAsJsonArray("initial_options").forEach(o -> several.add(o.getAsJsonObject().get("value").getAsString()));
        }
        if (element.has("initial_users")) {
            element.getAsJsonArray("initial_users").forEach(u -> several.add(u.getAsString()));
        }
        return several.isEmpty() ? null : String.join(",", several);
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isEmpty() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }

    /** The option as Slack sends it back: the one the element offers with that value (in a group or not). */
    private static JsonObject option(JsonObject element, String value) {
        List<JsonElement> offered = new ArrayList<>();
        if (element.has("options")) {
            element.getAsJsonArray("options").forEach(offered::add);
        }
        if (element.has("option_groups")) {
            element.getAsJsonArray("option_groups")
                    .forEach(g -> g.getAsJsonObject().getAsJsonArray("options").forEach(offered::add));
        }
        return offered.stream().map(JsonElement::getAsJsonObject).filter(o -> o.get("value").getAsString().equals(value))
                .findFirst().map(JsonObject::deepCopy).orElseGet(() -> option(value)); // a value no option has: crafted
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
