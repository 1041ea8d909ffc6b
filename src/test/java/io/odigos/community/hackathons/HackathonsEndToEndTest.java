package io.odigos.community.hackathons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A hackathon's first half, through signed requests with the clock driving its phases. */
class HackathonsEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Duration DAY = Duration.ofDays(1);

    TestBot t;

    @BeforeEach
    void start() throws Exception {
        t = TestBot.start();
    }

    @AfterEach
    void stop() {
        t.close();
    }

    HackathonService service() {
        return t.bot.hackathons().service();
    }

    JsonObject openForm() {
        t.slack.clear();
        assertEquals(200, t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "hackathon-new").statusCode());
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    /** Registration opens in a day and runs a week; hacking a week later; submissions and judging a week each. */
    Map<String, String> form(String title) {
        Instant now = t.clock.instant();
        Map<String, String> f = new HashMap<>();
        f.put("title", title);
        f.put("theme", "Observability for every language");
        f.put("challenges", "Best new instrumentation: a language Odigos does not cover yet\nBest dashboard");
        f.put("registration_opens", epoch(now.plus(DAY)));
        f.put("registration_closes", epoch(now.plus(DAY.multipliedBy(8))));
        f.put("hacking_starts", epoch(now.plus(DAY.multipliedBy(8))));
        f.put("submissions_close", epoch(now.plus(DAY.multipliedBy(15))));
        f.put("judging_closes", epoch(now.plus(DAY.multipliedBy(22))));
        f.put("team_size", "1-2");
        f.put("prizes", "First prize: a conference ticket\nPeople's choice: swag");
        f.put("criteria", "Impact: 50\nTechnical depth: 50");
        f.put("judges", "UJUDGE1,UJUDGE2");
        return f;
    }

    static String epoch(Instant at) {
        return Long.toString(at.getEpochSecond());
    }

    Hackathon create(String title) {
        HttpResponse<String> r = t.signed.interaction(Payloads.submit(TestBot.ADMIN, openForm(), form(title)));
        assertFalse(r.body().contains("errors"), r.body());
        return service().current().orElseThrow();
    }

    void advanceTo(Instant at) {
        t.clock.advance(Duration.between(t.clock.instant(), at));
    }

    void registerViaForm(String user, String skills, boolean looking) {
        Hackathon h = service().current().orElseThrow();
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage(user, "C0GENERAL", "1.0", HackathonViews.REGISTER, "" + h.id()));
        t.slack.awaitCall("views.open", WAIT);
        Map<String, String> fields = new HashMap<>();
        fields.put(HackathonForm.SKILLS, skills);
        if (looking) {
            fields.put(HackathonForm.LOOKING, "yes");
        }
        HttpResponse<String> r = t.signed.interaction(Payloads.submit(user, t.slack.lastOpenedView(), fields));
        assertFalse(r.body().contains("errors"), r.body());
    }

    Team createTeamViaForm(String user, String name) {
        Hackathon h = service().current().orElseThrow();
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage(user, "C0GENERAL", "1.0", HackathonViews.CREATE_TEAM, "" + h.id()));
        t.slack.awaitCall("views.open", WAIT);
        HttpResponse<String> r = t.signed.interaction(Payloads.submit(user, t.slack.lastOpenedView(),
                Map.of(HackathonForm.TEAM_NAME, name)));
        assertFalse(r.body().contains("errors"), r.body());
        return service().team(service().hacker(h.id(), user).orElseThrow().teamId()).orElseThrow();
    }

    void join(String user, long hackathonId, long teamId) {
        t.signed.interaction(Payloads.clickInMessage(user, "C0GENERAL", "1.0", HackathonViews.JOIN, hackathonId + ":" + teamId));
    }

    void awaitEphemeral(String user, String containing) {
        t.slack.awaitCall("chat.postEphemeral", c -> user.equals(c.param("user")) && c.param("text") != null
                && c.param("text").contains(containing), WAIT);
    }

    @Test
    void theFormRefusesBadInputFieldByField() {
        JsonObject modal = openForm();
        Map<String, String> bad = form("<!here> hack");
        bad.put("hacking_starts", bad.get("registration_opens"));
        bad.put("team_size", "5-2");
        bad.put("criteria", "Impact: lots");
        bad.put("judges", null);
        JsonObject errors = JsonParser.parseString(t.signed.interaction(Payloads.submit(TestBot.ADMIN, modal, bad)).body())
                .getAsJsonObject().getAsJsonObject("errors");
        for (String field : List.of("title", "hacking_starts", "team_size", "criteria", "judges")) {
            assertTrue(errors.has(field), field + " not refused: " + errors);
        }
        assertTrue(t.signed.interaction(Payloads.submit("UMALLORY", modal, form("Hack"))).body().contains("Only community admins"));
        assertTrue(service().current().isEmpty());
    }

    @Test
    void phasesAdvanceOnTheirDatesAndEachIsAnnouncedOnce() {
        Hackathon h = create("Q1 Odigos hackathon");
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").contains("Q1 Odigos hackathon") && c.param("text").contains("People's choice"), WAIT);
        for (Phase phase : List.of(Phase.REGISTRATION, Phase.TEAM_UP, Phase.HACKING, Phase.JUDGING, Phase.FINISHED)) {
            var trigger = t.bot.hackathons().triggers().pending(HackathonService.key(h.id(), phase.name())).orElseThrow();
            assertEquals(h.startOf(phase), trigger.getStartTime().toInstant(), phase + " fires when it begins");
        }
        assertFalse(service().step(h.id(), Phase.REGISTRATION.name()), "too early: registration is not open yet");
        advanceTo(h.startOf(Phase.REGISTRATION));
        assertTrue(service().step(h.id(), Phase.REGISTRATION.name()));
        assertFalse(service().step(h.id(), Phase.REGISTRATION.name()), "announced once");
        t.slack.awaitCall("chat.postMessage", c -> c.param("text").contains("Registration for *Q1 Odigos hackathon* is open"), WAIT);
        advanceTo(h.startOf(Phase.HACKING).plusSeconds(60));
        assertFalse(service().step(h.id(), Phase.TEAM_UP.name()), "a phase that is over is not announced late");
        assertTrue(service().step(h.id(), Phase.HACKING.name()));
    }

    @Test
    void hackersRegisterFormTeamsWithinLimitsAndFindEachOtherOnTheBoard() {
        Hackathon h = create("Teams hackathon");
        HttpResponse<String> early = t.signed.slashCommand("UANN", "/hackathon", "");
        assertFalse(early.body().contains(HackathonViews.REGISTER), "no Register button before registration opens");
        advanceTo(h.startOf(Phase.REGISTRATION).plusSeconds(60));

        assertTrue(t.signed.slashCommand("UANN", "/hackathon", "").body().contains(HackathonViews.REGISTER));
        registerViaForm("UANN", "Go, eBPF", false);
        registerViaForm("UBEN", "Grafana dashboards", true);
        registerViaForm("UCY", "Python", true);
        io.odigos.community.testing.Eventually.holds("Ann's confirmation arrives", WAIT, () -> t.slack.dmsTo("UANN")
                .stream().anyMatch(m -> m.text().contains("You are registered")));
        assertThrowsRefusal(() -> service().register(h.id(), "UANN", null, false), "already registered");

        Team team = createTeamViaForm("UANN", "Span Busters");
        String board = t.signed.slashCommand("UCY", "/hackathon", "board").body();
        assertTrue(board.contains("UBEN") && board.contains("Grafana dashboards") && board.contains("Span Busters"), board);

        join("UBEN", h.id(), team.id());
        t.slack.awaitCall("chat.postMessage", c -> "UANN".equals(c.param("channel"))
                && c.param("text").contains("joined your team"), WAIT);
        join("UCY", h.id(), team.id());
        awaitEphemeral("UCY", "is full");
        assertEquals(List.of("UANN", "UBEN"), service().teamMembers(team.id()));
        assertFalse(t.signed.slashCommand("UCY", "/hackathon", "board").body().contains("Span Busters"),
                "a full team leaves the board");

        createTeamViaForm("UCY", "Trace Raiders");
        join("UCY", h.id(), team.id());
        awaitEphemeral("UCY", "already in a team");

        t.signed.interaction(Payloads.clickInMessage("UBEN", "C0GENERAL", "1.0", HackathonViews.LEAVE, "" + h.id()));
        awaitEphemeral("UBEN", "You left your team");
        assertEquals(List.of("UANN"), service().teamMembers(team.id()));

        HttpResponse<String> invite = t.signed.slashCommand("UANN", "/hackathon", "invite <@UBEN|ben>");
        assertTrue(invite.body().contains("Invited") && invite.body().contains("UBEN"), invite.body());
        t.slack.awaitCall("chat.postMessage", c -> "UBEN".equals(c.param("channel"))
                && c.param("blocks") != null && c.param("blocks").contains(HackathonViews.JOIN), WAIT);
        join("UBEN", h.id(), team.id());
        assertEquals(List.of("UANN", "UBEN"), service().teamMembers(team.id()));

        // a Join button from an earlier hackathon's message refers to a team that is not in this one
        join("UDAN", h.id() + 1, team.id());
        awaitEphemeral("UDAN", "hackathon no longer exists");
        advanceTo(h.startOf(Phase.JUDGING).plusSeconds(1));
        t.signed.interaction(Payloads.clickInMessage("UBEN", "C0GENERAL", "1.0", HackathonViews.LEAVE, "" + h.id()));
        awaitEphemeral("UBEN", "are final");
    }

    @Test
    void hackersAreRemindedOnceBeforeSubmissionsClose() {
        Hackathon h = create("Reminder hackathon");
        advanceTo(h.startOf(Phase.REGISTRATION).plusSeconds(60));
        registerViaForm("UANN", null, false);
        String dayBefore = HackathonService.reminderStep(Duration.ofHours(24));
        assertEquals(h.submissionsClose().minus(Duration.ofHours(24)), t.bot.hackathons().triggers()
                .pending(HackathonService.key(h.id(), dayBefore)).orElseThrow().getStartTime().toInstant());
        advanceTo(h.submissionsClose().minus(Duration.ofHours(24)));
        assertTrue(service().step(h.id(), dayBefore));
        assertFalse(service().step(h.id(), dayBefore));
        t.slack.awaitCall("chat.postMessage", c -> "UANN".equals(c.param("channel"))
                && c.param("text").contains("close in 24 hours"), WAIT);
        advanceTo(h.submissionsClose().plusSeconds(1));
        assertFalse(service().step(h.id(), HackathonService.reminderStep(Duration.ofHours(1))), "too late to remind");
    }

    static void assertThrowsRefusal(Runnable r, String containing) {
        try {
            r.run();
        } catch (io.odigos.community.core.Refusal e) {
            assertTrue(e.getMessage().contains(containing), e.getMessage());
            return;
        }
        throw new AssertionError("expected a refusal containing " + containing);
    }
}
