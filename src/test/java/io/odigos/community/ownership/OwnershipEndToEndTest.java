package io.odigos.community.ownership;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.feedback.ItemLeads;
import io.odigos.community.local.EmulatorCall;
import io.odigos.community.recognition.Badge;
import io.odigos.community.recognition.ContributionKind;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import io.odigos.community.testing.ViewJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feature ownership through signed requests: a claim from *Lead this* or /own, the admins' decision (first wins, stale
 * and non-admin clicks answered), the owner on /roadmap, the item's post and the public page, check-ins, the silent
 * release once across two sweeps and a restart, the credit and badge when the item ships, and every refusal.
 */
class OwnershipEndToEndTest extends BotJourneys {

    static final String ANA = "UANAOWN";   // would-be owners
    static final String CY = "UCYOWNR";
    static final String VAL = "UVALAUT";   // the items' author
    static final String BOB = "UBOBVOT";   // a voter
    static final String PUBLIC_URL = "https://community.example.org";

    final HttpClient http = HttpClient.newHttpClient();

    protected String database() throws Exception {
        return "jdbc:h2:mem:ownership-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    protected Map<String, String> settings() {
        return Map.of("PUBLIC_URL", PUBLIC_URL);
    }

    @Override
    protected TestBot startBot() throws Exception {
        return TestBot.start(database(), settings());
    }

    @BeforeEach
    void people() {
        t.slack.addUser(ANA, "Ana Owner", "Europe/Berlin", false, false);
        t.slack.addUser(CY, "Cy Second", "Europe/Lisbon", false, false);
        t.slack.addUser(VAL, "Val Author", "UTC", false, false);
        t.slack.addUser(BOB, "Bob Voter", "UTC", false, false);
    }

    void restart() throws Exception {
        String url = t.databaseUrl;
        var now = t.clock.instant();
        t.close();
        t = TestBot.start(url, settings(), now);
        people();
    }

    // ---- steps ----

    /** A request by Val with Bob's vote, moved by the admin's command to the status. */
    long item(String title, String status) {
        long id = t.bot.features().feedback().service().submit(new FeedbackSubmission(FeedbackKind.FEATURE, Map.of(
                FeedbackField.TITLE, title, FeedbackField.PROBLEM, "The problem of " + title)), VAL,
                FeedbackSource.SLASH_COMMAND, null).id();
        t.bot.features().feedback().service().vote(id, BOB);
        assertTrue(admin(TestBot.ADMIN, "status " + id + " " + status).contains("is now"));
        return id;
    }

    String admin(String user, String line) {
        return text(t.signed.slashCommand(user, "/community-admin", line));
    }

    String own(String user, String text) {
        return text(t.signed.slashCommand(user, "/own", text));
    }

    static String text(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject().get("text").getAsString();
    }

    void click(String user, String action, long value) {
        assertEquals(200, t.signed.interaction(Payloads.clickInMessage(user, user, "1.0", action,
                Long.toString(value))).statusCode());
    }

