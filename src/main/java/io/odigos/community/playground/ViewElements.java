package io.odigos.community.playground;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The interactive elements of a blocks array, found as Slack finds them: by block id and action id. */
final class ViewElements {

    /** An element with the id of the block it sits in. */
    record Placed(String blockId, JsonObject element) {
    }

    private ViewElements() {
    }

    static List<Placed> all(JsonElement blocks) {
        List<Placed> placed = new ArrayList<>();
        if (blocks == null || !blocks.isJsonArray()) {
            return placed;
        }
        for (JsonElement b : blocks.getAsJsonArray()) {
            JsonObject block = b.getAsJsonObject();
            String blockId = block.has("block_id") ? block.get("block_id").getAsString() : "";
            if (block.has("element")) {
                placed.add(new Placed(blockId, block.getAsJsonObject("element")));
            }
            if (block.has("accessory")) {
                placed.add(new Placed(blockId, block.getAsJsonObject("accessory")));
            }
            if (block.has("elements") && "actions".equals(block.get("type").getAsString())) {
                block.getAsJsonArray("elements").forEach(e -> placed.add(new Placed(blockId, e.getAsJsonObject())));
            }
        }
        return placed;
    }

    static Optional<Placed> find(JsonElement blocks, String blockId, String actionId) {
        return all(blocks).stream().filter(p -> p.blockId().equals(blockId) && p.element().has("action_id")
                && p.element().get("action_id").getAsString().equals(actionId)).findFirst();
    }

    /**
     * The view's {@code state} as Slack sends it with a submission or a click in the view: every element that holds
     * a value, keyed by block id and action id, read from what the browser sent ({@code {blockId: {actionId: raw}}}).
     */
    static JsonObject state(JsonObject view, JsonObject browserValues, ZoneId zone) {
        JsonObject values = new JsonObject();
        for (Placed p : all(view.get("blocks"))) {
            if (!ElementState.holdsState(p.element())) {
                continue;
            }
            String actionId = p.element().get("action_id").getAsString();
            JsonObject fromBrowser = browserValues != null && browserValues.has(p.blockId())
                    && browserValues.get(p.blockId()).isJsonObject() ? browserValues.getAsJsonObject(p.blockId()) : null;
            JsonObject typed = new JsonObject();
            ElementState.put(typed, p.element(), fromBrowser == null ? null : fromBrowser.get(actionId), zone);
            if (!values.has(p.blockId())) {
                values.add(p.blockId(), new JsonObject());
            }
            values.getAsJsonObject(p.blockId()).add(actionId, typed);
        }
        JsonObject state = new JsonObject();
        state.add("values", values);
        return state;
    }
}
