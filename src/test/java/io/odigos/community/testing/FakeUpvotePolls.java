package io.odigos.community.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The fake's answer to the bot's upvote poll, {@code query PollUpvotes}: every variable is a list of discussion ids
 * for one aliased {@code nodes(ids:)} field named after it, answered as GitHub does: each id's node in order, null
 * with a NOT_FOUND error for one that does not resolve, and an error for more than 100 ids in one field. Keeps the ids
 * of every poll, for tests to see what a run asked for.
 */
public final class FakeUpvotePolls {

    static final String OPERATION = "PollUpvotes";
    static final int MAX_IDS = 100;

    private final FakeDiscussions discussions;
    private final List<List<String>> polls = new ArrayList<>();

    FakeUpvotePolls(FakeDiscussions discussions) {
        this.discussions = discussions;
    }

    /** The ids each poll asked for, one list per query, in the order they came. */
    public synchronized List<List<String>> polls() {
        return List.copyOf(polls);
    }

    synchronized void answer(JsonObject variables, JsonObject data, JsonArray errors) {
        List<String> asked = new ArrayList<>();
        for (String field : variables.keySet()) {
            JsonArray ids = variables.getAsJsonArray(field);
            if (ids.size() > MAX_IDS) {
                errors.add(error(null, "Too many ids: nodes takes at most " + MAX_IDS, field));
                continue;
            }
            JsonArray nodes = new JsonArray();
            for (JsonElement id : ids) {
                asked.add(id.getAsString());
                FakeDiscussions.Discussion d = discussions.byId(id.getAsString());
                if (d == null) {
                    nodes.add(JsonNull.INSTANCE);
                    errors.add(error("NOT_FOUND", "Could not resolve to a node with the global id of '"
                            + id.getAsString() + "'", field));
                } else {
                    JsonObject node = new JsonObject();
                    node.addProperty("id", d.id);
                    node.addProperty("upvoteCount", d.upvotes);
                    nodes.add(node);
                }
            }
            data.add(field, nodes);
        }
        polls.add(List.copyOf(asked));
    }

    private static JsonObject error(String type, String message, String field) {
        JsonObject e = new JsonObject();
        if (type != null) {
            e.addProperty("type", type);
        }
        e.addProperty("message", message);
        JsonArray path = new JsonArray();
        path.add(field);
        e.add("path", path);
        return e;
    }
}