    JsonObject openForm(String user, String action, long value) {
        t.slack.clear();
        click(user, action, value);
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    Claims claims() {
        return t.bot.features().ownership().claims();
    }

    long claimOf(String member) {
        List<Claim> mine = claims().mine(member);
        assertEquals(1, mine.size(), mine.toString());
        return mine.get(0).id();
    }

    Claim stored(long claimId) {
        return claims().find(claimId);
    }

    long approved(String member, long itemId) {
        assertTrue(own(member, Long.toString(itemId)).contains("waits for an admin"));
        long claim = claimOf(member);
        click(TestBot.ADMIN, OwnershipViews.APPROVE, claim);
        awaitDm(member, "You lead #" + itemId);
        return claim;
    }

    long dmsTo(String member, String containing) {
        return t.slack.calls("chat.postMessage").stream().filter(c -> member.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains(containing)).count();
    }

    /** The item's channel post, as it stands in the emulated channel, comes to show what is asked. */
    void awaitPost(long itemId, String what, java.util.function.Predicate<String> blocks) {
        Eventually.holds("the post of #" + itemId + " " + what, WAIT, () -> t.slack.messages(TestBot.CHANNEL).stream()
                .anyMatch(m -> m.text() != null && m.text().contains("#" + itemId + ":") && m.blocks() != null
                        && blocks.test(ViewJson.readable(m.blocks().toString()))));
    }

    String page(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + t.bot.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    List<String> badges(String member) {
        return t.bot.features().recognition().service().profile(member).badges().stream().map(Badge::id).toList();
    }

    List<String> audited() {
        return t.bot.platform().database().inTransaction(em -> t.bot.platform().audit().recent(em, 30)).stream()
                .map(e -> e.action()).toList();
    }

    // ---- journeys ----

    @Test
    void claimApproveShowEverywhereCheckInAndShipWithCreditAndBadge() throws Exception {
        long id = item("Kafka span links", "planned");
        awaitPost(id, "offers Lead this", blocks -> blocks.contains(ItemLeads.LEAD_THIS));

        t.signed.interaction(Payloads.clickInMessage(ANA, TestBot.CHANNEL, "1.0", ItemLeads.LEAD_THIS,
                Long.toString(id)));
        awaitReply(ANA, "waits for an admin");
        long claim = claimOf(ANA);
        EmulatorCall toAdmin = awaitDm(TestBot.ADMIN, "<@" + ANA + "> offers to lead #" + id);
        assertTrue(toAdmin.param("blocks").contains(OwnershipViews.APPROVE));

        assertTrue(own(CY, Long.toString(id)).contains("Someone already offered to lead #" + id));
        assertTrue(claims().mine(CY).isEmpty(), "a double claim stores nothing");

        click(BOB, OwnershipViews.APPROVE, claim);
        awaitReply(BOB, "Only community admins");
        assertEquals(ClaimStatus.REQUESTED, stored(claim).status());

        click(TestBot.ADMIN, OwnershipViews.APPROVE, claim);
        awaitReply(TestBot.ADMIN, "<@" + ANA + "> leads #" + id);
        awaitDm(ANA, "You lead #" + id);
        click(TestBot.ADMIN, OwnershipViews.APPROVE, claim);
        awaitReply(TestBot.ADMIN, "was already approved by <@" + TestBot.ADMIN + ">");
        assertEquals(1, audited().stream().filter("ownership.approve"::equals).count(), "one decision, audited");

        String roadmap = t.signed.slashCommand(BOB, "/roadmap", "").body();
        assertTrue(ViewJson.readable(roadmap).contains("led by <@" + ANA + ">"), roadmap);
        awaitPost(id, "names its owner", blocks -> blocks.contains("led by <@" + ANA + ">")
                && !blocks.contains(ItemLeads.LEAD_THIS));
        Eventually.holds("the public pages name the owner", WAIT, () -> {
            try {
                return page("/roadmap").contains("led by <span class=\"lead\">Ana Owner</span>")
                        && page("/roadmap/" + id).contains("<dd class=\"lead\">Ana Owner</dd>");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertFalse(page("/roadmap").contains(ANA), "never the owner's Slack id");

        assertEquals(0, t.bot.features().ownership().checkIns().sweep(), "no check-in before 14 days");
        t.clock.advance(Duration.ofDays(14));
        t.bot.scheduler().quartz().triggerJob(OwnershipFeature.SWEEP); // the stored every-minute job runs the sweep
        EmulatorCall checkIn = awaitDm(ANA, "How is #" + id);
        assertTrue(checkIn.param("blocks").contains(OwnershipViews.RELEASE));
        assertEquals(0, t.bot.features().ownership().checkIns().sweep(), "asked once per interval");
        JsonObject progress = openForm(ANA, OwnershipViews.PROGRESS, claim);
        assertAccepted(t.signed.interaction(Payloads.submit(ANA, progress, Map.of(NoteForm.NOTE, "Design is done"))));
        awaitDm(ANA, "Noted for #" + id);
        assertEquals("Design is done", stored(claim).lastNote());

        assertTrue(admin(TestBot.ADMIN, "status " + id + " shipped").contains("Shipped"));
        awaitDm(BOB, "Led by <@" + ANA + ">");
        awaitDm(ANA, "shipped, and you led it");
        assertEquals(ClaimStatus.SHIPPED, stored(claim).status());
        assertEquals(1L, t.bot.features().recognition().service().profile(ANA).contributions().get(ContributionKind.FEATURE));
        t.bot.features().recognition().badges().sweepFacts();
        assertTrue(badges(ANA).contains("feature-owner"), badges(ANA).toString());
        assertTrue(page("/roadmap/" + id).contains("<dd class=\"lead\">Ana Owner</dd>"), "shipped, still credited");
        assertTrue(claims().mine(ANA).isEmpty(), "a shipped claim frees the owner's place");

        String digest = preview(); // the fortnight before the ship: the approval is older, the ship is in it
        assertFalse(digest.contains("New owners"), digest);
        assertTrue(digest.contains("Shipped by their owners:* #" + id + " *Kafka span links*, led by <@" + ANA + ">"),
                digest);
    }

    /** The community update's preview as the admin receives it in their DM. */
    String preview() {
        t.slack.clear();
        assertTrue(admin(TestBot.ADMIN, "digest preview update").contains("on its way"));
        t.slack.awaitCall("chat.postMessage", c -> TestBot.ADMIN.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains("Preview: Community update"), WAIT);
        return ViewJson.readable(t.slack.dmsTo(TestBot.ADMIN).stream().filter(m -> m.text().contains(
                "Preview: Community update")).reduce((a, b) -> b).orElseThrow().visibleText());
    }

    @Test
    void theLimitShippedDeclinedAndBannedAreRefusedAndStoreNothing() throws Exception {
        long first = item("First planned", "planned");
        long second = item("Second planned", "planned");
        long third = item("Third planned", "planned");
        long shipped = item("Already shipped", "shipped");
        long declined = item("Declined one", "declined");
        long fresh = t.bot.features().feedback().service().submit(new FeedbackSubmission(FeedbackKind.FEATURE, Map.of(
                FeedbackField.TITLE, "Brand new", FeedbackField.PROBLEM, "p")), VAL, FeedbackSource.SLASH_COMMAND,
                null).id();

        assertTrue(own(ANA, Long.toString(first)).contains("waits for an admin"));
        assertTrue(own(ANA, "#" + second).contains("waits for an admin"));
        assertTrue(own(ANA, Long.toString(third)).contains("You already hold 2 claims"));
        assertTrue(own(ANA, Long.toString(first)).contains("You already offered to lead #" + first));
        assertTrue(own(CY, Long.toString(shipped)).contains("has already shipped"));
        assertTrue(own(CY, Long.toString(declined)).contains("was declined"));
        assertTrue(own(CY, Long.toString(fresh)).contains("Only planned roadmap items"));
        assertTrue(own(CY, "99999").contains("There is no request #99999"));
        assertTrue(own(CY, "kafka").contains("is not a request number"));
        assertEquals(2, claims().mine(ANA).size());
        assertTrue(claims().mine(CY).isEmpty());

        assertTrue(admin(TestBot.ADMIN, "ban <@" + CY + "> spam").contains("banned"));
        assertTrue(own(CY, Long.toString(third)).contains("stopped you"));
        t.signed.interaction(Payloads.clickInMessage(CY, TestBot.CHANNEL, "1.0", ItemLeads.LEAD_THIS,
                Long.toString(third)));
        awaitReply(CY, "stopped you");
        assertTrue(own(CY, "plugin").contains("stopped you"));
        assertTrue(claims().mine(CY).isEmpty(), "a banned member stores nothing");

        long claim = claims().mine(ANA).get(0).id();
        assertTrue(admin(BOB, "ownership-claims").contains("Only community admins"));
        JsonObject decline = openForm(TestBot.ADMIN, OwnershipViews.DECLINE, claim);
        assertRefusedUnder(t.signed.interaction(Payloads.submit(TestBot.ADMIN, decline, Map.of(NoteForm.NOTE,
                "Tell <!channel>"))), decline, NoteForm.NOTE);
        assertAccepted(t.signed.interaction(Payloads.submit(TestBot.ADMIN, decline, Map.of(NoteForm.NOTE,
                "The core team has it"))));
        awaitDm(ANA, "was declined: The core team has it");
        click(TestBot.ADMIN, OwnershipViews.APPROVE, claim);
        awaitReply(TestBot.ADMIN, "was already declined");
        assertEquals(List.of("ownership.decline"), audited().stream().filter(a -> a.startsWith("ownership")).toList());
        assertTrue(own(ANA, Long.toString(third)).contains("waits for an admin"), "a declined claim frees its place");

        String listing = admin(TestBot.ADMIN, "ownership-claims");
        assertTrue(listing.contains("#" + second) && listing.contains("#" + third), listing);
        long waiting = claims().mine(ANA).get(0).id();
        assertTrue(own(ANA, "release " + waiting).contains("Released #" + second), "a member withdraws a waiting claim");
        assertTrue(own(ANA, "release " + waiting).contains("You no longer lead"));
        assertTrue(own(CY, "release x").contains("is not a claim number"));

        long onThird = claims().mine(ANA).get(0).id();
        assertTrue(admin(TestBot.ADMIN, "hide " + third).contains("is hidden"));
        click(TestBot.ADMIN, OwnershipViews.APPROVE, onThird);
        awaitReply(TestBot.ADMIN, "removed by a moderator. Decline the claim instead.");
        assertEquals(ClaimStatus.REQUESTED, stored(onThird).status(), "an item hidden since the claim is not approved");
        assertTrue(admin(TestBot.ADMIN, "help").contains("ownership-release <claim> <reason>"));
    }

    @Test
    void aSilentClaimIsWarnedOnceThenReleasedOnceAcrossTwoSweepsAndARestart() throws Exception {
        long id = item("Go auto-instrumentation", "planned");
        long claim = approved(ANA, id);

        t.clock.advance(Duration.ofDays(30));
        assertEquals(1, t.bot.features().ownership().checkIns().sweep());
        awaitDm(ANA, "I have not heard about #" + id + " *Go auto-instrumentation* for 30 days");
        assertEquals(0, t.bot.features().ownership().checkIns().sweep(), "one warning");
        assertEquals(1, dmsTo(ANA, "I have not heard"));

        t.clock.advance(Duration.ofDays(7));
        var one = CompletableFuture.supplyAsync(() -> t.bot.features().ownership().checkIns().sweep());
        var other = CompletableFuture.supplyAsync(() -> t.bot.features().ownership().checkIns().sweep());
        assertEquals(1, one.get() + other.get(), "two sweeps at once release it once");
        assertEquals(0, t.bot.features().ownership().checkIns().sweep(), "and a third finds nothing");
        awaitDm(BOB, "has nobody leading it any more");
        awaitDm(VAL, "has nobody leading it any more");
        awaitDm(ANA, "You no longer lead #" + id);
        assertEquals(ClaimStatus.RELEASED, stored(claim).status());

        restart();
        assertEquals(0, t.bot.features().ownership().checkIns().sweep(), "nothing left after a restart");
        click(ANA, OwnershipViews.PROGRESS, claim);
        awaitReply(ANA, "You no longer lead #" + id);
        Thread.sleep(500); // what a second release would have queued has had time to go out
        assertEquals(0, dmsTo(BOB, "nobody leading"), "voters are told once: nothing more after the restart");
        assertTrue(own(CY, Long.toString(id)).contains("waits for an admin"), "free again");
    }

    @Test
    void anOwnerAsksForHelpThenReleasesAndAnAdminReleasesAnother() throws Exception {
        long id = item("Ruby agent", "planned");
        long claim = approved(ANA, id);
        click(CY, OwnershipViews.NEED_HELP, claim);
        awaitReply(CY, "belongs to <@" + ANA + ">");
        JsonObject help = openForm(ANA, OwnershipViews.NEED_HELP, claim);
        assertAccepted(t.signed.interaction(Payloads.submit(ANA, help, Map.of(NoteForm.NOTE, "Need a reviewer"))));
        awaitDm(TestBot.ADMIN, "<@" + ANA + "> needs help with #" + id + " *Ruby agent*: Need a reviewer");
        click(ANA, OwnershipViews.RELEASE, claim);
        awaitReply(ANA, "Released #" + id);
        awaitDm(BOB, "has nobody leading it any more");
        click(ANA, OwnershipViews.RELEASE, claim);
        awaitReply(ANA, "You no longer lead");

        long other = approved(CY, id);
        assertTrue(admin(TestBot.ADMIN, "ownership-release " + other).contains("Give a reason"));
        assertTrue(admin(TestBot.ADMIN, "ownership-release " + other + " moved to the core team")
                .contains("Released claim " + other));
        awaitDm(CY, "You no longer lead #" + id + " *Ruby agent*: moved to the core team.");
        assertTrue(audited().contains("ownership.release"));
    }

    @Test
    void aPluginProposalWithABadLinkIsRefusedUnderItsFieldAndAGoodOneWaitsForAnAdmin() throws Exception {
        t.slack.clear();
        assertEquals(200, t.signed.slashCommand(ANA, "/own", "plugin").statusCode());
        t.slack.awaitCall("views.open", WAIT);
        JsonObject form = t.slack.lastOpenedView();
        Map<String, String> bad = Map.of(PluginDraft.NAME, "Odigos NATS", PluginDraft.SUMMARY, "Traces NATS",
                PluginDraft.LINK, "javascript:alert(1)");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ANA, form, bad)), form, PluginDraft.LINK)
                .contains("http(s) address"));
        assertTrue(claims().mine(ANA).isEmpty());
        assertAccepted(t.signed.interaction(Payloads.submit(ANA, form, Map.of(PluginDraft.NAME, "Odigos NATS",
                PluginDraft.SUMMARY, "Traces NATS", PluginDraft.LINK, "https://github.com/ana/odigos-nats"))));
        awaitDm(TestBot.ADMIN, "<@" + ANA + "> proposes to build the plugin *Odigos NATS*");
        long claim = claimOf(ANA);
        click(TestBot.ADMIN, OwnershipViews.APPROVE, claim);
        awaitDm(ANA, "You lead the plugin *Odigos NATS*");
        t.signed.event(Payloads.appHomeOpened(ANA));
        t.slack.awaitCall("views.publish", c -> ANA.equals(c.param("user_id"))
                && c.param("view").contains("you lead it") && c.param("view").contains("next check-in"), WAIT);
        String digest = preview();
        assertTrue(digest.contains("New owners:* <@" + ANA + "> leads the plugin *Odigos NATS*"), digest);
    }

}
