package io.odigos.community.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The emulator refuses the blocks Slack refuses, saying where, and keeps the refusals for the playground. */
class BlockKitRulesTest extends EmulatorClientTest {

    @Test
    void aMessageSlackWouldRefuseIsRefusedWithWhereAndWhy() throws Exception {
        String tooLong = "h".repeat(151);
        ChatPostMessageResponse refused = methods.chatPostMessage(r -> r.channel("C1").text("fallback").blocksAsString(
                "[{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\"" + tooLong + "\"}},"
                        + "{\"type\":\"section\",\"block_id\":\"a\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"x\"}},"
                        + "{\"type\":\"divider\",\"block_id\":\"a\"},"
                        + "{\"type\":\"input\",\"label\":{\"type\":\"plain_text\",\"text\":\"L\"},"
                        + "\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"i\"}}]"));
        assertEquals("invalid_blocks", refused.getError());
        List<String> why = emulator.refusals().get(0).messages();
        assertTrue(why.contains("[ERROR] must be at most 150 characters (it has 151) [json-pointer:/blocks/0/text/text]"),
                why.toString());
        assertTrue(why.contains("[ERROR] must be unique: a is used twice [json-pointer:/blocks/2/block_id]"), why.toString());
        assertTrue(why.contains("[ERROR] input blocks belong in modals and the Home tab [json-pointer:/blocks/3]"),
                why.toString());
        assertTrue(emulator.messages("C1").isEmpty(), "nothing was posted");

        assertTrue(methods.chatPostMessage(r -> r.channel("C1").text("fine").blocksAsString(
                "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*fine*\"}}]")).isOk());
    }

    @Test
    void aViewSlackWouldRefuseIsRefusedToo() throws Exception {
        ViewsOpenResponse refused = methods.viewsOpen(r -> r.triggerId("t").viewAsString(
                "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"A title far longer than 24\"},"
                        + "\"blocks\":[{\"type\":\"actions\",\"elements\":[]}]}"));
        assertEquals("invalid_arguments", refused.getError());
        List<String> why = emulator.refusals().get(0).messages();
        assertTrue(why.contains("[ERROR] must be at most 24 characters (it has 26) [json-pointer:/view/title/text]"),
                why.toString());
        assertTrue(why.contains("[ERROR] must have 1 to 25 items [json-pointer:/view/blocks/0/elements]"), why.toString());
        assertEquals("views.open", emulator.refusals().get(0).method());
    }
}
