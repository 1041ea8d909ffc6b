package io.odigos.community.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.core.AuditEntry;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.local.UploadedFile;
import io.odigos.community.slack.DmFiles;
import io.odigos.community.slack.ReportButton;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The admin console and members' reports, driven by signed requests against the emulator. */
class ModerationEndToEndTest extends BotJourneys {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String ADMIN = TestBot.ADMIN;
    static final String ALICE = "UALICE";
    static final String BOB = "UBOB";
    static final String CAROL = "UCAROL";


    // ---- helpers ----

    /** What the admin reads in answer to the command line (empty when a modal opened instead). */
    String admin(String user, String text) {
        HttpResponse<String> r = t.signed.slashCommand(user, "/community-admin", text);
        assertEquals(200, r.statusCode(), r.body());
        return r.body().isEmpty() ? "" : JsonParser.parseString(r.body()).getAsJsonObject().get("text").getAsString();
    }

    JsonObject openFeedbackModal(String user) {
        t.slack.clear();
        t.signed.slashCommand(user, "/feedback", "");
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    HttpResponse<String> submitFeedback(String user, String title) {
        return t.signed.interaction(Payloads.submit(user, openFeedbackModal(user),
                Map.of("title", title, "problem", "It hurts every day.")));
    }

    EmulatedMessage postFor(String user, String title) {
        HttpResponse<String> r = submitFeedback(user, title);
        assertFalse(r.body().contains("errors"), r.body());
        t.slack.awaitCall("chat.postMessage", c -> post(title) != null, WAIT);
        return post(title);
    }

    EmulatedMessage post(String containing) {
        return t.slack.messages(TestBot.CHANNEL).stream().filter(m -> m.visibleText().contains(containing))
                .findFirst().orElse(null);
    }

    static String itemId(EmulatedMessage post) {
        String text = post.visibleText();
        return text.substring(text.indexOf('#') + 1).split("\\D", 2)[0];
    }

    /** Clicks Report on the post; answers the modal the bot opened, or null when it answered otherwise. */
    JsonObject clickReport(String user, EmulatedMessage post) {
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage(user, post.channel(), post.ts(), ReportButton.ACTION,
                "feedback:" + itemId(post)));
        return t.slack.calls("views.open").isEmpty() ? null : t.slack.lastOpenedView();
    }

    void report(String user, EmulatedMessage post, String reason, String note) {
        JsonObject modal = clickReport(user, post);
        assertTrue(modal != null, "the report form opens");
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("reason", reason);
        if (note != null) {
            typed.put("note", note);
        }
        HttpResponse<String> r = t.signed.interaction(Payloads.submit(user, modal, typed));
        assertFalse(r.body().contains("errors"), r.body());
    }

    String awaitEphemeral(String user, String containing) {
        Eventually.holds("an ephemeral to " + user + " saying " + containing, WAIT, () -> t.slack.ephemeralsTo(user)
                .stream().anyMatch(m -> m.visibleText().contains(containing)));
        return containing;
    }

    JsonObject openQueue() {
        t.slack.clear();
        assertEquals("", admin(ADMIN, "queue"));
        t.slack.awaitCall("views.open", WAIT);
        JsonObject view = t.slack.lastOpenedView();
        assertEquals(ModerationViews.QUEUE_CALLBACK, view.get("callback_id").getAsString());
        return view;
    }

    List<String> auditActions() {
        return t.bot.platform().database().inTransaction(em -> em.createQuery(
                "select a.action from AuditEntry a order by a.id", String.class).getResultList());
    }

    long count(String entity) {
        return t.bot.platform().database().inTransaction(em -> em.createQuery(
                "select count(x) from " + entity + " x", Long.class).getSingleResult());
    }

    // ---- help ----

