package io.odigos.community.discussions;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.odigos.community.recognition.GitHubEvents.Malformed;

/**
 * What the bot reads of a {@code discussion} webhook event: the action, the discussion as it stands after it (GitHub
 * sends the whole discussion with every action), and the repository it belongs to.
 */
record DiscussionEvent(String action, String repository, String nodeId, int number, String url, String title,
                       String body, String login, String categoryName, String categorySlug, boolean closed,
                       String stateReason) {

    static DiscussionEvent parse(JsonObject json) {
        try {
            JsonObject d = json.getAsJsonObject("discussion");
            JsonObject category = d.getAsJsonObject("category");
            return new DiscussionEvent(json.get("action").getAsString(),
                    json.getAsJsonObject("repository").get("full_name").getAsString(),
                    d.get("node_id").getAsString(), d.get("number").getAsInt(), d.get("html_url").getAsString(),
                    d.get("title").getAsString(), optional(d, "body"),
                    d.getAsJsonObject("user").get("login").getAsString(),
                    optional(category, "name"), optional(category, "slug"),
                    "closed".equals(optional(d, "state")), optional(d, "state_reason"));
        } catch (RuntimeException e) {
            // a missing object or field (NullPointerException) or one of another type (ClassCastException, ...)
            throw new Malformed("a discussion event needs action, repository.full_name and discussion (node_id, "
                    + "number, html_url, title, user.login, category)");
        }
    }

    private static String optional(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    Discussion discussion() {
        return new Discussion(nodeId, number, url);
    }
}
