package io.odigos.community.hackathons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hackathon's first half, through signed requests with the clock driving its phases. */
class HackathonsEndToEndTest extends BotJourneys {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Duration DAY = Duration.ofDays(1);


    HackathonService service() {
        return t.bot.features().hackathons().service();
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
        f.put("team_min", "1");
        f.put("team_max", "2");
        f.put("prizes", "First prize: a conference ticket\nPeople's choice: swag");
        f.put("criterion_name_1", "Impact");
        f.put("criterion_weight_1", "50");
        f.put("criterion_name_2", "Technical depth");
        f.put("criterion_weight_2", "50");
        f.put("criterion_name_3", ""); // the form's third usual criterion, cleared
        f.put("criterion_weight_3", "");
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
        bad.put("team_min", "5");
        bad.put("team_max", "2");
        bad.put("criterion_weight_1", "lots");
        bad.put("judges", null);
        JsonObject errors = JsonParser.parseString(t.signed.interaction(Payloads.submit(TestBot.ADMIN, modal, bad)).body())
                .getAsJsonObject().getAsJsonObject("errors");
        for (String field : List.of("title", "hacking_starts", "team_max", "criterion_weight_1", "judges")) {
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
            var trigger = t.bot.features().hackathons().triggers().pending(HackathonService.key(h.id(), phase.name())).orElseThrow();
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
    void aFormOpenedBeforeAnUpgradeAnswersThatItIsOutOfDate() {
        Hackathon h = create("Upgrade hackathon");
        advanceTo(h.startOf(Phase.REGISTRATION).plusSeconds(60));
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage("UDEE", "C0GENERAL", "1.0", HackathonViews.REGISTER, "" + h.id()));
        t.slack.awaitCall("views.open", WAIT);
        JsonObject modal = t.slack.lastOpenedView();
        modal.addProperty("private_metadata", Long.toString(h.id())); // how this form carried its hackathon before

        HttpResponse<String> r = t.signed.interaction(Payloads.submit("UDEE", modal, Map.of(HackathonForm.SKILLS, "Rust")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("This form is out of date; open it again."), r.body());
        assertTrue(service().hacker(h.id(), "UDEE").isEmpty(), "an out-of-date form registers nobody");
    }

    @Test
    void hackersAreRemindedOnceBeforeSubmissionsClose() {
        Hackathon h = create("Reminder hackathon");
        advanceTo(h.startOf(Phase.REGISTRATION).plusSeconds(60));
        registerViaForm("UANN", null, false);
        String dayBefore = HackathonService.reminderStep(Duration.ofHours(24));
        assertEquals(h.submissionsClose().minus(Duration.ofHours(24)), t.bot.features().hackathons().triggers()
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

    JsonObject openFrom(String user, String action, String value) {
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage(user, "C0GENERAL", "1.0", action, value));
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    Map<String, String> project(String name, String repo) {
        Map<String, String> p = new HashMap<>();
        p.put(ProjectForm.NAME, name);
        p.put(ProjectForm.CHALLENGE, Long.toString(t.bot.features().hackathons().judging()
                .challenges(service().current().orElseThrow().id()).get(0).id()));
        p.put(ProjectForm.REPOSITORY, repo);
        p.put(ProjectForm.DESCRIPTION, "Auto-instrumentation for " + name);
        return p;
    }

    Map<Long, Integer> scores(long hackathonId, int impact, int depth) {
        List<JudgingService.Criterion> c = t.bot.features().hackathons().judging().criteria(hackathonId);
        return Map.of(c.get(0).id(), impact, c.get(1).id(), depth);
    }

    @Test
    void aWholeHackathonFromProjectsToJudgingVotesResultsAndExport() {
        JudgingService judging = t.bot.features().hackathons().judging();
        Hackathon h = create("Full hackathon");
        advanceTo(h.startOf(Phase.REGISTRATION).plusSeconds(60));
        for (String hacker : List.of("UANN", "UBEN", "UCY", "UJUDGE2")) {
            registerViaForm(hacker, null, false);
        }
        Team alpha = createTeamViaForm("UANN", "Alpha");
        join("UBEN", h.id(), alpha.id());
        createTeamViaForm("UJUDGE2", "Judges own");
        assertThrowsRefusal(() -> judging.submit(h.id(), "UCY", new ProjectDraft("Early", judging.challenges(h.id())
                .get(0).id(), "https://github.com/cy/early", null, "too early")), "open when hacking starts");

        advanceTo(h.startOf(Phase.HACKING).plusSeconds(60));
        JsonObject form = openFrom("UANN", HackathonViews.SUBMIT, "" + h.id());
        String bad = t.signed.interaction(Payloads.submit("UANN", form, project("Alpha tracer", "ftp://x/y"))).body();
        assertTrue(bad.contains(ProjectForm.REPOSITORY), bad);
        assertFalse(t.signed.interaction(Payloads.submit("UANN", form,
                project("Alpha tracer", "https://github.com/alpha/tracer"))).body().contains("errors"));
        JsonObject edit = openFrom("UBEN", HackathonViews.SUBMIT, "" + h.id());
        assertTrue(edit.toString().contains("Alpha tracer"), "a teammate edits the team's one submission");
        t.signed.interaction(Payloads.submit("UBEN", edit, Map.of(ProjectForm.NAME, "Alpha tracer v2")));
        ProjectDraft cyProjectDraft = new ProjectDraft("Cy metrics", judging.challenges(h.id()).get(1).id(),
                "https://github.com/cy/metrics", "https://youtu.be/cy", "Metrics for PHP");
        t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "ban <@UCY|cy> spam links in the channel");
        assertThrowsRefusal(() -> judging.submit(h.id(), "UCY", cyProjectDraft), "stopped you from submitting");
        t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "unban <@UCY|cy>");
        judging.submit(h.id(), "UCY", cyProjectDraft);
        judging.submit(h.id(), "UJUDGE2", new ProjectDraft("Judge project", judging.challenges(h.id()).get(0).id(),
                "https://github.com/judge/p", null, "A judge hacks too"));
        assertEquals(3, judging.submissions(h.id()).size());
        long alphaProject = judging.submissionOf(h.id(), "UANN").orElseThrow().id();
        long cyProject = judging.submissionOf(h.id(), "UCY").orElseThrow().id();
        long judgeProject = judging.submissionOf(h.id(), "UJUDGE2").orElseThrow().id();
        assertEquals("Alpha tracer v2", judging.submission(alphaProject).orElseThrow().name());
        t.signed.event(Payloads.appHomeOpened("UBEN"));
        t.slack.awaitCall("views.publish", WAIT);
        String home = t.slack.homeOf("UBEN").toString();
        assertTrue(home.contains("Full hackathon") && home.contains("Alpha") && home.contains("Alpha tracer v2")
                && home.contains("<!date^" + h.submissionsClose().getEpochSecond()), "Home shows team, project, deadline: " + home);

        advanceTo(h.startOf(Phase.JUDGING).plusSeconds(60));
        assertThrowsRefusal(() -> judging.submit(h.id(), "UCY", new ProjectDraft("Late", judging.challenges(h.id())
                .get(0).id(), "https://github.com/cy/late", null, "late")), "closed");

        JsonObject scoreForm = openFrom("UJUDGE1", HackathonViews.SCORE, "" + alphaProject);
        List<JudgingService.Criterion> criteria = judging.criteria(h.id());
        String outOfRange = t.signed.interaction(Payloads.submit("UJUDGE1", scoreForm, Map.of(
                ProjectForm.CRITERION_PREFIX + criteria.get(0).id(), "8"))).body();
        assertTrue(outOfRange.contains(ProjectForm.CRITERION_PREFIX + criteria.get(1).id()), "every criterion is scored");
        assertFalse(t.signed.interaction(Payloads.submit("UJUDGE1", scoreForm, Map.of(
                ProjectForm.CRITERION_PREFIX + criteria.get(0).id(), "8",
                ProjectForm.CRITERION_PREFIX + criteria.get(1).id(), "6"))).body().contains("errors"));
        judging.score(cyProject, "UJUDGE1", scores(h.id(), 6, 8));
        judging.score(judgeProject, "UJUDGE1", scores(h.id(), 5, 5));
        judging.score(alphaProject, "UJUDGE2", scores(h.id(), 8, 6));
        judging.score(cyProject, "UJUDGE2", scores(h.id(), 6, 8));
        assertThrowsRefusal(() -> judging.score(judgeProject, "UJUDGE2", scores(h.id(), 10, 10)), "your own team");
        assertThrowsRefusal(() -> judging.score(cyProject, "UANN", scores(h.id(), 10, 10)), "Only the judges");
        assertThrows(io.odigos.community.core.InvalidInput.class,
                () -> judging.score(cyProject, "UJUDGE1", scores(h.id(), 11, 5)));

        t.signed.interaction(Payloads.clickInMessage("UDAN", "C0GENERAL", "1.0", HackathonViews.VOTE, "" + cyProject));
        awaitEphemeral("UDAN", "vote is in");
        judging.vote(cyProject, "UEVE");
        judging.vote(alphaProject, "UFAY");
        assertThrowsRefusal(() -> judging.vote(alphaProject, "UANN"), "your own team");
        assertThrowsRefusal(() -> judging.vote(alphaProject, "UDAN"), "already cast");

        List<Ranked> ranking = judging.ranking(h.id());
        assertEquals(7.0, ranking.get(0).weightedTotal(), 1e-9);
        assertEquals(7.0, ranking.get(1).weightedTotal(), 1e-9);
        assertEquals(cyProject, ranking.get(0).submission().id(), "a tie on scores goes to more community votes");
        assertEquals(judgeProject, ranking.get(2).submission().id());

        assertThrowsRefusal(() -> judging.publishResults(h.id(), TestBot.ADMIN), "once judging closes");
        advanceTo(h.startOf(Phase.FINISHED).plusSeconds(60));
        assertTrue(t.signed.slashCommand("UANN", "/community-admin", "hackathon-results").body().contains("Only community admins"));
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "hackathon-results").body().contains("Published 2"));
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("text").contains("results of *Full hackathon*") && c.param("text").contains("Cy metrics"), WAIT);
        t.slack.awaitCall("chat.postMessage", c -> "UBEN".equals(c.param("channel"))
                && c.param("text").contains("results of *Full hackathon*"), WAIT);
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "hackathon-results").body().contains("already published"));
        var facts = new io.odigos.community.core.CommunityFacts();
        assertEquals(List.of("UANN", "UBEN", "UCY", "UJUDGE2"), t.bot.platform().database().inTransaction(em ->
                facts.members(em, io.odigos.community.core.CommunityFacts.HACKATHON_PARTICIPANT, "hackathon:" + h.id())));

        t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "hackathon-export");
        t.slack.awaitCall("files.completeUploadExternal", WAIT);
        String csv = new String(t.slack.uploadedFiles().get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("rank,project,entrant,members,challenge,repository,demo,Impact (x50)"), lines[0]);
        assertTrue(lines[1].startsWith("1,Cy metrics,solo:UCY,UCY,") && lines[1].endsWith(",7.00,2"), lines[1]);
        assertEquals(4, lines.length);
    }

    static <T extends Throwable> void assertThrows(Class<T> type, Runnable r) {
        org.junit.jupiter.api.Assertions.assertThrows(type, r::run);
    }
}
