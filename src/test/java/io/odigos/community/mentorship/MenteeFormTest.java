package io.odigos.community.mentorship;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static io.odigos.community.testing.ModalAnswers.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** *Find a mentor* through the signed endpoint: typed inputs, an optional link, and errors beside their field. */
class MenteeFormTest extends BotJourneys {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String MIA = "UMIA";

    @BeforeEach
    void mia() {
        t.slack.addUser(MIA, "Mia", "Europe/Berlin", false, false);
    }

    JsonObject open() {
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage(MIA, "C0GENERAL", "1.0", MentorshipViews.FIND, "mentee"));
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    Map<String, String> typed(String area, String goal, String experience) {
        Map<String, String> typed = new HashMap<>();
        typed.put(MenteeDraft.AREA, area);
        typed.put(MenteeDraft.GOAL, goal);
        typed.put(MenteeDraft.EXPERIENCE, experience);
        return typed;
    }

    @Test
    void theFormIsFilledAsAMemberWouldAndTheRequestWaitsWithoutMentors() {
        JsonObject form = open();
        assertEquals("static_select", element(form, MenteeDraft.AREA).get("type").getAsString());
        assertEquals(3, element(form, MenteeDraft.EXPERIENCE).getAsJsonArray("option_groups").get(0).getAsJsonObject()
                .getAsJsonArray("options").size());
        assertEquals("url_text_input", element(form, MenteeDraft.ISSUE).get("type").getAsString());
        assertEquals(500, element(form, MenteeDraft.GOAL).get("max_length").getAsInt());

        Map<String, String> typed = typed("UI", "Make the sources page faster", "SOME");
        typed.put(MenteeDraft.ISSUE, "https://github.com/odigos-io/odigos/issues/123");
        assertAccepted(t.signed.interaction(Payloads.fillIn(MIA, form, typed)));
        MentorshipRequest request = t.bot.features().mentorship().signUp().standing(MIA).request().orElseThrow();
        assertEquals(RequestStatus.WAITING, request.status());
        assertEquals(Experience.SOME, request.experience());
        assertEquals("https://github.com/odigos-io/odigos/issues/123", request.issueUrl());
        t.slack.awaitCall("chat.postMessage", c -> MIA.equals(c.param("channel"))
                && c.param("text").contains("waits in the queue"), WAIT);
    }

    @Test
    void eachBadValueIsRefusedUnderItsFieldAndNothingIsStored() {
        JsonObject form = open();
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(MIA, form, typed("UI", "x".repeat(501), "NEW"))),
                form, MenteeDraft.GOAL).contains("500"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(MIA, form, typed("UI", "<!channel> help", "NEW"))),
                form, MenteeDraft.GOAL).contains("@channel"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(MIA, form, typed("Cobol", "Learn", "NEW"))),
                form, MenteeDraft.AREA).contains("no longer offered"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(MIA, form, typed("UI", "Learn", "GURU"))),
                form, MenteeDraft.EXPERIENCE).contains("from the list"));
        Map<String, String> ftp = typed("UI", "Learn", "NEW");
        ftp.put(MenteeDraft.ISSUE, "ftp://example.com/issue");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(MIA, form, ftp)), form, MenteeDraft.ISSUE)
                .contains("http(s)"));
        assertTrue(t.bot.features().mentorship().signUp().standing(MIA).request().isEmpty());
    }
}
