package io.odigos.community.local;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewTitle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.view.View;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Modals belong to the member whose trigger opened them, on a stack of three, and a trigger lasts 3 seconds. */
class MemberModalsTest extends EmulatorClientTest {

    static View modal(String title) {
        return view(v -> v.type("modal").title(viewTitle(t -> t.type("plain_text").text(title)))
                .blocks(asBlocks(section(s -> s.text(markdownText("*" + title + "*"))))));
    }

    @Test
    void aModalIsTheMembersWhoseTriggerOpenedItAndStacksUpToThree() throws Exception {
        String ben = emulator.issueTrigger("UBEN");
        assertTrue(methods.viewsOpen(r -> r.triggerId(ben).view(modal("First"))).isOk());
        assertEquals("First", emulator.modalOf("UBEN").getAsJsonObject("title").get("text").getAsString());
        assertNull(emulator.modalOf("UCHLOE"));
        assertEquals("blk0", emulator.modalOf("UBEN").getAsJsonArray("blocks").get(0).getAsJsonObject()
                .get("block_id").getAsString(), "a block without an id gets one, as in Slack");

        assertTrue(methods.viewsPush(r -> r.triggerId(emulator.issueTrigger("UBEN")).view(modal("Second"))).isOk());
        assertTrue(methods.viewsPush(r -> r.triggerId(emulator.issueTrigger("UBEN")).view(modal("Third"))).isOk());
        assertEquals("push_limit_reached", methods.viewsPush(r -> r.triggerId(emulator.issueTrigger("UBEN"))
                .view(modal("Fourth"))).getError());
        assertEquals("Third", emulator.modalOf("UBEN").getAsJsonObject("title").get("text").getAsString());

        emulator.closeTopModal("UBEN");
        assertEquals("Second", emulator.modalOf("UBEN").getAsJsonObject("title").get("text").getAsString());
        emulator.closeModals("UBEN");
        assertNull(emulator.modalOf("UBEN"));
    }

    @Test
    void aTriggerIsGoodForThreeSecondsAndOnlyTheEmulatorsOwnCanExpire() {
        Triggers triggers = new Triggers();
        Instant issued = Instant.parse("2026-12-02T10:00:00Z");
        String id = triggers.issue("UBEN", issued);
        assertEquals("UBEN", triggers.ownerOf(id, issued.plusMillis(3000)));
        SlackError expired = assertThrows(SlackError.class, () -> triggers.ownerOf(id, issued.plusMillis(3001)));
        assertEquals("expired_trigger_id", expired.error());
        assertNull(triggers.ownerOf("trigger-made-up-by-a-test", issued), "tests' own triggers still open modals");
    }
}
