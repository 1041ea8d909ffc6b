package io.odigos.community.mentorship;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.core.AuditEntry;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.FakeGitHub;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The programme's people and the steps they take through signed requests, shared by the mentorship journeys. A
 * subclass on PostgreSQL overrides {@link #database()} and {@link #settings()}; {@link #restart()} keeps both.
 */
abstract class MentorshipJourneys extends BotJourneys {

    static final String MIA = "UMIA";   // a newcomer in Berlin
    static final String CY = "UCY";     // another newcomer, in Lisbon
    static final String ANN = "UANN";   // mentors: London, New York, Tokyo
    static final String BEN = "UBEN";
    static final String CAL = "UCAL";

    /** Started with the test, before the bot, which is given its address. */
    protected final FakeGitHub github = startGitHub();

    private static FakeGitHub startGitHub() {
        try {
            return FakeGitHub.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void people() {
        t.slack.addUser(MIA, "Mia", "Europe/Berlin", false, false);
        t.slack.addUser(CY, "Cy", "Europe/Lisbon", false, false);
        t.slack.addUser(ANN, "Ann", "Europe/London", false, false);
        t.slack.addUser(BEN, "Ben", "America/New_York", false, false);
        t.slack.addUser(CAL, "Cal", "Asia/Tokyo", false, false);
    }

    MentorshipFeature mentorship() {
        return t.bot.features().mentorship();
    }

    JsonObject openForm(String user, String action) {
        t.slack.clear();
        assertEquals(200, t.signed.interaction(Payloads.clickInMessage(user, "C0GENERAL", "1.0", action, "x"))
                .statusCode());
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    void becomeMentor(String user, String areas, String capacity) {
        Map<String, String> typed = new HashMap<>(Map.of(MentorDraft.AREAS, areas,
                MentorDraft.AVAILABILITY, "Weekday evenings"));
        typed.put(MentorDraft.CAPACITY, capacity);
        assertAccepted(t.signed.interaction(Payloads.submit(user, openForm(user, MentorshipViews.BECOME), typed)));
    }

    Map<String, String> request(String area, String goal) {
        return Map.of(MenteeDraft.AREA, area, MenteeDraft.GOAL, goal, MenteeDraft.EXPERIENCE, "NEW");
    }

    HttpResponse<String> askForMentor(String user, String area, String goal) {
        return t.signed.interaction(Payloads.fillIn(user, openForm(user, MentorshipViews.FIND), request(area, goal)));
    }

    Proposal pendingTo(String mentor) {
        return mentorship().admin().overview().proposals().stream().filter(p -> p.mentorId().equals(mentor))
                .findFirst().orElseThrow(() -> new AssertionError("no proposal waits on " + mentor));
    }

    String admin(String user, String line) {
        HttpResponse<String> r = t.signed.slashCommand(user, "/community-admin", line);
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject().get("text").getAsString();
    }

    List<AuditEntry> audit() {
        return t.bot.platform().database().inTransaction(em -> t.bot.platform().audit().recent(em, 20));
    }

    /** A new, empty database for each test: H2 in memory here. */
    protected String database() throws Exception {
        return "jdbc:h2:mem:mentorship-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** Settings beyond TestBot's own: the fake GitHub every pair's introduction searches. */
    protected Map<String, String> settings() {
        return Map.of("GITHUB_API_URL", github.apiUrl());
    }

    @AfterEach
    void stopGitHub() {
        github.close();
    }

    @Override
    protected TestBot startBot() throws Exception {
        return TestBot.start(database(), settings());
    }

    /** Stops the bot and starts it again on the same database, its clock where it was; Slack forgets its calls. */
    void restart() throws Exception {
        String url = t.databaseUrl;
        var now = t.clock.instant();
        t.close();
        t = TestBot.start(url, settings(), now);
        people();
    }
}
