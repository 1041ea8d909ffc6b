package io.odigos.community.hackathons;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static io.odigos.community.testing.ModalAnswers.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's hackathon form and the hackers' project form, through the signed endpoint. */
class HackathonFormsTest extends BotJourneys {

    static final Duration WAIT = Duration.ofSeconds(10);

    JsonObject open(Runnable request) {
        t.slack.clear();
        request.run();
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    JsonObject hackathonForm() {
        return open(() -> t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "hackathon-new"));
    }

    /** What an admin types: what the form leaves empty, nothing it prefilled. */
    static Map<String, String> typed() {
        Map<String, String> f = new HashMap<>();
        f.put("title", "Spring hackathon");
        f.put("theme", "Traces everywhere");
        f.put("challenges", "Best new instrumentation");
        f.put("prizes", "First prize: a ticket");
        f.put("judges", "UJUDGE");
        return f;
    }

    long epoch(JsonObject form, String blockId) {
        return element(form, blockId).get("initial_date_time").getAsLong();
    }

    @Test
    void theFormStartsWithTheFiveDatesInOrderAndIsCreatedAsPrefilled() {
        Instant opens = t.clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        JsonObject form = hackathonForm();
        assertEquals(opens.getEpochSecond(), epoch(form, "registration_opens"), "registration opens at the next full hour");
        assertEquals(opens.plus(Duration.ofDays(14)).getEpochSecond(), epoch(form, "registration_closes"));
        assertEquals(epoch(form, "registration_closes"), epoch(form, "hacking_starts"), "hacking starts as it closes");
        assertEquals(Duration.ofHours(48).toSeconds(), epoch(form, "submissions_close") - epoch(form, "hacking_starts"));
        assertEquals(Duration.ofDays(7).toSeconds(), epoch(form, "judging_closes") - epoch(form, "submissions_close"));
        for (String number : List.of("team_min", "team_max", "criterion_weight_1", "criterion_weight_5")) {
            assertEquals("number_input", element(form, number).get("type").getAsString(), number);
            assertFalse(element(form, number).get("is_decimal_allowed").getAsBoolean(), number);
        }
        assertEquals("100", element(form, "criterion_weight_1").get("max_value").getAsString());
        assertEquals("10", element(form, "team_max").get("max_value").getAsString());

        assertAccepted(t.signed.interaction(Payloads.fillIn(TestBot.ADMIN, form, typed())));
        Hackathon h = t.bot.features().hackathons().service().current().orElseThrow();
        assertEquals(opens, h.startOf(Phase.REGISTRATION));
        assertEquals(opens.plus(Duration.ofDays(23)), h.startOf(Phase.FINISHED));
        assertEquals(1, h.minTeamSize());
        assertEquals(4, h.maxTeamSize());
        assertEquals(List.of("Impact 40", "Technical depth 30", "Use of Odigos 30"), t.bot.features().hackathons().judging()
                .criteria(h.id()).stream().map(c -> c.name() + " " + c.weight()).toList());
    }

    @Test
    void eachBadHackathonValueIsRefusedBesideItsOwnFieldAndNothingIsStored() {
        JsonObject form = hackathonForm();
        Map<String, Map<String, String>> bad = new HashMap<>();
        bad.put("team_max", Map.of("team_max", "11"));
        bad.put("team_min", Map.of("team_min", "0"));
        bad.put("criterion_weight_2", Map.of("criterion_weight_2", "0"));
        bad.put("criterion_weight_1", Map.of("criterion_weight_1", "7.5"));
        bad.put("criterion_name_4", Map.of("criterion_weight_4", "10"));
        bad.put("judging_closes", Map.of("judging_closes", Long.toString(epoch(form, "submissions_close") - 60)));
        bad.forEach((field, values) -> {
            Map<String, String> f = typed();
            f.putAll(values);
            assertRefusedUnder(t.signed.interaction(Payloads.submit(TestBot.ADMIN, form, f)), form, field);
        });
        assertTrue(t.bot.features().hackathons().service().current().isEmpty(), "nothing was stored");
    }

    /** A hackathon whose hacking has started, with UANN registered. */
    Hackathon hacking() {
        assertAccepted(t.signed.interaction(Payloads.fillIn(TestBot.ADMIN, hackathonForm(), typed())));
        Hackathon h = t.bot.features().hackathons().service().current().orElseThrow();
        t.clock.advance(Duration.between(t.clock.instant(), h.startOf(Phase.REGISTRATION).plusSeconds(60)));
        t.bot.features().hackathons().service().register(h.id(), "UANN", null, false);
        t.clock.advance(Duration.between(t.clock.instant(), h.startOf(Phase.HACKING).plusSeconds(60)));
        return h;
    }

    JsonObject projectForm(Hackathon h) {
        return open(() -> t.signed.interaction(Payloads.clickInMessage("UANN", "C0GENERAL", "1.0", HackathonViews.SUBMIT,
                Long.toString(h.id()))));
    }

    Map<String, String> project(Hackathon h) {
        Map<String, String> p = new HashMap<>();
        p.put("name", "Span painter");
        p.put("challenge", Long.toString(t.bot.features().hackathons().judging().challenges(h.id()).get(0).id()));
        p.put("repository", "https://github.com/ann/span-painter");
        p.put("description", "Paints spans");
        return p;
    }

    @Test
    void theProjectFormTakesLinksAndAnEditKeepsWhatWasSubmitted() {
        Hackathon h = hacking();
        JsonObject form = projectForm(h);
        assertEquals("url_text_input", element(form, "repository").get("type").getAsString());
        assertEquals("url_text_input", element(form, "demo").get("type").getAsString());
        assertAccepted(t.signed.interaction(Payloads.fillIn("UANN", form, project(h))));

        JsonObject edit = projectForm(h);
        assertAccepted(t.signed.interaction(Payloads.fillIn("UANN", edit, Map.of())));
        Submission saved = t.bot.features().hackathons().judging().submissionOf(h.id(), "UANN").orElseThrow();
        assertEquals("https://github.com/ann/span-painter", saved.repositoryUrl());
        assertEquals("Span painter", saved.name());
    }

    @Test
    void eachBadProjectLinkIsRefusedBesideItsOwnFieldAndNothingIsStored() {
        Hackathon h = hacking();
        JsonObject form = projectForm(h);
        Map<String, String> bad = Map.of(
                "repository", "git@github.com:ann/span-painter.git",
                "demo", "javascript:alert(1)",
                "challenge", "not-a-challenge");
        bad.forEach((field, value) -> {
            Map<String, String> p = project(h);
            p.put(field, value);
            assertRefusedUnder(t.signed.interaction(Payloads.submit("UANN", form, p)), form, field);
        });
        Map<String, String> longLink = project(h);
        longLink.put("repository", "https://github.com/ann/" + "x".repeat(600));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit("UANN", form, longLink)), form, "repository")
                .contains("500 characters"));
        assertTrue(t.bot.features().hackathons().judging().submissions(h.id()).isEmpty(), "nothing was stored");
    }
}
