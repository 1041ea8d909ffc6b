package io.odigos.community.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.odigos.community.core.Database;
import io.odigos.community.core.JobScheduler;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.local.UploadedFile;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The six metrics on a fixture whose numbers can be checked by reading it, their daily snapshots and trends, and
 * what admins (and only admins) see through signed requests against the emulator.
 *
 * <p>The domain clock stands at {@link #NOW}, Saturday 15 May 2027 12:00 UTC. So "the last 90 days" is
 * [14 Feb 2027 12:00, NOW), the last 12 months start 15 May 2026 12:00, and the latest quarter whose 90-day
 * follow-up has closed is Q4 2026 (it ended 1 Jan 2027; 1 Jan + 90 days = 1 Apr 2027, before NOW; Q1 2027's
 * follow-up runs until 30 Jun 2027).
 */
class MetricsEndToEndTest extends BotJourneys {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Instant NOW = Instant.parse("2027-05-15T12:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2027-05-15");
    static final String MEMBER = "UMEMBER";


    @BeforeEach
    void prepare() {
        t.slack.addUser(MEMBER, "Mo Member", "Europe/Berlin", false, false);
        t.clock.advance(Duration.between(t.clock.instant(), NOW));
    }

    Database database() {
        return t.bot.platform().database();
    }

    MetricsService metrics() {
        return t.bot.features().metrics().service();
    }

    void contribution(String member, String githubLogin, String when) {
        contribution(database(), member, githubLogin, when);
    }

    /** A row of the ledger as recognition writes it; {@code member} or {@code githubLogin} may be null. */
    static void contribution(Database database, String member, String githubLogin, String when) {
        database.runInTransaction(em -> em.createNativeQuery("insert into contributions (member_id, github_login, "
                        + "kind, title, source, occurred_at) values (?1, ?2, 'FEATURE', 'fixture', 'manual', ?3)")
                .setParameter(1, member).setParameter(2, githubLogin).setParameter(3, Instant.parse(when))
                .executeUpdate());
    }

    /** An event of this kind and status with {@code attendees} check-ins. */
    void event(String kind, String status, String startsAt, int attendees) {
        database().runInTransaction(em -> {
            em.createNativeQuery("insert into community_events (kind, title, starts_at, time_zone, duration_minutes, "
                            + "join_link, status, schedule_version, created_by, created_at) values (?1, 'fixture', ?2, "
                            + "'UTC', 60, 'https://meet.example/x', ?3, 1, 'UADMIN', ?2)")
                    .setParameter(1, kind).setParameter(2, Instant.parse(startsAt)).setParameter(3, status)
                    .executeUpdate();
            long id = ((Number) em.createNativeQuery("select max(id) from community_events").getSingleResult())
                    .longValue();
            for (int i = 0; i < attendees; i++) {
                em.createNativeQuery("insert into event_attendance (event_id, member_id, checked_in_at) "
                                + "values (?1, ?2, ?3)")
                        .setParameter(1, id).setParameter(2, "UATT" + i).setParameter(3, Instant.parse(startsAt))
                        .executeUpdate();
            }
        });
    }

    /** A feature request in this status; {@code shippedAt} null when not shipped. */
    void feedbackItem(String status, String shippedAt, boolean communityVoted) {
        Instant shipped = shippedAt == null ? null : Instant.parse(shippedAt);
        Instant changed = shipped == null ? Instant.parse("2026-01-01T00:00:00Z") : shipped;
        database().runInTransaction(em -> em.createNativeQuery("insert into feedback_items (kind, title, author_id, "
                        + "source, status, vote_count, hidden, post_dirty, post_version, created_at, status_changed_at, "
                        + "shipped_at, community_voted) values ('FEATURE', 'fixture', 'UANN', 'slack', ?1, 12, false, "
                        + "false, 0, ?2, ?2, ?3, ?4)")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, status).setParameter(2, changed).setParameter(3, shipped, Instant.class)
                .setParameter(4, communityVoted).executeUpdate());
    }

    /** The fixture; each line says why it counts or not. */
    void seed() {
        // Active contributors in [14 Feb 2027 12:00, NOW): ANN, BOB, ERIN and the unlinked login octo-cat = 4.
        contribution("UANN", null, "2026-10-10T09:00:00Z");     // ANN's first: Q4 2026 cohort
        contribution("UANN", null, "2026-11-20T09:00:00Z");     //   again 41 days later: retained
        contribution("UANN", null, "2027-03-01T09:00:00Z");     //   active (twice in the window, counted once)
        contribution("UANN", null, "2027-04-01T09:00:00Z");
        contribution("UCAROL", null, "2026-11-01T09:00:00Z");   // CAROL's first: Q4 2026 cohort
        contribution("UCAROL", null, "2027-01-10T09:00:00Z");   //   again 70 days later: retained; not active
        contribution("UERIN", null, "2026-12-01T09:00:00Z");    // ERIN's first: Q4 2026 cohort
        contribution("UERIN", null, "2027-04-01T09:00:00Z");    //   again after 121 days: not retained; active
        contribution("UFAY", null, "2026-12-20T09:00:00Z");     // FAY's first: Q4 2026 cohort, two at the same
        contribution("UFAY", null, "2026-12-20T09:00:00Z");     //   moment and nothing later: not retained
        contribution("UGIL", null, "2026-09-15T09:00:00Z");     // GIL started in Q3 2026: not in the cohort
        contribution("UGIL", null, "2026-10-05T09:00:00Z");
        contribution("UBOB", null, "2027-05-14T09:00:00Z");     // BOB: active, first in Q2 2027
        contribution("UDAN", null, "2027-02-13T09:00:00Z");     // DAN: a day before the window
        contribution(null, "Octo-Cat", "2027-04-10T09:00:00Z"); // unlinked login, any case: one contributor
        contribution(null, "octo-cat", "2027-04-20T09:00:00Z");
        // Retention for Q4 2026: cohort ANN, CAROL, ERIN, FAY = 4; retained ANN, CAROL = 2; 50 %.

        // Events held in the last 90 days: the calls of 10 Mar, 14 Apr, 12 May and the webinar = 4.
        event("COMMUNITY_CALL", "SCHEDULED", "2027-03-10T16:00:00Z", 3);
        event("COMMUNITY_CALL", "SCHEDULED", "2027-04-14T16:00:00Z", 0);
        event("COMMUNITY_CALL", "SCHEDULED", "2027-05-12T16:00:00Z", 6);
        event("WEBINAR", "SCHEDULED", "2027-04-20T16:00:00Z", 10);     // an event, not a call
        event("WORKSHOP", "CANCELLED", "2027-03-20T16:00:00Z", 0);     // cancelled: not held
        event("COMMUNITY_CALL", "SCHEDULED", "2027-01-20T16:00:00Z", 50); // before the window
        event("COMMUNITY_CALL", "SCHEDULED", "2027-05-20T16:00:00Z", 0);  // still to come
        // Call attendance: (3 + 0 + 6) / 3 calls = 3.0 per call.

        // Community-voted features shipped since 15 May 2026 12:00: 1 Jun 2026 and 1 Mar 2027 = 2.
        feedbackItem("SHIPPED", "2026-06-01T10:00:00Z", true);
        feedbackItem("SHIPPED", "2027-03-01T10:00:00Z", true);
        feedbackItem("SHIPPED", "2027-04-01T10:00:00Z", false); // shipped without enough votes
        feedbackItem("SHIPPED", "2026-05-01T10:00:00Z", true);  // more than 12 months ago
        feedbackItem("PLANNED", null, false);
    }

    Map<String, MetricValue> byId(List<MetricValue> values) {
        return values.stream().collect(Collectors.toMap(MetricValue::id, Function.identity()));
    }

    void snapshot(String metricId, String day, double reading) {
        database().runInTransaction(em -> em.createNativeQuery("insert into metric_snapshots (metric_id, taken_on, "
                        + "reading, taken_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, metricId).setParameter(2, LocalDate.parse(day)).setParameter(3, reading)
                .setParameter(4, NOW).executeUpdate());
    }

    long snapshotRows(String condition) {
        return database().inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from metric_snapshots where " + condition).getSingleResult()).longValue());
    }

    @Test
    void eachMetricOnTheFixture() {
        seed();
        Map<String, MetricValue> m = byId(metrics().current());
        assertEquals(List.of("active-contributors", "events-held", "new-contributor-retention",
                        "community-call-attendance", "tutorials-published", "voted-features-shipped"),
                metrics().current().stream().map(MetricValue::id).toList(), "six metrics in a stable order");

        MetricValue active = m.get("active-contributors");
        assertEquals(Optional.of(4.0), active.value());
        assertEquals(25, active.baseline(), "default baseline");
        assertEquals(35, active.target(), 1e-9, "+40 % over the baseline");
        assertEquals(4 / 35.0, active.progress().orElseThrow(), 1e-9);

        assertEquals(Optional.of(4.0), m.get("events-held").value());
        assertEquals(3, m.get("events-held").target());

        MetricValue retention = m.get("new-contributor-retention");
        assertEquals(Optional.of(50.0), retention.value());
        assertTrue(retention.window().contains("Q4 2026"), retention.window());

        MetricValue calls = m.get("community-call-attendance");
        assertEquals(3.0, calls.value().orElseThrow(), 1e-9);
        assertEquals(15, calls.target(), 1e-9, "+50 % over the baseline of 10");

        MetricValue tutorials = m.get("tutorials-published");
        assertEquals(Optional.of(0.0), tutorials.value(), "the knowledge base has no published tutorial yet");
        assertEquals(Optional.empty(), tutorials.unavailableReason());
        assertEquals(Optional.of(0.0), tutorials.progress());

        MetricValue shipped = m.get("voted-features-shipped");
        assertEquals(Optional.of(2.0), shipped.value());
        assertEquals(0.4, shipped.progress().orElseThrow(), 1e-9);
        assertTrue(m.values().stream().allMatch(v -> v.trend().isEmpty()), "no snapshots yet, so no trend");
    }

    @Test
    void emptyLedgerAndCalendarSayWhyRatherThanShowingZeroPercent() throws Exception {
        Map<String, MetricValue> m = byId(metrics().current());
        metrics().snapshot();
        assertEquals(1, snapshotRows("metric_id = 'new-contributor-retention' and reading is null"),
                "an unavailable metric is recorded as no reading");
        assertEquals(Optional.of(0.0), m.get("active-contributors").value());
        assertEquals(Optional.of("nobody made a first contribution in Q4 2026"),
                m.get("new-contributor-retention").unavailableReason());
        assertEquals(Optional.of("no community call was held in the last 90 days"),
                m.get("community-call-attendance").unavailableReason());
    }

    @Test
    void trendComparesWithTheSnapshotAboutThirtyDaysEarlierOrTheEarliestThereIs() {
        seed();
        snapshot("active-contributors", "2027-04-01", 9);  // older than the one 30 days back: not used
        snapshot("active-contributors", "2027-04-10", 1);  // latest on or before 15 Apr (30 days back)
        snapshot("active-contributors", "2027-04-20", 7);  // too recent to compare with
        snapshot("events-held", "2027-05-10", 5);          // history shorter than 30 days: the earliest
        Map<String, MetricValue> m = byId(metrics().current());
        assertEquals(new MetricValue.Trend(LocalDate.parse("2027-04-10"), 3), m.get("active-contributors").trend()
                .orElseThrow());
        assertEquals(new MetricValue.Trend(LocalDate.parse("2027-05-10"), -1), m.get("events-held").trend()
                .orElseThrow());
        assertEquals(Optional.empty(), m.get("voted-features-shipped").trend());
    }

    @Test
    void theDailySnapshotIsOneRowPerMetricPerDayHoweverOftenItRuns() throws Exception {
        seed();
        metrics().snapshot();
        metrics().snapshot();
        assertEquals(6, snapshotRows("taken_on = DATE '2027-05-15'"));
        assertEquals(1, snapshotRows("metric_id = 'tutorials-published' and reading = 0"));

        contribution("UHAL", null, "2027-05-15T08:00:00Z");
        // the Quartz job itself, as the daily trigger runs it
        t.bot.scheduler().quartz().triggerJob(MetricsFeature.SNAPSHOT_JOB);
        Eventually.holds("the job's run replaced the day's reading", WAIT, () ->
                snapshotRows("metric_id = 'active-contributors' and reading = 5") == 1);
        assertEquals(6, snapshotRows("taken_on = DATE '2027-05-15'"), "still one row per metric for the day");

        t.clock.advance(Duration.ofDays(1));
        metrics().snapshot();
        assertEquals(12, snapshotRows("1 = 1"), "the next day adds its own six");
    }

    @Test
    void theDailyTriggerIsStoredOnceAndSurvivesARestart() throws Exception {
        var quartz = t.bot.scheduler().quartz();
        var trigger = quartz.getTrigger(JobScheduler.dailyTrigger(MetricsFeature.SNAPSHOT_JOB));
        assertTrue(quartz.getJobDetail(MetricsFeature.SNAPSHOT_JOB).isDurable());
        var next = trigger.getNextFireTime().toInstant().atZone(java.time.ZoneOffset.UTC);
        assertEquals(0, next.getHour());
        assertEquals(30, next.getMinute());

        String url = t.databaseUrl;
        t.close();
        t = TestBot.start(url, Map.of());
        var after = t.bot.scheduler().quartz().getTrigger(JobScheduler.dailyTrigger(MetricsFeature.SNAPSHOT_JOB));
        assertEquals(trigger.getStartTime(), after.getStartTime(), "the stored trigger is kept, not re-created");
        assertEquals(MetricsFeature.SNAPSHOT_JOB, after.getJobKey());
    }

    String answer(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject().get("text").getAsString();
    }

    @Test
    void adminsSeeTheMetricsByCommandAndOthersAreRefused() {
        seed();
        snapshot("active-contributors", "2027-04-10", 1);
        String refused = answer(t.signed.slashCommand(MEMBER, AdminCommands.COMMAND, "metrics"));
        assertTrue(refused.contains("Only community admins"), refused);
        assertFalse(refused.contains("Active contributors"), refused);

        String shown = answer(t.signed.slashCommand(TestBot.ADMIN, AdminCommands.COMMAND, "metrics"));
        assertTrue(shown.contains("*Active contributors* (last 90 days)\n4 contributors · target 35 · baseline 25 · "
                + "▓░░░░░░░░░ 11 % · ▲ +3 since 2027-04-10"), shown);
        assertTrue(shown.contains("*New-contributor retention* (first contributions in Q4 2026, followed up for 90 "
                + "days)\n50 % · target 70"), shown);
        assertTrue(shown.contains("3.0 attendees per call · target 15.0 · baseline 10.0 · ▓▓░░░░░░░░ 20 %"), shown);
        assertTrue(shown.contains("*Community tutorials published* (last 6 months)\n0 tutorials · target 20"), shown);
        assertTrue(shown.contains("2 features · target 5 · baseline 0 · ▓▓▓▓░░░░░░ 40 %"), shown);
        assertTrue(shown.contains("4 events · target 3 · baseline 1 · ▓▓▓▓▓▓▓▓▓▓ 133 %"), shown);
    }

    @Test
    void theHomeTabShowsTheMetricsToAdminsOnly() {
        seed();
        t.signed.event(Payloads.appHomeOpened(TestBot.ADMIN));
        t.signed.event(Payloads.appHomeOpened(MEMBER));
        Eventually.holds("both Home tabs published", WAIT,
                () -> t.slack.homeOf(TestBot.ADMIN) != null && t.slack.homeOf(MEMBER) != null);
        String admin = t.slack.homeOf(TestBot.ADMIN).toString();
        assertTrue(admin.contains("Programme metrics") && admin.contains("▓▓▓▓░░░░░░ 40 %")
                && admin.contains("Community tutorials published"), admin);
        String member = t.slack.homeOf(MEMBER).toString();
        assertFalse(member.contains("Programme metrics") || member.contains("Active contributors"), member);
    }

    @Test
    void theChartOfTheTrendsArrivesInTheAdminsDmAsAPng() {
        String none = answer(t.signed.slashCommand(TestBot.ADMIN, AdminCommands.COMMAND, "metrics chart"));
        assertTrue(none.contains("no snapshots to chart yet"), none);

        seed();
        snapshot("active-contributors", "2027-04-10", 1);
        snapshot("events-held", "2027-04-10", 2);
        metrics().snapshot();
        String coming = answer(t.signed.slashCommand(TestBot.ADMIN, AdminCommands.COMMAND, "metrics chart"));
        assertTrue(coming.contains("arrives in your DM as a PNG"), coming);
        t.slack.awaitCall("files.completeUploadExternal", WAIT);
        UploadedFile chart = t.slack.uploadedFiles().get(0);
        assertEquals(SlackEmulator.dmChannelId(TestBot.ADMIN), chart.channel());
        assertTrue(chart.title().contains("2027-05-15"), chart.title());
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        assertArrayEquals(signature, Arrays.copyOf(chart.bytes(), 8));
        assertTrue(chart.bytes().length > 5_000, "a drawn chart, not an empty image");
    }
}
