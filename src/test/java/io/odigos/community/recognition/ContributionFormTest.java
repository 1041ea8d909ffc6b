package io.odigos.community.recognition;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static io.odigos.community.testing.ModalAnswers.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's form for a contribution made outside GitHub, through the signed endpoint. */
class ContributionFormTest extends BotJourneys {

    JsonObject open() {
        t.slack.clear();
        t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "contribution-new");
        t.slack.awaitCall("views.open", Duration.ofSeconds(10));
        return t.slack.lastOpenedView();
    }

    static Map<String, String> talk() {
        Map<String, String> f = new HashMap<>();
        f.put("member", "UBEN");
        f.put("kind", "TALK");
        f.put("title", "KubeCon talk on eBPF");
        f.put("link", "https://youtu.be/talk");
        return f;
    }

    long contributionsOfBen() {
        return t.bot.features().recognition().service().profile("UBEN").contributions().values().stream().mapToLong(Long::longValue)
                .sum();
    }

    @Test
    void aContributionIsRecordedWithItsLink() {
        JsonObject form = open();
        assertEquals("url_text_input", element(form, "link").get("type").getAsString());
        assertAccepted(t.signed.interaction(Payloads.fillIn(TestBot.ADMIN, form, talk())));
        assertEquals(1L, t.bot.features().recognition().service().profile("UBEN").contributions().get(ContributionKind.TALK));
        String link = t.bot.platform().database().inTransaction(em -> (String) em.createNativeQuery(
                "select link from contributions where member_id = 'UBEN'").getSingleResult());
        assertEquals("https://youtu.be/talk", link);
    }

    @Test
    void eachBadValueIsRefusedBesideItsOwnFieldAndNothingIsStored() {
        JsonObject form = open();
        Map<String, String> bad = Map.of(
                "link", "youtu.be/talk",
                "kind", "KEYNOTE",
                "title", "Talk for <!channel>");
        bad.forEach((field, value) -> {
            Map<String, String> f = talk();
            f.put(field, value);
            assertRefusedUnder(t.signed.interaction(Payloads.submit(TestBot.ADMIN, form, f)), form, field);
        });
        Map<String, String> noMember = talk();
        noMember.remove("member");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(TestBot.ADMIN, form, noMember)), form, "member")
                .contains("Pick the member"));
        Map<String, String> longLink = talk();
        longLink.put("link", "https://youtu.be/" + "t".repeat(600));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(TestBot.ADMIN, form, longLink)), form, "link")
                .contains("500 characters"));
        assertEquals(0, contributionsOfBen(), "nothing was stored");
    }
}
