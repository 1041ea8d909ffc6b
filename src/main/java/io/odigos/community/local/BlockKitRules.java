package io.odigos.community.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Block Kit limits Slack enforces when it receives blocks, so the emulator refuses what Slack would refuse
 * ({@code invalid_blocks}, or {@code invalid_arguments} for a view) and says where, as a JSON pointer like Slack's
 * messages. It checks what the bot can get wrong: counts, lengths, text types, ids, option lists; not every rule of
 * every element.
 */
final class BlockKitRules {

    enum Surface {
        MESSAGE(50, "/blocks"), MODAL(100, "/view/blocks"), HOME(100, "/view/blocks");

        final int maxBlocks;
        final String pointer;

        Surface(int maxBlocks, String pointer) {
            this.maxBlocks = maxBlocks;
            this.pointer = pointer;
        }
    }

    private static final Set<String> BLOCK_TYPES = Set.of("section", "header", "divider", "context", "actions", "image",
            "input", "rich_text", "markdown", "video", "file");
    private static final Map<String, Integer> TEXT_LIMITS = Map.of("section", 3000, "header", 150);

    private final List<String> problems = new ArrayList<>();

    private BlockKitRules() {
    }

    /** The problems with a blocks array on a surface, each with its JSON pointer; empty when Slack would take it. */
    static List<String> check(JsonElement blocks, Surface surface) {
        BlockKitRules rules = new BlockKitRules();
        rules.blocks(blocks, surface);
        return rules.problems;
    }

    /** The problems with a modal or Home view: its title, buttons and metadata, then its blocks. */
    static List<String> checkView(JsonObject view) {
        BlockKitRules rules = new BlockKitRules();
        String type = string(view, "type");
        Surface surface = "home".equals(type) ? Surface.HOME : Surface.MODAL;
        if (surface == Surface.MODAL) {
            rules.plainText(view.get("title"), 24, "/view/title", true);
            rules.plainText(view.get("submit"), 24, "/view/submit", false);
            rules.plainText(view.get("close"), 24, "/view/close", false);
        }
        rules.length(string(view, "private_metadata"), 3000, "/view/private_metadata");
        rules.length(string(view, "callback_id"), 255, "/view/callback_id");
        rules.blocks(view.get("blocks"), surface);
        return rules.problems;
    }

    private void blocks(JsonElement blocks, Surface surface) {
        if (blocks == null || blocks.isJsonNull()) {
            return;
        }
        if (!blocks.isJsonArray()) {
            problem(surface.pointer, "must be an array");
            return;
        }
        if (blocks.getAsJsonArray().size() > surface.maxBlocks) {
            problem(surface.pointer, "must have at most " + surface.maxBlocks + " items");
        }
        Set<String> blockIds = new HashSet<>();
        int i = 0;
        for (JsonElement b : blocks.getAsJsonArray()) {
            String at = surface.pointer + "/" + i++;
            if (!b.isJsonObject() || !BLOCK_TYPES.contains(string(b.getAsJsonObject(), "type"))) {
                problem(at, "is not a known block type");
                continue;
            }
            JsonObject block = b.getAsJsonObject();
            String blockId = string(block, "block_id");
            if (blockId != null && !blockIds.add(blockId)) {
                problem(at + "/block_id", "must be unique: " + blockId + " is used twice");
            }
            length(blockId, 255, at + "/block_id");
            block(block, string(block, "type"), surface, at);
        }
    }

    private void block(JsonObject block, String type, Surface surface, String at) {
        switch (type) {
            case "section" -> {
                text(block.get("text"), TEXT_LIMITS.get("section"), at + "/text", false);
                if (block.get("text") == null && block.get("fields") == null) {
                    problem(at, "needs text or fields");
                }
                if (block.has("fields")) {
                    int count = block.getAsJsonArray("fields").size();
                    if (count > 10) {
                        problem(at + "/fields", "must have at most 10 items");
                    }
                    for (int f = 0; f < count; f++) {
                        text(block.getAsJsonArray("fields").get(f), 2000, at + "/fields/" + f, true);
                    }
                }
                element(block.get("accessory"), at + "/accessory");
            }
            case "header" -> plainText(block.get("text"), TEXT_LIMITS.get("header"), at + "/text", true);
            case "context" -> {
                int count = block.has("elements") ? block.getAsJsonArray("elements").size() : 0;
                if (count == 0 || count > 10) {
                    problem(at + "/elements", "must have 1 to 10 items");
                }
            }
            case "actions" -> elements(block, 25, at);
            case "input" -> {
                if (surface == Surface.MESSAGE) {
                    problem(at, "input blocks belong in modals and the Home tab");
                }
                plainText(block.get("label"), 2000, at + "/label", true);
                plainText(block.get("hint"), 2000, at + "/hint", false);
                element(block.get("element"), at + "/element");
            }
            case "image" -> {
                length(string(block, "alt_text"), 2000, at + "/alt_text");
                if (string(block, "alt_text") == null) {
                    problem(at + "/alt_text", "is required");
                }
            }
            default -> {
                // divider, rich_text, markdown, video, file: nothing the bot builds today
            }
        }
    }