    @Test
    void helpListsEverySubcommandGroupedByAreaWithUsage() {
        for (String asked : List.of("help", "")) {
            String help = admin(ADMIN, asked);
            assertTrue(help.indexOf("*Feedback*") < help.indexOf("*Moderation*")
                    && help.indexOf("*Moderation*") < help.indexOf("*Audit and export*"), help);
            for (String usage : List.of("queue", "ban @member <reason>", "unban @member", "bans", AuditQuery.USAGE,
                    Exports.USAGE, "hide <id>")) {
                assertTrue(help.contains("`/community-admin " + usage + "`"), usage + " missing from " + help);
            }
        }
        assertTrue(admin(ADMIN, "frobnicate").startsWith("I do not know `frobnicate`"));
    }

    // ---- reports ----

    @Test
    void membersReportAPostOnceAndAdminsSeeItInTheQueueWithReporters() {
        EmulatedMessage post = postFor(ALICE, "Support Ruby auto-instrumentation");
        assertTrue(post.blocks().toString().contains(ReportButton.ACTION), "the post carries a Report button");

        JsonObject modal = clickReport(BOB, post);
        assertEquals(ModerationViews.REPORT_CALLBACK, modal.get("callback_id").getAsString());
        assertTrue(modal.toString().contains("Support Ruby auto-instrumentation"), modal.toString());
        HttpResponse<String> empty = t.signed.interaction(Payloads.submit(BOB, modal, Map.of()));
        assertTrue(JsonParser.parseString(empty.body()).getAsJsonObject().getAsJsonObject("errors").has("reason"),
                empty.body());
        HttpResponse<String> tooLong = t.signed.interaction(Payloads.submit(BOB, modal,
                Map.of("reason", "SPAM", "note", "x".repeat(501))));
        assertTrue(tooLong.body().contains("under 500"), tooLong.body());
        assertEquals(0, count("Report"), "a refused form stores nothing");

        HttpResponse<String> sent = t.signed.interaction(Payloads.submit(BOB, modal,
                Map.of("reason", "SPAM", "note", "Links to a <casino>")));
        assertFalse(sent.body().contains("errors"), sent.body());
        awaitEphemeral(BOB, "Thank you for the report");
        report(BOB, post, "ABUSIVE", null);
        awaitEphemeral(BOB, "already reported");
        report(CAROL, post, "ABUSIVE", null);
        assertEquals(2, count("Report"), "the same member reporting twice changes nothing");
        t.signed.interaction(Payloads.clickInMessage(BOB, post.channel(), post.ts(), ReportButton.ACTION, "feedback:999"));
        awaitEphemeral(BOB, "no longer exists");
        t.signed.interaction(Payloads.clickInMessage(BOB, post.channel(), post.ts(), ReportButton.ACTION, "poll:1"));
        awaitEphemeral(BOB, "cannot be reported");

        assertTrue(admin(BOB, "queue").contains("Only community admins"));
        String queue = openQueue().toString();
        assertTrue(queue.contains("Support Ruby auto-instrumentation") && queue.contains("2 reports"), queue);
        assertTrue(queue.contains("Spam") && queue.contains("Abusive") && queue.contains("<@UBOB>")
                && queue.contains("<@UCAROL>") && queue.contains("&lt;casino&gt;"), queue);
        assertTrue(queue.contains("https://slack.com/archives/" + post.channel() + "/p"), "links to the post: " + queue);
        assertTrue(queue.contains("Nothing waits for approval"), queue);
        assertTrue(t.slack.messages(TestBot.CHANNEL).stream().noneMatch(m -> m.visibleText().contains("UBOB")),
                "reporters are never shown in the channel");
    }

