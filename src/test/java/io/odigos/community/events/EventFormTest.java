package io.odigos.community.events;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static io.odigos.community.testing.ModalAnswers.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The event form through the signed endpoint: typed inputs, prefilled values, and errors beside their field. */
class EventFormTest extends BotJourneys {

    static final Duration WAIT = Duration.ofSeconds(10);

    JsonObject open(String admin, String command) {
        t.slack.clear();
        assertEquals(200, t.signed.slashCommand(admin, "/community-admin", command).statusCode());
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    /** What an admin types into a new event's form: everything it leaves empty, nothing it prefilled. */
    Map<String, String> typed(ZonedDateTime start) {
        Map<String, String> f = new HashMap<>();
        f.put("kind", "WORKSHOP");
        f.put("title", "eBPF workshop");
        f.put("date", start.toLocalDate().toString());
        f.put("start", start.toLocalTime().toString());
        f.put("join_link", "https://zoom.us/j/42");
        return f;
    }

    ZonedDateTime inFiveDays(ZoneId zone) {
        return t.clock.instant().atZone(zone).plusDays(5).withHour(17).withMinute(30).withSecond(0).withNano(0);
    }

    HttpResponse<String> submit(JsonObject form, Map<String, String> typed) {
        return t.signed.interaction(Payloads.submit(TestBot.ADMIN, form, typed));
    }

    @Test
    void aNewEventOpensInTheAdminsZoneWithTypedInputsAndIsSavedAsPrefilled() {
        JsonObject form = open(TestBot.ADMIN, "event-new");
        JsonObject zone = element(form, "time_zone");
        assertEquals("static_select", zone.get("type").getAsString());
        assertEquals("Europe/Berlin", zone.getAsJsonObject("initial_option").get("value").getAsString(),
                "the admin's zone from users.info");
        JsonObject minutes = element(form, "duration");
        assertEquals("number_input", minutes.get("type").getAsString());
        assertFalse(minutes.get("is_decimal_allowed").getAsBoolean());
        assertEquals("1", minutes.get("min_value").getAsString());
        assertEquals("1440", minutes.get("max_value").getAsString());
        assertEquals("number_input", element(form, "capacity").get("type").getAsString());
        assertEquals("url_text_input", element(form, "join_link").get("type").getAsString());

        ZonedDateTime start = inFiveDays(ZoneId.of("Europe/Berlin"));
        assertAccepted(t.signed.interaction(Payloads.fillIn(TestBot.ADMIN, form, typed(start))));
        CommunityEvent saved = t.bot.features().events().store().upcoming(5).get(0);
        assertEquals(start.toInstant(), saved.startsAt());
        assertEquals(ZoneId.of("Europe/Berlin"), saved.timeZone());
        assertEquals(60, saved.durationMinutes());
        assertNull(saved.capacity());
        assertEquals("https://zoom.us/j/42", saved.joinLink());
    }

    @Test
    void anAdminsZoneThatIsNotOnTheListIsAddedToItsRegionAndPreselected() {
        t.slack.addUser("UOWNER", "Olu Owner", "America/Indiana/Indianapolis", false, true);
        JsonObject form = open("UOWNER", "event-new");
        JsonObject zone = element(form, "time_zone");
        assertEquals("America/Indiana/Indianapolis", zone.getAsJsonObject("initial_option").get("value").getAsString());
        assertTrue(zone.getAsJsonArray("option_groups").toString().contains("America/Indiana/Indianapolis"));

        ZonedDateTime start = inFiveDays(ZoneId.of("America/Indiana/Indianapolis"));
        assertAccepted(t.signed.interaction(Payloads.fillIn("UOWNER", form, typed(start))));
        assertEquals(start.toInstant(), t.bot.features().events().store().upcoming(5).get(0).startsAt());
    }

    @Test
    void eachBadValueIsRefusedBesideItsOwnFieldAndNothingIsStored() {
        JsonObject form = open(TestBot.ADMIN, "event-new");
        Map<String, String> bad = Map.of(
                "join_link", "ftp://files.example.com/call",
                "duration", "1441",
                "capacity", "0",
                "time_zone", "Mars/Olympus");
        bad.forEach((field, value) -> {
            Map<String, String> f = typed(inFiveDays(ZoneId.of("Europe/Berlin")));
            f.put(field, value);
            assertRefusedUnder(submit(form, f), form, field);
        });
        Map<String, String> decimal = typed(inFiveDays(ZoneId.of("Europe/Berlin")));
        decimal.put("capacity", "12.5");
        assertTrue(assertRefusedUnder(submit(form, decimal), form, "capacity").contains("whole number"));
        Map<String, String> longLink = typed(inFiveDays(ZoneId.of("Europe/Berlin")));
        longLink.put("join_link", "https://zoom.us/j/" + "9".repeat(600));
        assertTrue(assertRefusedUnder(submit(form, longLink), form, "join_link").contains("500 characters"));
        assertTrue(t.bot.features().events().store().upcoming(5).isEmpty(), "nothing was stored");
    }

    @Test
    void anEditThatLowersCapacityBelowTheRegisteredIsRefusedBesideCapacity() {
        ZonedDateTime start = inFiveDays(ZoneId.of("Europe/Berlin"));
        Map<String, String> f = typed(start);
        f.put("capacity", "5");
        assertAccepted(submit(open(TestBot.ADMIN, "event-new"), f));
        CommunityEvent call = t.bot.features().events().store().upcoming(5).get(0);
        t.bot.features().events().registrations().register(call.id(), "UANN");
        t.bot.features().events().registrations().register(call.id(), "UBEN");

        JsonObject edit = open(TestBot.ADMIN, "event-edit " + call.id());
        assertTrue(assertRefusedUnder(submit(edit, Map.of("capacity", "1")), edit, "capacity").contains("2 people"));
        assertEquals(Integer.valueOf(5), t.bot.features().events().store().find(call.id()).orElseThrow().capacity(), "the edit changed nothing");
        assertAccepted(submit(edit, Map.of("capacity", "2")));
        assertEquals(Integer.valueOf(2), t.bot.features().events().store().find(call.id()).orElseThrow().capacity());
    }
}
