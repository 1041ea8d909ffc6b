package io.odigos.community.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What Slack reports of an interactive element the member set: the typed value it puts in {@code state.values}
 * and in a block action, built from the element as the bot defined it and the raw value the browser sent (a string,
 * an array of strings for multi-selects and checkboxes, or the uploaded files for a file input). An option is
 * reported as the bot defined it, and a date-time as epoch seconds read in the member's zone, as Slack does.
 */
final class ElementState {

    private ElementState() {
    }

    /** Adds the element's typed value to {@code target} ({@code {type, value}}, {@code {type, selected_option}}, ...). */
    static void put(JsonObject target, JsonObject element, JsonElement raw, ZoneId zone) {
        String type = element.get("type").getAsString();
        target.addProperty("type", type);
        switch (type) {
            case "static_select", "radio_buttons", "overflow" -> target.add("selected_option", option(element, text(raw)));
            case "multi_static_select", "checkboxes" -> {
                JsonArray chosen = new JsonArray();
                strings(raw).forEach(v -> {
                    JsonElement option = option(element, v);
                    if (!option.isJsonNull()) {
                        chosen.add(option);
                    }
                });
                target.add("selected_options", chosen);
            }
            case "users_select" -> target.addProperty("selected_user", text(raw));
            case "multi_users_select" -> {
                JsonArray users = new JsonArray();
                strings(raw).forEach(users::add);
                target.add("selected_users", users);
            }
            case "conversations_select" -> target.addProperty("selected_conversation", text(raw));
            case "channels_select" -> target.addProperty("selected_channel", text(raw));
            case "datepicker" -> target.addProperty("selected_date", text(raw));
            case "timepicker" -> target.addProperty("selected_time", text(raw));
            case "datetimepicker" -> target.addProperty("selected_date_time", epochSeconds(text(raw), zone));
            case "file_input" -> target.add("files", files(raw));
            default -> target.addProperty("value", text(raw)); // text, number, URL and email inputs send text
        }
    }

    /** Whether Slack keeps a value for this kind of element in a view's state. */
    static boolean holdsState(JsonObject element) {
        String type = element.has("type") ? element.get("type").getAsString() : "";
        return element.has("action_id") && !type.equals("button") && !type.equals("overflow") && !type.equals("image");
    }

    private static JsonElement option(JsonObject element, String value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        for (JsonObject option : options(element)) {
            if (option.has("value") && option.get("value").getAsString().equals(value)) {
                return option.deepCopy();
            }
        }
        return JsonNull.INSTANCE;
    }

    private static List<JsonObject> options(JsonObject element) {
        List<JsonObject> all = new ArrayList<>();
        if (element.has("options")) {
            element.getAsJsonArray("options").forEach(o -> all.add(o.getAsJsonObject()));
        }
        if (element.has("option_groups")) {
            element.getAsJsonArray("option_groups").forEach(g ->
                    g.getAsJsonObject().getAsJsonArray("options").forEach(o -> all.add(o.getAsJsonObject())));
        }
        return all;
    }

    /**
     * The files the member uploaded, as Slack lists them; the browser sends {@code [{id, name}]} for the files the
     * playground's upload answered, and anything else in the array is not a file.
     */
    private static JsonArray files(JsonElement raw) {
        JsonArray files = new JsonArray();
        if (raw == null || !raw.isJsonArray()) {
            return files;
        }
        for (JsonElement entry : raw.getAsJsonArray()) {
            JsonElement id = entry.isJsonObject() ? entry.getAsJsonObject().get("id") : null;
            JsonElement name = entry.isJsonObject() ? entry.getAsJsonObject().get("name") : null;
            if (id == null || !id.isJsonPrimitive() || name == null || !name.isJsonPrimitive()) {
                continue;
            }
            JsonObject file = new JsonObject();
            file.addProperty("id", id.getAsString());
            file.addProperty("name", name.getAsString());
            file.addProperty("title", name.getAsString());
            files.add(file);
        }
        return files;
    }

    private static Long epochSeconds(String localDateTime, ZoneId zone) {
        if (localDateTime == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(localDateTime).atZone(zone).toEpochSecond();
        } catch (DateTimeParseException e) {
            return null; // the browser's picker sends a complete value or nothing; anything else is not a time
        }
    }

    private static String text(JsonElement raw) {
        if (raw == null || raw.isJsonNull()) {
            return null;
        }
        String text = raw.isJsonArray() ? (raw.getAsJsonArray().isEmpty() ? null : raw.getAsJsonArray().get(0).getAsString())
                : raw.getAsString();
        return text == null || text.isEmpty() ? null : text;
    }

    private static List<String> strings(JsonElement raw) {
        List<String> values = new ArrayList<>();
        if (raw != null && raw.isJsonArray()) {
            raw.getAsJsonArray().forEach(v -> values.add(v.getAsString()));
        } else if (text(raw) != null) {
            values.add(text(raw));
        }
        return values;
    }
}
