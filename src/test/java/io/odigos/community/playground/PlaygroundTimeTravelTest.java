package io.odigos.community.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.CommunityBot;
import io.odigos.community.core.BotConfig;
import io.odigos.community.events.CommunityEvent;
import io.odigos.community.events.EventDraft;
import io.odigos.community.events.EventKind;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.testing.LocalBot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.TriggerKey;

/**
 * Time travel through the playground's API, on a local-mode bot started like {@code main} starts it: the bot's clock
 * moves forward for an admin only, and what fell due runs, so its messages reach the emulated workspace.
 */
class PlaygroundTimeTravelTest {

    static final String ADA = BotConfig.LOCAL_ADMIN;
    static final String BEN = "U0BEN";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final HttpClient HTTP = HttpClient.newHttpClient();

    CommunityBot bot;
    SlackEmulator slack;
    String base;

    @BeforeEach
    void start() throws Exception {
        bot = LocalBot.start();
        slack = bot.emulator().orElseThrow();
        base = "http://127.0.0.1:" + bot.port();
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    JsonObject travel(String member, String by) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/playground/api/travel"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"as\":\"" + member + "\",\"by\":\"" + by + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    JsonObject box(String member) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/playground/api/travel?as="
                + member)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    CommunityEvent callStartingIn(Duration in) {
        return bot.features().events().admin().create(new EventDraft(EventKind.COMMUNITY_CALL, "December community call",
                "Roadmap", null, bot.platform().clock().instant().plus(in), ZoneId.of("UTC"), 60, null,
                "https://meet.example.com/call"), ADA);
    }

    @Test
    void aDayLaterTheRegistrantsReminderArrivesAndTheRemindersTriggerIsGone() throws Exception {
        CommunityEvent call = callStartingIn(Duration.ofHours(47));
        bot.features().events().registrations().register(call.id(), BEN);
        TriggerKey dayBefore = TriggerKey.triggerKey("event-" + call.id() + "-dm-1440", "event-reminders");
        assertNotNull(bot.scheduler().quartz().getTrigger(dayBefore), "the reminder's trigger as the events name it");

        JsonObject trip = travel(ADA, "day");

        assertNull(trip.get("problem"), trip.toString());
        assertEquals("1 day ahead", trip.get("ahead").getAsString());
        assertTrue(trip.get("ran").getAsString().contains("sends event reminders"), trip.toString());
        slack.awaitCall("chat.postMessage", c -> BEN.equals(c.param("channel")) && c.param("text") != null
                && c.param("text").contains("*December community call* starts in 23 hours"), WAIT);
        assertNull(bot.scheduler().quartz().getTrigger(dayBefore), "a one-shot trigger is gone once it ran");
        Instant spotlightNext = bot.scheduler().quartz().getTrigger(TriggerKey.triggerKey("spotlight-weekdays",
                "recognition")).getNextFireTime().toInstant();
        assertTrue(spotlightNext.isAfter(bot.platform().clock().instant()),
                "a repeating trigger moved to its first time after the bot's new now: " + spotlightNext);
    }

    @Test
    void travellingToTheNextJobsOneByOneReachesADigestWhoseDraftReachesTheAdmin() throws Exception {
        String ran = "";
        for (int trip = 0; trip < 40 && !ran.contains("drafts the community update"); trip++) {
            JsonObject answer = travel(ADA, "next");
            assertNull(answer.get("problem"), answer.toString());
            ran = answer.get("ran").getAsString();
        }
        assertTrue(ran.contains("drafts the community update"), "the digest's time came: " + ran);
        // the update or the newsletter, whichever falls due first from today
        slack.awaitCall("chat.postMessage", c -> ADA.equals(c.param("channel")) && c.param("text") != null
                && c.param("text").startsWith("Draft: "), WAIT);
    }

    @Test
    void aMemberWhoIsNotAnAdminIsRefusedAndTheClockStaysPut() throws Exception {
        CommunityEvent call = callStartingIn(Duration.ofHours(47));
        bot.features().events().registrations().register(call.id(), BEN);
        Instant before = bot.platform().clock().instant();

        JsonObject refused = travel(BEN, "week");

        assertEquals("Only community admins can move the bot's clock.", refused.get("problem").getAsString());
        assertFalse(box(BEN).has("now"), "a member who is not an admin gets no time-travel box");
        assertEquals("real time", box(ADA).get("ahead").getAsString());
        assertTrue(Duration.between(before, bot.platform().clock().instant()).compareTo(Duration.ofHours(1)) < 0);
        assertEquals("Travel by hour, day, week or next (to the next scheduled job).",
                travel(ADA, "century").get("problem").getAsString());
        assertEquals("real time", box(ADA).get("ahead").getAsString());
        assertTrue(slack.dmsTo(BEN).stream().noneMatch(m -> m.text().contains("starts in")), "no reminder was sent");
    }
}
