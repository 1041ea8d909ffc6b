package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.slack.ReportButton;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.ViewJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where packs show beyond their own commands: the digest, the Home tab, the metrics admins read, moderation. */
class PackSeamsTest extends PacksJourneys {

    /** The moderation queue's Hide button (ModerationViews.HIDE, package-private there). */
    static final String QUEUE_HIDE = "moderation_hide";

    void rate(long packId, String member, int stars) {
        t.bot.platform().database().runInTransaction(em -> em.createNativeQuery("insert into pack_ratings "
                        + "(pack_id, member_id, stars, rated_at) values (?1, ?2, ?3, ?4)").setParameter(1, packId)
                .setParameter(2, member).setParameter(3, stars).setParameter(4, t.clock.instant()).executeUpdate());
    }

    void confirm(long packId, String member, String release) {
        long version = versions(packId).get(0).id();
        t.bot.platform().database().runInTransaction(em -> em.createNativeQuery("insert into pack_confirmations "
                        + "(version_id, member_id, odigos_version, confirmed_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, version).setParameter(2, member).setParameter(3, release)
                .setParameter(4, t.clock.instant()).executeUpdate());
    }

    /** A pack whose first version still waits for an admin. */
    long pendingPack(String author, String name) {
        PacksStore store = new PacksStore();
        return t.bot.platform().database().inTransaction(em -> {
            Instant now = t.clock.instant();
            Pack pack = store.insert(em, new Pack(Slugs.of(name, s -> store.slugTaken(em, s)), author,
                    new PackDetails(name, "Pending", "Pending", Set.of()), now));
            return pack.id();
        });
    }

    String preview(String edition) {
        t.slack.clear();
        assertTrue(t.signed.slashCommand(ADMIN, "/community-admin", "digest preview " + edition).body()
                .contains("on its way"));
        t.slack.awaitCall("chat.postMessage", c -> ADMIN.equals(c.param("channel")) && c.param("text") != null
                && c.param("text").contains("Preview:"), WAIT);
        String preview = t.slack.dmsTo(ADMIN).stream().filter(m -> m.text().contains("Preview:"))
                .reduce((a, b) -> b).orElseThrow().visibleText();
        int section = preview.indexOf("Observability packs");
        assertTrue(section >= 0, preview);
        return preview.substring(section);
    }

    @Test
    void theDigestListsNewPacksAndTheNewsletterTheMonthsTopRated() {
        Pack loved = storedPack(BEN, "Loved sampling", Set.of("signal:Traces"));
        Pack fresh = storedPack(ANN, "Fresh Tempo setup", Set.of());
        Pack hidden = storedPack(ANN, "Hidden spam pack", Set.of());
        t.bot.platform().database().runInTransaction(em -> em.find(Pack.class, hidden.id()).hide(true));
        pendingPack(ANN, "Still in review");
        rate(loved.id(), CAL, 5);
        rate(loved.id(), ANN, 5);
        rate(fresh.id(), CAL, 2);

        String update = preview("update");
        assertTrue(update.contains("New packs") && update.contains("Loved sampling")
                && update.contains("Fresh Tempo setup"), update);
        assertFalse(update.contains("Hidden spam pack") || update.contains("Still in review"), update);
        assertFalse(update.contains("Top rated"), "the top-rated list is the newsletter's");

        String newsletter = preview("newsletter");
        int top = newsletter.indexOf("Top rated this month");
        assertTrue(top >= 0, newsletter);
        String ranked = newsletter.substring(top);
        assertTrue(ranked.indexOf("Loved sampling") < ranked.indexOf("Fresh Tempo setup"), ranked);
    }

    @Test
    void homeShowsMyPacksWithTheirRatingsAndWhereTheOthersStand() {
        Pack mine = storedPack(ANN, "Go mesh sampling", Set.of());
        pendingPack(ANN, "Still in review");
        storedPack(BEN, "Somebody else's", Set.of());
        rate(mine.id(), CAL, 4);
        confirm(mine.id(), CAL, "1.4");

        t.slack.clear();
        t.signed.event(Payloads.appHomeOpened(ANN));
        String home = ViewJson.readable(t.slack.awaitCall("views.publish", c -> ANN.equals(c.param("user_id")), WAIT)
                .param("view"));
        assertTrue(home.contains("Your packs") && home.contains("Go mesh sampling"), home);
        assertTrue(home.contains("(1 rating)") && home.contains("1 confirmed"), home);
        assertTrue(home.contains("*Still in review* · waiting for review"), home);
        assertFalse(home.contains("Somebody else"), home);
        assertFalse(home.contains("untested on recent releases"), "confirmed on 1.4, the current release");
    }

    @Test
    void adminsSeePacksAndConfirmationsUnderTheMetrics() {
        Pack pack = storedPack(ANN, "Go mesh sampling", Set.of());
        storedPack(BEN, "Second", Set.of());
        pendingPack(CAL, "Waiting");
        confirm(pack.id(), CAL, "1.4");
        confirm(pack.id(), BEN, "1.3");
        String answer = JsonParser.parseString(t.signed.slashCommand(ADMIN, "/community-admin", "metrics").body())
                .getAsJsonObject().get("text").getAsString();
        assertTrue(answer.contains("Observability packs: 2 published"), answer);
        assertTrue(answer.contains("Works on my cluster: 2 confirmations, 2 in the last 30 days"), answer);
    }

    @Test
    void aReportedPackIsHiddenFromTheQueueAndItsInstallUrlStops() throws Exception {
        Pack pack = storedPack(ANN, "Suspicious pack", Set.of());
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage(BEN, "C0COMMUNITY", "1.0", ReportButton.ACTION, "pack:" + pack.id()));
        t.slack.awaitCall("views.open", WAIT);
        JsonObject form = t.slack.lastOpenedView();
        t.signed.interaction(Payloads.submit(BEN, form, Map.of("reason", "SPAM")));

        t.slack.clear();
        t.signed.slashCommand(ADMIN, "/community-admin", "queue");
        t.slack.awaitCall("views.open", WAIT);
        JsonObject queue = t.slack.lastOpenedView();
        assertTrue(queue.toString().contains("Pack: Suspicious pack"), queue.toString());
        t.signed.interaction(Payloads.clickInView(ADMIN, queue, QUEUE_HIDE, "pack:" + pack.id()));
        Eventually.holds("the pack is hidden", WAIT, () -> pack(pack.id()).hidden());
        assertFalse(pack(pack.id()).visible());
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + t.bot.port() + "/packs/suspicious-pack/v1.yaml")).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode());
        assertTrue(t.bot.platform().database().inTransaction(em -> t.bot.platform().audit().recent(em, 5)).stream()
                .anyMatch(a -> a.action().equals("pack.hide")));
    }
}
