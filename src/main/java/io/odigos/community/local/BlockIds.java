package io.odigos.community.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.Set;

/** Slack gives a block without a {@code block_id} one of its own when it stores a message or view; so do we. */
final class BlockIds {

    private BlockIds() {
    }

    /** Fills in missing block ids of a blocks array, unique within it; returns the same array. */
    static JsonElement fill(JsonElement blocks) {
        if (blocks == null || !blocks.isJsonArray()) {
            return blocks;
        }
        Set<String> taken = new HashSet<>();
        blocks.getAsJsonArray().forEach(b -> {
            if (b.isJsonObject() && b.getAsJsonObject().has("block_id")) {
                taken.add(b.getAsJsonObject().get("block_id").getAsString());
            }
        });
        int next = 0;
        for (JsonElement b : blocks.getAsJsonArray()) {
            if (b.isJsonObject() && !b.getAsJsonObject().has("block_id")) {
                String id;
                do {
                    id = "blk" + next++;
                } while (!taken.add(id));
                ((JsonObject) b).addProperty("block_id", id);
            }
        }
        return blocks;
    }
}
