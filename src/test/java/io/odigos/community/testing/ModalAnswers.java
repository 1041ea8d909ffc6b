package io.odigos.community.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.Set;

/** What the bot answered to a modal's submission, as Slack reads it. */
public final class ModalAnswers {

    private ModalAnswers() {
    }

    /** Slack closes the modal: a 200 with an empty body. */
    public static void assertAccepted(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("", answer.body(), "the form closes");
    }

    /**
     * Slack keeps the modal open with one error, beside {@code blockId}, which must be an input block of the view
     * (Slack shows errors only there); answers the message.
     */
    public static String assertRefusedUnder(HttpResponse<String> answer, JsonObject view, String blockId) {
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject body = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertEquals("errors", body.get("response_action").getAsString(), answer.body());
        JsonObject errors = body.getAsJsonObject("errors");
        assertEquals(Set.of(blockId), errors.keySet(), "errors: " + errors);
        boolean isInput = false;
        for (JsonElement block : view.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            isInput |= "input".equals(b.get("type").getAsString()) && b.has("block_id")
                    && blockId.equals(b.get("block_id").getAsString());
        }
        assertTrue(isInput, blockId + " is not an input block of the form");
        return errors.get(blockId).getAsString();
    }

    /** The element of the form's input block {@code blockId}. */
    public static JsonObject element(JsonObject view, String blockId) {
        for (JsonElement block : view.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("block_id") && blockId.equals(b.get("block_id").getAsString()) && b.has("element")) {
                return b.getAsJsonObject("element");
            }
        }
        throw new AssertionError("the form has no input block " + blockId);
    }
}
