package io.odigos.community.knowledge;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import io.odigos.community.testing.ViewJson;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading and rating published entries, and where they show: the entry's modal, votes, comments, digest, Home. */
class RatingsEndToEndTest extends KnowledgeJourneys {

    /** The member opens the entry from a list (Home, a search answer); answers the modal. */
    JsonObject open(String user, long id) {
        t.slack.clear();
        clickInDm(user, KnowledgeViews.OPEN, id);
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    /** A vote clicked in the entry's modal; answers the view as it was updated. */
    String vote(String user, JsonObject view, String action, long id, String expected) {
        t.signed.interaction(Payloads.clickInView(user, view, action, Long.toString(id)));
        return ViewJson.readable(t.slack.awaitCall("views.update", c -> c.param("view").contains(expected), WAIT).param("view"));
    }

    long votes(long id) {
        return t.bot.platform().database().inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from kb_votes where entry_id = ?1").setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void openingCountsAViewAndAMemberHasOneChangeableVote() {
        long id = published(ANN, "Helm values explained", EntryKind.GUIDE);
        JsonObject view = open(BEN, id);
        String shown = ViewJson.readable(view.toString());
        assertTrue(shown.contains("Helm values explained") && shown.contains("1 view ·")
                && shown.contains("https://odigos.io/docs/") && shown.contains("Odigos 1.0"), shown);
        open(CAL, id);
        view = open(BEN, id);
        assertEquals(3, entry(id).views());

        String after = vote(BEN, view, EntryView.HELPFUL, id, "your vote counts");
        assertTrue(after.contains("1 found it helpful"), after);
        vote(BEN, view, EntryView.HELPFUL, id, "already said");
        vote(CAL, view, EntryView.HELPFUL, id, "your vote counts");
        assertEquals(2, entry(id).helpful());

        t.slack.clear();
        String changed = vote(BEN, view, EntryView.NOT_HELPFUL, id, "changed your vote");
        assertTrue(changed.contains("1 found it helpful · 1 did not"), changed);
        assertEquals(1, entry(id).helpful());
        assertEquals(1, entry(id).notHelpful());
        assertEquals(2, votes(id), "one vote per member");

        JsonObject comment = t.slack.lastOpenedView();
        assertEquals(NoteForm.Purpose.COMMENT.callback, comment.get("callback_id").getAsString());
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(BEN, comment, Map.of(NoteForm.NOTE,
                "y".repeat(501)))), comment, NoteForm.NOTE).contains("500"));
        assertAccepted(t.signed.interaction(Payloads.submit(BEN, comment, Map.of(NoteForm.NOTE,
                "The <values.yaml> link is dead"))));
        var dm = awaitDm(ANN, "found *Helm values explained* not helpful");
        assertTrue(dm.param("text").contains("The &lt;values.yaml&gt; link is dead"), dm.param("text"));
        assertTrue(!dm.param("text").contains(BEN), "the comment is anonymous");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(CAL, comment, Map.of(NoteForm.NOTE, "meh"))),
                comment, NoteForm.NOTE).contains("*Not helpful* first"), "Cal's vote is helpful");
        assertAccepted(t.signed.interaction(Payloads.submit(BEN, comment, Map.of()))); // the comment is optional
    }

    @Test
    void onlyPublishedEntriesOpenAndAuthorsDoNotRateTheirOwn() {
        long pending = share(ANN, "Not yet reviewed");
        clickInDm(BEN, KnowledgeViews.OPEN, pending);
        awaitReply(BEN, "not published; nothing changed");
        assertEquals(0, entry(pending).views());

        long id = published(ANN, "Own guide", EntryKind.TUTORIAL);
        JsonObject view = open(ANN, id);
        t.signed.interaction(Payloads.clickInView(ANN, view, EntryView.HELPFUL, Long.toString(id)));
        t.slack.awaitCall("chat.postMessage", c -> ANN.equals(c.param("channel"))
                && c.param("text").contains("cannot rate your own entry"), WAIT);
        t.signed.interaction(Payloads.clickInView(BEN, view, EntryView.HELPFUL, "not-a-number"));
        t.slack.awaitCall("chat.postMessage", c -> BEN.equals(c.param("channel"))
                && c.param("text").contains("button is broken"), WAIT);
        assertEquals(0, entry(id).helpful());
        assertEquals(0, votes(id));
    }

    @Test
    void theDigestListsNewAndMostHelpfulGuidesAndHomeShowsMineAndTheLatest() {
        long old = published(BEN, "Older but loved", EntryKind.GUIDE);
        knowledge().ratings().vote(CAL, old, true);
        t.clock.advance(Duration.ofDays(20));
        published(ANN, "New in the fortnight", EntryKind.TUTORIAL);
        share(ANN, "Still in review");

        t.slack.clear();
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "digest preview update").body()
                .contains("on its way"));
        t.slack.awaitCall("chat.postMessage", c -> TestBot.ADMIN.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains("Preview: Community update"), WAIT);
        String preview = t.slack.dmsTo(TestBot.ADMIN).stream().filter(m -> m.text().contains("Preview: Community update"))
                .reduce((a, b) -> b).orElseThrow().visibleText();
        int section = preview.indexOf("Knowledge base");
        assertTrue(section >= 0, preview);
        String knowledgeBase = preview.substring(section);
        assertTrue(knowledgeBase.contains("New guides") && knowledgeBase.contains("New in the fortnight"), preview);
        assertTrue(knowledgeBase.contains("Most helpful") && knowledgeBase.contains("Older but loved"), preview);
        assertTrue(!knowledgeBase.contains("Still in review"), "unpublished entries stay out");

        t.slack.clear();
        t.signed.event(Payloads.appHomeOpened(ANN));
        String home = ViewJson.readable(t.slack.awaitCall("views.publish", c -> ANN.equals(c.param("user_id")), WAIT)
                .param("view"));
        assertTrue(home.contains("Your entries") && home.contains("*Still in review* · waiting for review")
                && home.contains("*New in the fortnight* · published · 0 views"), home);
        assertTrue(home.contains("Latest guides") && home.contains("Older but loved"), home);
        assertTrue(home.contains(KnowledgeViews.SHARE) && home.contains(KnowledgeViews.OPEN), home);
    }
}
