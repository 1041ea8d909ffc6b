package io.odigos.community.local;

import com.google.gson.JsonObject;

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
        JsonObject response = new JsonObject();
        response.addProperty("ok", false);
        response.addProperty("error", error);
        return response;
    }
}
