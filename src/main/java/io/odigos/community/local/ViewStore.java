package io.odigos.community.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;

/** Emulated modals and Home tabs: views.open/push/update/publish. */
final class ViewStore {

    private final Map<String, JsonObject> byId = new HashMap<>();
    private final Map<String, String> idByExternalId = new HashMap<>();
    private final Map<String, String> homeIdByUser = new HashMap<>();
    private String lastOpenedId;
    private int idCounter;
    private int hashCounter;

    synchronized JsonObject open(EmulatorCall call) {
        call.required("trigger_id", "invalid_arguments");
        JsonObject view = store(newId(), viewParam(call), null);
        lastOpenedId = view.get("id").getAsString();
        return envelope(view);
    }

    /** A pushed view sits on top of the currently open one, so it also counts as the last opened. */
    synchronized JsonObject push(EmulatorCall call) {
        call.required("trigger_id", "invalid_arguments");
        JsonObject view = store(newId(), viewParam(call), lastOpenedId);
        lastOpenedId = view.get("id").getAsString();
        return envelope(view);
    }

    /** Honours Slack's optimistic locking: a stale {@code hash} fails with {@code hash_conflict}. */
    synchronized JsonObject update(EmulatorCall call) {
        String id = call.param("view_id") != null
                ? call.param("view_id")
                : idByExternalId.get(call.required("external_id", "invalid_arguments"));
        JsonObject existing = id == null ? null : byId.get(id);
        if (existing == null) {
            throw new SlackError("not_found");
        }
        String hash = call.param("hash");
        if (hash != null && !hash.equals(existing.get("hash").getAsString())) {
            throw new SlackError("hash_conflict");
        }
        JsonElement previous = existing.get("previous_view_id");
        return envelope(store(id, viewParam(call), previous == null ? null : previous.getAsString()));
    }

    /** Each user has one Home view whose id stays stable across publishes, as in Slack. */
    synchronized JsonObject publish(EmulatorCall call) {
        String user = call.required("user_id", "invalid_arguments");
        JsonObject source = viewParam(call);
        String id = homeIdByUser.computeIfAbsent(user, u -> newId());
        return envelope(store(id, source, null));
    }

    synchronized JsonObject homeOf(String userId) {
        String id = homeIdByUser.get(userId);
        return id == null ? null : view(id);
    }

    synchronized JsonObject view(String viewId) {
        JsonObject view = byId.get(viewId);
        return view == null ? null : view.deepCopy();
    }

    synchronized JsonObject lastOpened() {
        return lastOpenedId == null ? null : view(lastOpenedId);
    }

    private static JsonObject viewParam(EmulatorCall call) {
        call.required("view", "invalid_arguments");
        JsonElement view = call.json("view");
        if (!view.isJsonObject()) {
            throw new SlackError("invalid_arguments");
        }
        return view.getAsJsonObject();
    }

    private JsonObject store(String id, JsonObject source, String previousViewId) {
        JsonObject view = source.deepCopy();
        view.addProperty("id", id);
        view.addProperty("team_id", UserDirectory.TEAM_ID);
        view.addProperty("hash", "hash-" + (++hashCounter));
        if (previousViewId != null) {
            view.addProperty("previous_view_id", previousViewId);
        }
        if (view.has("external_id")) {
            idByExternalId.put(view.get("external_id").getAsString(), id);
        }
        byId.put(id, view);
        return view;
    }

    private String newId() {
        return String.format("V%06d", ++idCounter);
    }

    private static JsonObject envelope(JsonObject view) {
        JsonObject response = Responses.ok();
        response.add("view", view.deepCopy());
        return response;
    }
}
