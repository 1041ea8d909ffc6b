package io.odigos.community.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.CommunityBot;
import io.odigos.community.events.CommunityEvent;
import io.odigos.community.events.EventKind;
import io.odigos.community.events.RegistrationStatus;
import io.odigos.community.feedback.FeedbackService;
import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.feedback.ItemSummary;
import io.odigos.community.feedback.Listing;
import io.odigos.community.hackathons.Board;
import io.odigos.community.hackathons.Hackathon;
import io.odigos.community.hackathons.Hacker;
import io.odigos.community.hackathons.Phase;
import io.odigos.community.playground.DemoData.Request;
import io.odigos.community.recognition.Badge;
import io.odigos.community.testing.LocalBot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo community loaded with the playground's button (its API call) into a local-mode bot, and read back the way
 * members see it: through the services behind /requests, /events, /hackathon and /profile.
 */
class DemoCommunityTest {

    static CommunityBot bot;
    static String base;
    static String pageBefore;
    static HttpResponse<String> loaded;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void loadTheDemoWithTheButtonsCall() throws Exception {
        bot = LocalBot.start();
        base = "http://127.0.0.1:" + bot.port();
        pageBefore = page();
        loaded = loadDemo();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    static String page() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static HttpResponse<String> loadDemo() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/playground/api/demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"as\":\"U0BEN\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    static FeedbackService feedback() {
        return bot.features().feedback().service();
    }