    @Test
    void queueHidesAPostThroughFeedbackOrDismissesReportsAndAuditsBoth() {
        EmulatedMessage spam = postFor(ALICE, "Cheap watches here");
        EmulatedMessage fine = postFor(CAROL, "Support .NET 8");
        report(BOB, spam, "SPAM", null);
        report(BOB, fine, "OFF_TOPIC", null);
        JsonObject queue = openQueue();

        t.signed.interaction(Payloads.clickInView(ADMIN, queue, ModerationViews.HIDE, "feedback:" + itemId(spam)));
        Eventually.holds("the queue shows the outcome", WAIT, () -> t.slack.view(queue.get("id").getAsString())
                .toString().contains("Hidden; its reports are closed"));
        String after = t.slack.view(queue.get("id").getAsString()).toString();
        assertFalse(after.contains("Cheap watches"), after);
        assertTrue(after.contains("Support .NET 8"), after);
        Eventually.holds("the channel post is replaced", WAIT, () -> t.slack.message(spam.channel(), spam.ts())
                .visibleText().contains("removed by a moderator"));
        assertTrue(t.bot.features().feedback().service().find(Long.parseLong(itemId(spam))).orElseThrow().hidden());

        t.signed.interaction(Payloads.clickInView(ADMIN, t.slack.view(queue.get("id").getAsString()),
                ModerationViews.DISMISS, "feedback:" + itemId(fine)));
        Eventually.holds("the queue is empty", WAIT, () -> t.slack.view(queue.get("id").getAsString())
                .toString().contains("No open reports"));
        assertFalse(t.bot.features().feedback().service().find(Long.parseLong(itemId(fine))).orElseThrow().hidden(),
                "dismissing leaves the post alone");
        assertEquals(List.of("feedback.hide", "moderation.hide", "moderation.dismiss"), auditActions());

        t.signed.interaction(Payloads.clickInView(BOB, t.slack.view(queue.get("id").getAsString()),
                ModerationViews.DISMISS, "feedback:" + itemId(fine)));
        assertEquals(3, auditActions().size(), "a forged click by a member changes nothing");

        assertNull(clickReport(CAROL, spam), "a hidden post takes no more reports");
        awaitEphemeral(CAROL, "already removed that post");
    }

    @Test
    void aPostHiddenWhileReportedCanBeRestoredFromTheQueue() {
        EmulatedMessage post = postFor(ALICE, "Support Crystal");
        report(BOB, post, "OTHER", "Not sure this belongs here");
        admin(ADMIN, "hide " + itemId(post));
        JsonObject queue = openQueue();
        assertTrue(queue.toString().contains("(hidden)") && queue.toString().contains(ModerationViews.RESTORE),
                queue.toString());

        t.signed.interaction(Payloads.clickInView(ADMIN, queue, ModerationViews.RESTORE, "feedback:" + itemId(post)));
        Eventually.holds("the queue offers Hide again", WAIT, () -> t.slack.view(queue.get("id").getAsString())
                .toString().contains(ModerationViews.HIDE));
        assertFalse(t.bot.features().feedback().service().find(Long.parseLong(itemId(post))).orElseThrow().hidden());
        assertEquals(List.of("feedback.hide", "feedback.restore"), auditActions());
    }

    @Test
    void nonAdminsAreRefusedEveryAdminSubcommandAndNothingChanges() {
        EmulatedMessage post = postFor(ALICE, "Dark mode");
        report(BOB, post, "SPAM", null);
        admin(ADMIN, "ban <@UCAROL|carol> trolling");
        List<String> before = auditActions();
        t.slack.clear();
        for (String sub : List.of("queue", "ban <@UBOB|bob> spite", "unban <@UCAROL|carol>", "bans", "audit",
                "audit moderation since 2026-01-01", "export csv", "export json feedback_items", "hide " + itemId(post),
                "help")) {
            assertTrue(admin(BOB, sub).contains("Only community admins"), sub);
        }
        assertEquals(before, auditActions());
        assertEquals(1, count("Ban"));
        assertTrue(t.slack.calls("views.open").isEmpty());
        assertTrue(t.slack.uploadedFiles().isEmpty());
    }

    // ---- bans ----

