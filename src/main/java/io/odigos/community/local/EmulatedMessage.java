package io.odigos.community.local;

import com.google.gson.JsonElement;
import java.util.Map;

/**
 * A message as it currently stands in the emulated workspace.
 *
 * @param channel   channel id (DMs use {@code D<userId>})
 * @param ts        message timestamp, unique per emulator
 * @param text      fallback text, possibly null when only blocks were sent
 * @param blocks    Block Kit array as posted, or null
 * @param threadTs  parent ts for thread replies, else null
 * @param visibleTo recipient of an ephemeral message, null for normal messages
 * @param author    who posted it: the bot's user id, or a member's for a message typed in the playground
 * @param file      the file this message shares (files.completeUploadExternal), else null
 */
public record EmulatedMessage(String channel, String ts, String text, JsonElement blocks, String threadTs,
                              String visibleTo, String author, UploadedFile file) {

    /**
     * The fallback text plus every {@code text} string inside the blocks, one per line: what a member
     * would read, so tests can assert on content without walking Block Kit JSON.
     */
    public String visibleText() {
        StringBuilder out = new StringBuilder(text == null ? "" : text);
        collectTexts(blocks, out);
        return out.toString();
    }

    private static void collectTexts(JsonElement element, StringBuilder out) {
        if (element == null) {
            return;
        }
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(child -> collectTexts(child, out));
        } else if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> field : element.getAsJsonObject().entrySet()) {
                JsonElement value = field.getValue();
                if (field.getKey().equals("text") && value.isJsonPrimitive()) {
                    out.append('\n').append(value.getAsString());
                } else {
                    collectTexts(value, out);
                }
            }
        }
    }

    public boolean fromBot() {
        return UserDirectory.BOT_USER_ID.equals(author);
    }

    EmulatedMessage edited(String newText, JsonElement newBlocks) {
        return new EmulatedMessage(channel, ts, newText, newBlocks, threadTs, visibleTo, author, file);
    }
}