    static CommunityEvent upcoming(EventKind kind) {
        Instant now = Instant.now();
        return bot.features().events().inPeriod().startingBetween(now, now.plus(Duration.ofDays(30)), 10).stream()
                .filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    static Hackathon hackathon() {
        return bot.features().hackathons().service().current().orElseThrow();
    }

    @Test
    void theButtonsCallLoadsTheDemoAndThePageThenOffersItNoMore() throws Exception {
        assertTrue(pageBefore.contains("Load the demo community"), "offered while not loaded");
        assertEquals(200, loaded.statusCode(), loaded.body());
        assertFalse(loaded.body().contains("problem"), loaded.body());
        String after = page();
        assertFalse(after.contains("Load the demo community"), "no button once loaded");
        assertTrue(after.contains("Amara Okafor") && after.contains("Thuy Nguyen"), "its members can be picked");
        assertEquals(5 + DemoData.MEMBERS.size(), bot.emulator().orElseThrow().members().size());
    }

    @Test
    void membersSeeTheMostVotedOpenRequestsFirstWithTheirCountsAndStatuses() {
        List<Request> open = DemoData.REQUESTS.stream().filter(r -> r.status().isOpen())
                .sorted(Comparator.comparingInt(Request::votes).reversed()).toList();
        List<ItemSummary> top = feedback().list(Listing.TOP, "U0BEN", null, 20);
        assertEquals(open.stream().map(Request::title).toList(), top.stream().map(ItemSummary::title).toList());
        assertEquals(open.stream().map(Request::votes).toList(), top.stream().map(ItemSummary::voteCount).toList());
        assertEquals(open.stream().map(Request::status).toList(), top.stream().map(ItemSummary::status).toList());
        assertEquals(23, top.get(0).voteCount(), "a few lead");

        List<ItemSummary> shipped = feedback().roadmap(10).shipped();
        assertEquals(titlesIn(FeedbackStatus.SHIPPED),
                shipped.stream().map(ItemSummary::title).collect(Collectors.toSet()));
        assertTrue(shipped.stream().filter(ItemSummary::communityVoted).map(ItemSummary::title).toList()
                .contains("Sampling rules per service in the Odigos UI"), "12 votes pass the threshold of 10");
        assertEquals(titlesIn(FeedbackStatus.PLANNED), feedback().roadmap(10).planned().stream()
                .map(ItemSummary::title).collect(Collectors.toSet()));
        assertEquals(titlesIn(FeedbackStatus.IN_PROGRESS), feedback().roadmap(10).inProgress().stream()
                .map(ItemSummary::title).collect(Collectors.toSet()));
    }

    static Set<String> titlesIn(FeedbackStatus status) {
        return DemoData.REQUESTS.stream().filter(r -> r.status() == status).map(Request::title)
                .collect(Collectors.toSet());
    }

    @Test
    void theCommunityCallNextWeekHasItsRegistrationsAndOneMoreEventFollows() {
        CommunityEvent call = upcoming(EventKind.COMMUNITY_CALL);
        assertEquals(DemoData.CALL_TITLE, call.title());
        Duration until = Duration.between(Instant.now(), call.startsAt());
        assertTrue(until.compareTo(Duration.ofDays(6)) > 0 && until.compareTo(Duration.ofDays(8)) < 0, "next week");
        assertEquals(DemoData.CALL_REGISTRATIONS, bot.features().events().registrations().registeredCount(call.id()));
        assertEquals(Map.of(call.id(), RegistrationStatus.REGISTERED), bot.features().events().registrations()
                .statusesOf(DemoData.id("Amara"), List.of(call.id())));
        assertEquals(Map.of(), bot.features().events().registrations().statusesOf("U0EVA", List.of(call.id())),
                "the sample members are left free to register");

        CommunityEvent workshop = upcoming(EventKind.WORKSHOP);
        assertEquals(DemoData.WORKSHOP_REGISTRATIONS, bot.features().events().registrations().registeredCount(workshop.id()));
    }

    @Test
    void theHackathonIsHackingWithItsThreeTeamsAndPeopleLookingForOne() {
        Hackathon h = hackathon();
        assertEquals(DemoData.HACKATHON_TITLE, h.title());
        assertEquals(Phase.HACKING, h.phaseAt(Instant.now()));
        Board board = bot.features().hackathons().service().board(h.id());
        assertEquals(DemoData.TEAMS.stream().map(DemoData.HackTeam::name).collect(Collectors.toSet()),
                board.openTeams().stream().map(t -> t.team().name()).collect(Collectors.toSet()));
        for (Board.OpenTeam team : board.openTeams()) {
            DemoData.HackTeam planned = DemoData.TEAMS.stream().filter(t -> t.name().equals(team.team().name()))
                    .findFirst().orElseThrow();
            assertEquals(Set.copyOf(planned.members()), Set.copyOf(team.members()), team.team().name());
        }
        assertEquals(DemoData.LOOKING_FOR_TEAM, board.looking().stream().map(Hacker::memberId).toList());
    }

    @Test
    void membersHoldTheBadgesTheirContributionsEarnedAndTheChampionHers() {
        assertEquals(Set.of("docs-5"), badgesOf("Inès"));
        assertEquals(Set.of("mentor"), badgesOf("Kavya"));
        assertEquals(Set.of("speaker", "champion"), badgesOf("Hiroshi"));
        assertEquals(Set.of(), badgesOf("Grace"), "a tutorial earns points, no badge");
        assertEquals(5L * 3, bot.features().recognition().service().profile(DemoData.id("Inès")).points());
    }

    static Set<String> badgesOf(String firstName) {
        return bot.features().recognition().service().profile(DemoData.id(firstName)).badges().stream().map(Badge::id)
                .collect(Collectors.toSet());
    }

    @Test
    void aSecondLoadAddsNothing() throws Exception {
        List<ItemSummary> requests = feedback().list(Listing.NEWEST, "U0BEN", null, 100);
        CommunityEvent call = upcoming(EventKind.COMMUNITY_CALL);
        long registered = bot.features().events().registrations().registeredCount(call.id());
        Board board = bot.features().hackathons().service().board(hackathon().id());
        long hiroshisPoints = bot.features().recognition().service().profile(DemoData.id("Hiroshi")).points();

        HttpResponse<String> again = loadDemo();
        assertEquals(200, again.statusCode());
        assertFalse(again.body().contains("problem"), again.body());
        assertFalse(new DemoCommunity(bot).load(), "it knows the demo is there");

        assertEquals(requests, feedback().list(Listing.NEWEST, "U0BEN", null, 100));
        assertEquals(List.of(call.id()), bot.features().events().inPeriod().startingBetween(Instant.now(),
                Instant.now().plus(Duration.ofDays(30)), 10).stream().filter(e -> e.kind() == EventKind.COMMUNITY_CALL)
                .map(CommunityEvent::id).toList(), "one call, not two");
        assertEquals(registered, bot.features().events().registrations().registeredCount(call.id()));
        assertTrue(bot.features().hackathons().service().find(hackathon().id() + 1).isEmpty(), "one hackathon, not two");
        assertEquals(board.openTeams().size(), bot.features().hackathons().service().board(hackathon().id()).openTeams().size());
        assertEquals(hiroshisPoints, bot.features().recognition().service().profile(DemoData.id("Hiroshi")).points());
        assertEquals(5 + DemoData.MEMBERS.size(), bot.emulator().orElseThrow().members().size());
    }

    @Test
    void theSettingLoadsItAtStartUpAndARestartBringsBackItsMembersOnly() throws Exception {
        String database = "jdbc:h2:mem:demo-setting-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        List<ItemSummary> seeded;
        try (CommunityBot first = startOn(database, "true")) {
            seeded = first.features().feedback().service().list(Listing.NEWEST, "U0BEN", null, 100);
            assertEquals(DemoData.REQUESTS.size(), seeded.size());
        }
        try (CommunityBot restarted = startOn(database, "false")) {
            assertEquals(5 + DemoData.MEMBERS.size(), restarted.emulator().orElseThrow().members().size(),
                    "a fresh emulator knows the demo's members again, so their names show");
            assertEquals(seeded, restarted.features().feedback().service().list(Listing.NEWEST, "U0BEN", null, 100));
        }
    }

    static CommunityBot startOn(String database, String demo) throws Exception {
        return LocalBot.start(Map.of("DATABASE_URL", database, "PLAYGROUND_DEMO", demo));
    }
}