    @Test
    void aBanBlocksFeedbackAndReportsUntilLiftedAndIsAudited() throws Exception {
        EmulatedMessage post = postFor(CAROL, "Support Erlang");
        JsonObject openBeforeTheBan = openFeedbackModal(ALICE);
        assertTrue(admin(ADMIN, "ban <@UALICE|alice>").contains("Say why"));
        assertTrue(admin(ADMIN, "ban someone spam").contains("@-mention"));
        assertTrue(admin(ADMIN, "ban <@UADMIN|ada> oops").contains("admins cannot be banned"));
        assertTrue(admin(ADMIN, "ban <@UALICE|alice> posts casino links").contains("<@UALICE> is banned"));
        assertTrue(admin(ADMIN, "ban <@UALICE|alice> again").contains("already banned"));
        String bans = admin(ADMIN, "bans");
        assertTrue(bans.contains("<@UALICE>") && bans.contains("posts casino links"), bans);

        HttpResponse<String> refused = t.signed.interaction(Payloads.submit(ALICE, openBeforeTheBan,
                Map.of("title", "Buy now", "problem", "Cheap.")));
        assertTrue(JsonParser.parseString(refused.body()).getAsJsonObject().getAsJsonObject("errors").get("title")
                .getAsString().contains("stopped you from submitting"), refused.body());
        t.slack.clear();
        HttpResponse<String> command = t.signed.slashCommand(ALICE, "/feedback", "");
        assertTrue(command.body().contains("stopped you from submitting"), command.body());
        assertTrue(t.slack.calls("views.open").isEmpty(), "a banned member gets no form to fill in for nothing");
        HttpResponse<String> api = postApi(ALICE, "Buy now via the API");
        assertEquals(403, api.statusCode());
        assertTrue(JsonParser.parseString(api.body()).getAsJsonObject().get("error").getAsString()
                .contains("stopped you from submitting"), api.body());
        assertNull(clickReport(ALICE, post), "a banned member gets no report form");
        awaitEphemeral(ALICE, "stopped you from submitting");
        assertTrue(t.bot.features().feedback().service().find(Long.parseLong(itemId(post)) + 1).isEmpty(), "nothing stored");

        assertTrue(admin(ADMIN, "unban <@UALICE|alice>").contains("may submit again"));
        assertTrue(admin(ADMIN, "unban <@UALICE|alice>").contains("is not banned"));
        assertEquals("Nobody is banned.", admin(ADMIN, "bans"));
        postFor(ALICE, "Support Elixir");
        assertEquals(201, postApi(ALICE, "Support Gleam").statusCode());
        assertEquals(List.of("moderation.ban", "moderation.unban"), auditActions());
    }

