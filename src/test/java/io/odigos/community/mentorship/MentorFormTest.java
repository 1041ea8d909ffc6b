package io.odigos.community.mentorship;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static io.odigos.community.testing.ModalAnswers.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** *Become a mentor* through the signed endpoint: typed inputs, prefilled values, and errors beside their field. */
class MentorFormTest extends BotJourneys {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String ANN = "UANN";

    @BeforeEach
    void ann() {
        t.slack.addUser(ANN, "Ann", "Europe/London", false, false);
    }

    JsonObject open() {
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage(ANN, "C0GENERAL", "1.0", MentorshipViews.BECOME, "mentor"));
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    Map<String, String> typed(String areas, String availability) {
        Map<String, String> typed = new HashMap<>();
        typed.put(MentorDraft.AREAS, areas);
        typed.put(MentorDraft.AVAILABILITY, availability);
        return typed;
    }

    @Test
    void theFormOffersTheAreasAndIsSavedWithItsPrefilledCapacity() {
        t.signed.slashCommand(ANN, "/profile", "github ann-dev"); // typed, so a claim, not a verified link
        JsonObject form = open();
        JsonObject areas = element(form, MentorDraft.AREAS);
        assertEquals("multi_static_select", areas.get("type").getAsString());
        assertEquals(9, areas.getAsJsonArray("options").size(), "the seeded areas");
        JsonObject capacity = element(form, MentorDraft.CAPACITY);
        assertEquals("number_input", capacity.get("type").getAsString());
        assertEquals("1", capacity.get("min_value").getAsString());
        assertEquals("5", capacity.get("max_value").getAsString());
        assertEquals(300, element(form, MentorDraft.AVAILABILITY).get("max_length").getAsInt());
        assertTrue(form.toString().contains("No verified GitHub link") && form.toString().contains("/profile github"),
                "an unverified login does not count");

        assertAccepted(t.signed.interaction(Payloads.fillIn(ANN, form, typed("eBPF,Docs", "Weekday evenings"))));
        Standing ann = t.bot.features().mentorship().signUp().standing(ANN);
        assertEquals(MentorForm.DEFAULT_CAPACITY, ann.mentor().orElseThrow().capacity());
        assertEquals(Set.of("eBPF", "Docs"), ann.areas());
        t.slack.awaitCall("chat.postMessage", c -> ANN.equals(c.param("channel"))
                && c.param("text").contains("up to 2 mentees"), WAIT);

        JsonObject again = open();
        assertEquals(2, element(again, MentorDraft.AREAS).getAsJsonArray("initial_options").size());
        assertEquals("Weekday evenings", element(again, MentorDraft.AVAILABILITY).get("initial_value").getAsString());
    }

    @Test
    void eachBadValueIsRefusedUnderItsFieldAndNothingIsStored() {
        JsonObject form = open();
        Map<String, String> tooMany = typed("eBPF", "Weekends");
        tooMany.put(MentorDraft.CAPACITY, "6");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ANN, form, tooMany)), form,
                MentorDraft.CAPACITY).contains("from 1 to 5"));
        Map<String, String> notANumber = typed("eBPF", "Weekends");
        notANumber.put(MentorDraft.CAPACITY, "two");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ANN, form, notANumber)), form,
                MentorDraft.CAPACITY).contains("whole number"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(ANN, form, typed("", "Weekends"))), form,
                MentorDraft.AREAS).contains("at least one area"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(ANN, form, typed("Cobol", "Weekends"))),
                form, MentorDraft.AREAS).contains("no longer offered"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(ANN, form, typed("UI", "ping @here"))),
                form, MentorDraft.AVAILABILITY).contains("@here"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(ANN, form, typed("UI", "x".repeat(301)))),
                form, MentorDraft.AVAILABILITY).contains("300"));
        assertFalse(t.bot.features().mentorship().signUp().standing(ANN).isMentor());
    }
}
