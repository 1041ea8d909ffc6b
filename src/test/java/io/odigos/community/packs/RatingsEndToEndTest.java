package io.odigos.community.packs;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static io.odigos.community.testing.ModalAnswers.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.releases.OdigosVersion;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import io.odigos.community.testing.ViewJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Rating packs and confirming versions from a pack's card in the community channel, and how both move the ranking:
 * one changeable rating and one changeable confirmation a member, never on one's own pack, never by a banned member,
 * never on a pack that is not shown.
 */
class RatingsEndToEndTest extends PacksJourneys {

    static final String CARDS = TestBot.CHANNEL;
    static final String CARD_TS = "1700000100.000100";

    /** Restarts the bot without ODIGOS_CURRENT_VERSION (and GitHub unreachable), so the current release is unknown. */
    private boolean releaseUnknown;

    @Override
    protected Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(super.settings());
        if (releaseUnknown) {
            settings.remove("ODIGOS_CURRENT_VERSION");
        }
        return settings;
    }

    /** The member clicks a button on the pack's card; answers the form the bot opened. */
    JsonObject openFromCard(String user, String action, long id) {
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage(user, CARDS, CARD_TS, action, Long.toString(id)));
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    /** A click that is refused in words beside the card, with no form opened. */
    void refusedClick(String user, String action, String value, String answer) {
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage(user, CARDS, CARD_TS, action, value));
        awaitReply(user, answer);
        assertTrue(t.slack.calls("views.open").isEmpty(), "no form opens");
    }

    /** The rating and confirmation forms, opened earlier, are each refused under their field when sent. */
    void formsRefused(String user, JsonObject rating, JsonObject confirming, String answer) {
        String refused = assertRefusedUnder(t.signed.interaction(Payloads.fillIn(user, rating,
                Map.of(RatingForm.STARS, "4"))), rating, RatingForm.STARS);
        assertTrue(refused.contains(answer), refused);
        refused = assertRefusedUnder(t.signed.interaction(Payloads.fillIn(user, confirming, Map.of())), confirming,
                ConfirmForm.RELEASE);
        assertTrue(refused.contains(answer), refused);
    }

    long count(String sql, long id) {
        return t.bot.platform().database().inTransaction(em -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, id).getSingleResult()).longValue());
    }

    long ratings(long packId) {
        return count("select count(*) from pack_ratings where pack_id = ?1", packId);
    }

    long confirmations(long versionId) {
        return count("select count(*) from pack_confirmations where version_id = ?1", versionId);
    }

    int stars(long packId, String member) {
        return t.bot.platform().database().inTransaction(em -> new PacksStore().rating(em, packId, member)).orElseThrow();
    }

    String release(long versionId, String member) {
        return t.bot.platform().database().inTransaction(em -> new PacksStore().confirmation(em, versionId, member))
                .orElseThrow();
    }

    long versionOf(Pack pack) {
        return versions(pack.id()).get(0).id();
    }

    void change(long packId, Consumer<Pack> change) {
        t.bot.platform().database().runInTransaction(em -> change.accept(em.find(Pack.class, packId)));
    }

    String admin(String text) {
        var r = t.signed.slashCommand(ADMIN, "/community-admin", text);
        return r.body().isEmpty() ? "" : JsonParser.parseString(r.body()).getAsJsonObject().get("text").getAsString();
    }

    static List<String> options(JsonObject select) {
        List<String> values = new ArrayList<>();
        for (JsonElement group : select.getAsJsonArray("option_groups")) {
            group.getAsJsonObject().getAsJsonArray("options")
                    .forEach(o -> values.add(o.getAsJsonObject().get("value").getAsString()));
        }
        return values;
    }

    @Test
    void aMemberRatesAPackAndChangesTheirRatingWhichNeverAddsASecond() {
        Pack pack = storedPack(ANN, "PII-safe tracing", Set.of("language:java"));
        JsonObject form = openFromCard(CAL, PackActions.RATE, pack.id());
        assertEquals(RatingForm.CALLBACK, form.get("callback_id").getAsString());
        JsonObject select = element(form, RatingForm.STARS);
        assertEquals("static_select", select.get("type").getAsString());
        assertEquals(List.of("5", "4", "3", "2", "1"), options(select));
        assertFalse(select.has("initial_option"), "nothing is chosen for a first rating");
        assertRefusedUnder(t.signed.interaction(Payloads.fillIn(CAL, form, Map.of())), form, RatingForm.STARS);
        assertEquals(0, ratings(pack.id()), "a form without stars stores nothing");

        assertAccepted(t.signed.interaction(Payloads.fillIn(CAL, form, Map.of(RatingForm.STARS, "3"))));
        awaitReply(CAL, "you rated *PII-safe tracing* 3 stars");
        assertEquals(3, stars(pack.id(), CAL));
        String home = ViewJson.readable(t.slack.awaitCall("views.publish", c -> ANN.equals(c.param("user_id"))
                && c.param("view").contains("1 rating"), WAIT).param("view"));
        assertTrue(home.contains("PII-safe tracing"), "the author's Home shows the new rating: " + home);

        form = openFromCard(CAL, PackActions.RATE, pack.id());
        assertEquals("3", element(form, RatingForm.STARS).getAsJsonObject("initial_option").get("value").getAsString(),
                "the form opens on the member's current rating");
        assertAccepted(t.signed.interaction(Payloads.submit(CAL, form, Map.of(RatingForm.STARS, "5"))));
        awaitReply(CAL, "changed your rating of *PII-safe tracing* from 3 to 5 stars");
        assertAccepted(t.signed.interaction(Payloads.fillIn(CAL, openFromCard(CAL, PackActions.RATE, pack.id()),
                Map.of())));
        awaitReply(CAL, "already rated *PII-safe tracing* 5 stars; nothing changed");
        assertEquals(1, ratings(pack.id()), "one rating per member, changed in place");
        assertEquals(5, stars(pack.id(), CAL));

        assertAccepted(t.signed.interaction(Payloads.fillIn(BEN, openFromCard(BEN, PackActions.RATE, pack.id()),
                Map.of(RatingForm.STARS, "4"))));
        awaitReply(BEN, "you rated *PII-safe tracing* 4 stars");
        assertEquals(2, ratings(pack.id()));
        assertEquals(2, summary(pack).ratings());

        JsonObject crafted = openFromCard(MAX, PackActions.RATE, pack.id());
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(MAX, crafted, Map.of(RatingForm.STARS, "6"))),
                crafted, RatingForm.STARS).contains("1 to 5"));
        assertEquals(2, ratings(pack.id()), "a crafted sixth star stores nothing");
    }

    @Test
    void authorsDoNotRateOrConfirmTheirOwnPackAndBannedMembersNeither() {
        Pack pack = storedPack(ANN, "Own pack", Set.of());
        long version = versionOf(pack);
        refusedClick(ANN, PackActions.RATE, Long.toString(pack.id()), "cannot rate your own pack");
        refusedClick(ANN, PackActions.CONFIRM, Long.toString(version), "cannot confirm your own pack");

        JsonObject rating = openFromCard(BEN, PackActions.RATE, pack.id());
        JsonObject confirming = openFromCard(BEN, PackActions.CONFIRM, version);
        assertTrue(admin("ban <@UBEN|ben> rates everything one star").contains("is banned"));
        formsRefused(BEN, rating, confirming, "stopped you"); // banned after the forms opened
        refusedClick(BEN, PackActions.RATE, Long.toString(pack.id()), "stopped you from submitting");
        refusedClick(BEN, PackActions.CONFIRM, Long.toString(version), "stopped you from submitting");
        assertEquals(0, ratings(pack.id()));
        assertEquals(0, confirmations(version));
    }

    @Test
    void staleButtonsOnHiddenDeclinedOrMissingPacksAreAnsweredAndStoreNothing() {
        Pack pack = storedPack(ANN, "Soon hidden", Set.of());
        long version = versionOf(pack);
        JsonObject rating = openFromCard(CAL, PackActions.RATE, pack.id());
        JsonObject confirming = openFromCard(CAL, PackActions.CONFIRM, version);
        change(pack.id(), p -> p.hide(true));
        formsRefused(CAL, rating, confirming, "no longer available"); // hidden while the forms were open
        refusedClick(CAL, PackActions.RATE, Long.toString(pack.id()), "That pack is no longer available");
        refusedClick(CAL, PackActions.CONFIRM, Long.toString(version), "That version of the pack is no longer available");

        change(pack.id(), p -> {
            p.hide(false);
            p.decline();
        });
        refusedClick(CAL, PackActions.RATE, Long.toString(pack.id()), "no longer available");
        refusedClick(CAL, PackActions.CONFIRM, Long.toString(version), "no longer available");
        refusedClick(CAL, PackActions.RATE, "987654", "That pack is no longer available");
        refusedClick(CAL, PackActions.CONFIRM, "987654", "That version of the pack is no longer available");
        refusedClick(CAL, PackActions.RATE, "not-a-pack", "button is broken");
        assertEquals(0, ratings(pack.id()));
        assertEquals(0, confirmations(version));
    }

    @Test
    void aMemberConfirmsAVersionOnARecentReleaseAndMayChangeTheRelease() {
        Pack pack = storedPack(BEN, "Sampling for a Go mesh", Set.of("language:go"));
        long version = versionOf(pack);
        JsonObject form = openFromCard(CAL, PackActions.CONFIRM, version);
        assertEquals(ConfirmForm.CALLBACK, form.get("callback_id").getAsString());
        JsonObject select = element(form, ConfirmForm.RELEASE);
        assertEquals("static_select", select.get("type").getAsString());
        assertEquals(List.of("1.4", "1.3", "1.2", "1.1", "1.0"), options(select), "1.4.2 back to 1.0");
        assertEquals("1.4", select.getAsJsonObject("initial_option").get("value").getAsString());
        assertTrue(form.toString().contains("tried it on Odigos 1.4"), form.toString());

        assertAccepted(t.signed.interaction(Payloads.fillIn(CAL, form, Map.of())));
        awaitReply(CAL, "confirmed that *Sampling for a Go mesh* v1 works on your cluster on Odigos 1.4");
        assertEquals("1.4", release(version, CAL));

        form = openFromCard(CAL, PackActions.CONFIRM, version);
        assertEquals("1.4", element(form, ConfirmForm.RELEASE).getAsJsonObject("initial_option").get("value")
                .getAsString(), "the form opens on the member's confirmation");
        assertAccepted(t.signed.interaction(Payloads.submit(CAL, form, Map.of(ConfirmForm.RELEASE, "1.3"))));
        awaitReply(CAL, "changed your confirmation of *Sampling for a Go mesh* v1 from Odigos 1.4 to 1.3");
        assertEquals(1, confirmations(version), "one confirmation per member, changed in place");
        assertEquals("1.3", release(version, CAL));

        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(CAL, form, Map.of(ConfirmForm.RELEASE,
                "1.9"))), form, ConfirmForm.RELEASE).contains("not out yet"), "a crafted future release");
        assertEquals("1.3", release(version, CAL));

        assertAccepted(t.signed.interaction(Payloads.fillIn(ANN, openFromCard(ANN, PackActions.CONFIRM, version),
                Map.of())));
        awaitReply(ANN, "works on your cluster on Odigos 1.4");
        assertEquals(Map.of("1.3", 1L, "1.4", 1L), summary(pack).confirmations());
    }

    @Test
    void withTheCurrentReleaseUnknownTheReleaseIsTypedAndAnUnreadableOneIsRefusedUnderItsField() throws Exception {
        t.close();
        releaseUnknown = true;
        t = startBot();
        people();
        Pack pack = storedPack(ANN, "Tempo destination", Set.of("destination:tempo"));
        long version = versionOf(pack);
        JsonObject form = openFromCard(CAL, PackActions.CONFIRM, version);
        JsonObject input = element(form, ConfirmForm.RELEASE);
        assertEquals("plain_text_input", input.get("type").getAsString());
        assertFalse(input.has("initial_value"));

        for (String unreadable : List.of("latest", "1", "one.four", "1.4.2.9.9")) {
            assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(CAL, form, Map.of(ConfirmForm.RELEASE,
                    unreadable))), form, ConfirmForm.RELEASE).contains("like 1.4 or v1.4.2"), unreadable);
        }
        assertRefusedUnder(t.signed.interaction(Payloads.fillIn(CAL, form, Map.of())), form, ConfirmForm.RELEASE);
        assertEquals(0, confirmations(version), "nothing is stored for a release that cannot be read");

        assertAccepted(t.signed.interaction(Payloads.fillIn(CAL, form, Map.of(ConfirmForm.RELEASE, "v1.5.0-rc.1"))));
        awaitReply(CAL, "works on your cluster on Odigos 1.5");
        assertEquals("1.5", release(version, CAL), "stored to the minor");
        assertEquals("1.5", element(openFromCard(CAL, PackActions.CONFIRM, version), ConfirmForm.RELEASE)
                .get("initial_value").getAsString());
        assertFalse(summary(pack).untestedRecent(), "with the current release unknown, no pack is labelled untested");
    }

    @Test
    void bestFirstFollowsRatingsAndConfirmationsAndTheUntestedLabelClearsOnARecentRelease() {
        Pack baseline = storedPack(MAX, "Baseline pack", Set.of());
        for (int i = 0; i < 10; i++) { // the community's mean: 3 stars over ten ratings
            packs().ratings().rate("URATER" + i, baseline.id(), 3);
        }
        t.clock.advance(Duration.ofMinutes(1));
        Pack ann = storedPack(ANN, "Ann's pack", Set.of());
        t.clock.advance(Duration.ofMinutes(1));
        Pack ben = storedPack(BEN, "Ben's pack", Set.of());
        assertEquals(List.of("Ben's pack", "Ann's pack", "Baseline pack"), bestFirst(),
                "all at the mean of 3 stars: the newest first");
        assertTrue(summary(ann).untestedRecent() && summary(ben).untestedRecent(),
                "the author's own tried-on list is not a confirmation");

        assertAccepted(t.signed.interaction(Payloads.fillIn(CAL, openFromCard(CAL, PackActions.RATE, ann.id()),
                Map.of(RatingForm.STARS, "5"))));
        awaitReply(CAL, "you rated");
        assertEquals(List.of("Ann's pack", "Ben's pack", "Baseline pack"), bestFirst(), "Cal's five stars lift Ann's");

        long benVersion = versionOf(ben);
        assertAccepted(t.signed.interaction(Payloads.fillIn(CAL, openFromCard(CAL, PackActions.CONFIRM, benVersion),
                Map.of())));
        awaitReply(CAL, "works on your cluster on Odigos 1.4");
        assertFalse(summary(ben).untestedRecent(), "confirmed on 1.4");
        for (int i = 0; i < 4; i++) {
            packs().ratings().confirm("UCONFIRMER" + i, benVersion, OdigosVersion.parse("1.4").orElseThrow());
        }
        assertEquals(List.of("Ben's pack", "Ann's pack", "Baseline pack"), bestFirst(),
                "five confirmations on the current release outweigh one five-star rating");

        long annVersion = versionOf(ann);
        packs().ratings().confirm(BEN, annVersion, OdigosVersion.parse("1.2").orElseThrow());
        assertTrue(summary(ann).untestedRecent(), "1.2 is not one of the latest two releases");
        packs().ratings().confirm(MAX, annVersion, OdigosVersion.parse("1.3").orElseThrow());
        assertFalse(summary(ann).untestedRecent(), "1.3 is the release before the current 1.4");
    }

    PackSummary summary(Pack pack) {
        return t.bot.platform().database().inTransaction(em -> packs().summaries().of(em, em.find(Pack.class, pack.id())));
    }

    List<String> bestFirst() {
        return t.bot.platform().database().inTransaction(em -> packs().summaries().of(em, new PacksStore().visible(em, 50))
                .stream().sorted(PackSummaries.BEST_FIRST).map(s -> s.pack().name()).toList());
    }
}