    HttpResponse<String> postApi(String author, String title) throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.addProperty("kind", "feature");
        body.addProperty("title", title);
        body.addProperty("problem", "Please.");
        body.addProperty("slack_user_id", author);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + t.bot.port() + "/api/feedback"))
                .header("Authorization", "Bearer " + TestBot.API_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- audit ----

    @Test
    void auditFiltersByMemberActionAndDatesAndExplainsBadInput() {
        LocalDate first = LocalDate.ofInstant(t.clock.instant(), ZoneOffset.UTC);
        admin(ADMIN, "ban <@UALICE|alice> spam");
        EmulatedMessage post = postFor(CAROL, "Support Zig");
        admin(ADMIN, "hide " + itemId(post));
        t.clock.advance(Duration.ofDays(3));
        admin(ADMIN, "unban <@UALICE|alice>");

        String all = admin(ADMIN, "audit");
        assertTrue(all.indexOf("moderation.unban") < all.indexOf("feedback.hide")
                && all.indexOf("feedback.hide") < all.indexOf("moderation.ban"), "newest first: " + all);
        String feedback = admin(ADMIN, "audit feedback");
        assertTrue(feedback.contains("feedback.hide") && !feedback.contains("moderation."), feedback);
        String alice = admin(ADMIN, "audit <@UALICE|alice>");
        assertTrue(alice.contains("moderation.ban") && alice.contains("moderation.unban")
                && !alice.contains("feedback.hide"), alice);
        String later = admin(ADMIN, "audit since " + first.plusDays(1));
        assertTrue(later.contains("moderation.unban") && !later.contains("moderation.ban`"), later);
        String earlier = admin(ADMIN, "audit moderation until " + first);
        assertTrue(earlier.contains("moderation.ban") && !earlier.contains("unban") && !earlier.contains("feedback"),
                earlier);
        assertTrue(admin(ADMIN, "audit since 2099-01-01").startsWith("No audit entries since 2099-01-01"));
        assertTrue(admin(ADMIN, "audit since 2026-13-45").contains("`2026-13-45` is not a date"));
        assertTrue(admin(ADMIN, "audit feedback moderation").contains("I do not understand the filter `moderation`"));
        assertTrue(admin(ADMIN, "audit since 2026-02-01 until 2026-01-01").contains("is after"));
    }

    // ---- export ----

    @Test
    void exportsEveryTableAsAZipOfCsvFilesAndOneTableAsJson() throws Exception {
        postFor(ALICE, "Support \"Ruby\", please");
        assertTrue(admin(ADMIN, "export xml").contains("Say which format"));
        assertTrue(admin(ADMIN, "export csv qrtz_triggers").contains("There is no table `qrtz_triggers`"));

        assertTrue(admin(ADMIN, "export csv").contains("Exporting all"));
        Eventually.holds("the zip arrives", WAIT, () -> t.slack.uploadedFiles().size() == 1);
        UploadedFile zip = t.slack.uploadedFiles().get(0);
        assertEquals(io.odigos.community.local.SlackEmulator.dmChannelId(ADMIN), zip.channel());
        Map<String, String> files = unzip(zip.bytes());
        assertTrue(files.keySet().containsAll(List.of("audit_log.csv", "feedback_items.csv", "feedback_votes.csv",
                "members.csv", "moderation_reports.csv", "member_bans.csv")), files.keySet().toString());
        assertTrue(files.keySet().stream().noneMatch(f -> f.startsWith("qrtz_") || f.startsWith("flyway")
                || f.startsWith("slack_outbox")), files.keySet().toString());
        String[] lines = files.get("feedback_items.csv").split("\r\n");
        assertTrue(lines[0].startsWith("id,") && lines[0].contains(",title,") && lines[0].contains("created_at"), lines[0]);
        assertEquals(2, lines.length, "header and one row");
        assertTrue(lines[1].contains(",\"Support \"\"Ruby\"\", please\","), lines[1]);
        assertTrue(lines[1].matches(".*,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z,.*"), "ISO-8601 UTC: " + lines[1]);

        assertTrue(admin(ADMIN, "export json feedback_items").contains("`feedback_items`"));
        Eventually.holds("the JSON arrives", WAIT, () -> t.slack.uploadedFiles().size() == 2);
        JsonArray rows = JsonParser.parseString(new String(t.slack.uploadedFiles().get(1).bytes(),
                StandardCharsets.UTF_8)).getAsJsonArray();
        assertEquals(1, rows.size());
        JsonObject row = rows.get(0).getAsJsonObject();
        assertEquals("Support \"Ruby\", please", row.get("title").getAsString());
        assertEquals(0, row.get("vote_count").getAsInt());
        assertFalse(row.get("hidden").getAsBoolean());
        assertTrue(row.get("created_at").getAsString().endsWith("Z"), row.toString());
        assertEquals(List.of("moderation.export", "moderation.export"), auditActions());
    }

    @Test
    void aLargeExportTellsTheAdminHowFarItGot() {
        for (int i = 0; i < 5; i++) {
            postFor(ALICE, "Request number " + i);
        }
        var p = t.bot.platform();
        Exports everyTwoRows = new Exports(p.adminWrites(), p.database(), p.outbox(), p.tasks(),
                new DmFiles(p.poster()), p.clock(), 2);
        everyTwoRows.start(ADMIN, "csv feedback_items");
        Eventually.holds("the file arrives", WAIT, () -> t.slack.uploadedFiles().size() == 1);
        Eventually.holds("two progress messages", WAIT, () -> t.slack.dmsTo(ADMIN).stream()
                .filter(m -> m.visibleText().contains("Export in progress")).count() == 2);
        assertTrue(t.slack.dmsTo(ADMIN).stream().anyMatch(m -> m.visibleText()
                .contains("exported 0 of 1 table, 4 rows so far")), t.slack.dmsTo(ADMIN).toString());
        assertTrue(t.slack.uploadedFiles().get(0).initialComment().contains("1 table, 5 rows"));
    }

    static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
