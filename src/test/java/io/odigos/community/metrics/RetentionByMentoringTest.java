package io.odigos.community.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.odigos.community.core.CommunityFacts;
import io.odigos.community.core.Database;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * New-contributor retention split by mentoring, on a fixture whose groups can be recounted by reading it, as admins
 * and the newsletter show it. The clock stands at Saturday 15 May 2027 12:00 UTC, so the reported cohort is Q4 2026
 * (see {@link MetricsEndToEndTest}); each newcomer's follow-up ends 90 days after their first contribution.
 */
class RetentionByMentoringTest extends BotJourneys {

    static final Instant NOW = Instant.parse("2027-05-15T12:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(10);

    @BeforeEach
    void prepare() {
        t.clock.advance(Duration.between(t.clock.instant(), NOW));
    }

    Database database() {
        return t.bot.platform().database();
    }

    void contribution(String member, String githubLogin, String when) {
        MetricsEndToEndTest.contribution(database(), member, githubLogin, when);
    }

    /** A fact as the mentorship feature records it when a pair starts (or any other fact type). */
    void fact(String type, String member, String when) {
        database().runInTransaction(em -> new CommunityFacts().record(em, type, member, "pair:" + member, "eBPF",
                Instant.parse(when)));
    }

    void mentored(String member, String pairStartedAt) {
        fact(CommunityFacts.MENTORSHIP_MENTEE, member, pairStartedAt);
    }

    /** The fixture; each line says which group the newcomer falls in and whether they were retained. */
    void seed() {
        contribution("UANN", null, "2026-10-10T09:00:00Z");   // mentored (paired before starting), retained
        contribution("UANN", null, "2026-11-20T09:00:00Z");
        mentored("UANN", "2026-10-01T09:00:00Z");
        contribution("UBOB", null, "2026-11-01T09:00:00Z");   // mentored (paired during the follow-up), retained
        contribution("UBOB", null, "2027-01-10T09:00:00Z");   //   70 days later
        mentored("UBOB", "2026-12-15T09:00:00Z");
        contribution("UCAROL", null, "2026-12-01T09:00:00Z"); // mentored: paired a day before her 90 days ended
        mentored("UCAROL", "2027-02-27T09:00:00Z");            //   and never came back: not retained
        contribution("UDAN", null, "2026-10-05T09:00:00Z");   // not mentored: paired after his follow-up closed
        contribution("UDAN", null, "2026-10-20T09:00:00Z");   //   (3 Jan 2027); retained
        mentored("UDAN", "2027-03-01T09:00:00Z");
        contribution("UERIN", null, "2026-12-20T09:00:00Z");  // not mentored (a hackathon is not a mentorship);
        contribution("UERIN", null, "2027-05-01T09:00:00Z");  //   back only after 132 days: not retained
        fact(CommunityFacts.HACKATHON_PARTICIPANT, "UERIN", "2026-12-21T09:00:00Z");
        contribution("UGIL", null, "2026-10-15T09:00:00Z");   // not mentored, not retained
        contribution(null, "Octo-Cat", "2026-11-11T09:00:00Z"); // an unlinked login: not mentored; retained
        contribution(null, "octo-cat", "2026-11-12T09:00:00Z");
        contribution("UFAY", null, "2026-09-15T09:00:00Z");   // started in Q3 2026: not in the cohort at all
        contribution("UFAY", null, "2026-10-15T09:00:00Z");
        mentored("UFAY", "2026-09-01T09:00:00Z");
        // mentored ANN, BOB, CAROL: 2 of 3 retained; not mentored DAN, ERIN, GIL, octo-cat: 2 of 4; all 4 of 7 = 57 %
    }

    MetricValue retention() {
        return t.bot.features().metrics().service().current().stream()
                .filter(m -> m.id().equals(Metric.NEW_CONTRIBUTOR_RETENTION.id())).findFirst().orElseThrow();
    }

    String adminsView() {
        var response = t.signed.slashCommand(TestBot.ADMIN, AdminCommands.COMMAND, "metrics");
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject().get("text").getAsString();
    }

    String newsletterPreview() {
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, AdminCommands.COMMAND, "digest preview newsletter").body()
                .contains("on its way"));
        t.slack.awaitCall("chat.postMessage", c -> TestBot.ADMIN.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains("Preview: Monthly newsletter"), WAIT);
        return t.slack.dmsTo(TestBot.ADMIN).stream().filter(m -> m.text().contains("Preview: Monthly newsletter"))
                .reduce((a, b) -> b).orElseThrow().visibleText();
    }

    @Test
    void mentoredAndNotMentoredNewcomersAreCountedApartAndTheHeadlineStaysTheWholeCohort() {
        seed();
        MetricValue retention = retention();
        assertEquals(100.0 * 4 / 7, retention.value().orElseThrow(), 1e-9);
        assertEquals(List.of(new Reading.Share("mentored", 2, 3), new Reading.Share("not mentored", 2, 4)),
                retention.breakdown());

        String line = "mentored 2 of 3 · 67 %; not mentored 2 of 4 · 50 %";
        String shown = adminsView();
        assertTrue(shown.contains("*New-contributor retention* (first contributions in Q4 2026, followed up for 90 "
                + "days)\n57 % · target 70 · baseline 50 · ▓▓▓▓▓▓▓▓░░ 82 %\n" + line), shown);
        String newsletter = newsletterPreview();
        assertTrue(newsletter.contains("*New-contributor retention*: 57 % (target 70") && newsletter.contains(line),
                newsletter);
    }

    @Test
    void anEmptyGroupSaysSoRatherThanZeroPercent() {
        contribution("UDAN", null, "2026-10-05T09:00:00Z");
        contribution("UDAN", null, "2026-10-20T09:00:00Z");
        contribution("UGIL", null, "2026-10-15T09:00:00Z");
        mentored("UFAY", "2026-10-01T09:00:00Z"); // mentored, but never contributed: in no cohort

        MetricValue retention = retention();
        assertEquals(Optional.of(50.0), retention.value());
        assertEquals(List.of(new Reading.Share("mentored", 0, 0), new Reading.Share("not mentored", 1, 2)),
                retention.breakdown());
        assertEquals(Optional.empty(), retention.breakdown().get(0).percent(), "no share of nobody, not 0 %");
        String shown = adminsView();
        assertTrue(shown.contains("mentored: nobody in this cohort; not mentored 1 of 2 · 50 %"), shown);
        assertTrue(newsletterPreview().contains("mentored: nobody in this cohort; not mentored 1 of 2 · 50 %"));
    }

    @Test
    void withNoCohortThereIsNoBreakdownEither() {
        mentored("UANN", "2026-11-01T09:00:00Z");
        MetricValue retention = retention();
        assertEquals(Optional.of("nobody made a first contribution in Q4 2026"), retention.unavailableReason());
        assertEquals(List.of(), retention.breakdown());
    }
}