    private void elements(JsonObject block, int max, String at) {
        int count = block.has("elements") ? block.getAsJsonArray("elements").size() : 0;
        if (count == 0 || count > max) {
            problem(at + "/elements", "must have 1 to " + max + " items");
        }
        Set<String> actionIds = new HashSet<>();
        for (int e = 0; e < count; e++) {
            JsonElement element = block.getAsJsonArray("elements").get(e);
            String actionId = element.isJsonObject() ? string(element.getAsJsonObject(), "action_id") : null;
            if (actionId != null && !actionIds.add(actionId)) {
                problem(at + "/elements/" + e + "/action_id", "must be unique in its block: " + actionId);
            }
            element(element, at + "/elements/" + e);
        }
    }

    private void element(JsonElement json, String at) {
        if (json == null || !json.isJsonObject()) {
            return;
        }
        JsonObject element = json.getAsJsonObject();
        length(string(element, "action_id"), 255, at + "/action_id");
        plainText(element.get("placeholder"), 150, at + "/placeholder", false);
        switch (String.valueOf(string(element, "type"))) {
            case "button" -> {
                plainText(element.get("text"), 75, at + "/text", true);
                length(string(element, "value"), 2000, at + "/value");
                length(string(element, "url"), 3000, at + "/url");
            }
            case "static_select", "multi_static_select", "overflow", "checkboxes", "radio_buttons" -> options(element, at);
            case "plain_text_input" -> length(string(element, "initial_value"), 3000, at + "/initial_value");
            default -> {
                // pickers, user selects, number and URL inputs: their limits are the bot's BlockKit checks
            }
        }
    }

    private void options(JsonObject element, String at) {
        int total = 0;
        if (element.has("options")) {
            total += element.getAsJsonArray("options").size();
            for (int o = 0; o < element.getAsJsonArray("options").size(); o++) {
                JsonObject option = element.getAsJsonArray("options").get(o).getAsJsonObject();
                text(option.get("text"), 75, at + "/options/" + o + "/text", true);
                length(string(option, "value"), 150, at + "/options/" + o + "/value");
            }
        }
        if (element.has("option_groups")) {
            for (JsonElement g : element.getAsJsonArray("option_groups")) {
                total += g.getAsJsonObject().getAsJsonArray("options").size();
            }
        }
        int max = "overflow".equals(string(element, "type")) ? 5 : "checkboxes".equals(string(element, "type"))
                || "radio_buttons".equals(string(element, "type")) ? 10 : 100;
        if (total > max) {
            problem(at + "/options", "must have at most " + max + " items");
        }
    }

    private void plainText(JsonElement text, int max, String at, boolean required) {
        if (text != null && text.isJsonObject() && !"plain_text".equals(string(text.getAsJsonObject(), "type"))) {
            problem(at + "/type", "must be plain_text");
        }
        text(text, max, at, required);
    }

    private void text(JsonElement text, int max, String at, boolean required) {
        if (text == null || text.isJsonNull()) {
            if (required) {
                problem(at, "is required");
            }
            return;
        }
        if (!text.isJsonObject() || !Set.of("plain_text", "mrkdwn").contains(string(text.getAsJsonObject(), "type"))) {
            problem(at, "must be a text object (plain_text or mrkdwn)");
            return;
        }
        String value = string(text.getAsJsonObject(), "text");
        if (value == null || value.isEmpty()) {
            problem(at + "/text", "must not be empty");
        }
        length(value, max, at + "/text");
    }

    private void length(String value, int max, String at) {
        if (value != null && value.length() > max) {
            problem(at, "must be at most " + max + " characters (it has " + value.length() + ")");
        }
    }

    private void problem(String pointer, String what) {
        problems.add("[ERROR] " + what + " [json-pointer:" + pointer + "]");
    }

    private static String string(JsonObject o, String field) {
        JsonElement value = o.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
