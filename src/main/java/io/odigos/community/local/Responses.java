package io.odigos.community.local;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** Builders for Slack's response envelope. */
final class Responses {

    private Responses() {
    }

    static JsonObject ok() {
        JsonObject response = new JsonObject();
        response.addProperty("ok", true);
        return response;
    }

    static JsonObject error(String error) {
        return error(error, List.of());
    }

    /** An error with Slack's explanations, in both places Slack puts them for blocks. */
    static JsonObject error(String error, List<String> messages) {
        JsonObject response = new JsonObject();
        response.addProperty("ok", false);
        response.addProperty("error", error);
        if (!messages.isEmpty()) {
            JsonArray list = new JsonArray();
            messages.forEach(list::add);
            response.add("errors", list);
            JsonObject metadata = new JsonObject();
            metadata.add("messages", list.deepCopy());
            response.add("response_metadata", metadata);
        }
        return response;
    }
}
