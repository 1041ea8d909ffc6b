package io.odigos.community.design;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.Listing;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A brainstorm through signed requests: the open question, ideas (checked, banned members refused), upvotes once per
 * member with undo, the top ideas on the post, and an admin handing one to feedback once, credited to its author.
 */
class BrainstormEndToEndTest extends DesignJourneys {

    static final String QUESTION = "How should Odigos handle multi-cluster setups?";

    @BeforeEach
    void members() {
        people();
    }

    DesignDocument openBrainstorm() {
        JsonObject form = form(AUTHOR, "brainstorm");
        String blocks = form.get("blocks").toString();
        assertFalse(blocks.contains("\"block_id\":\"" + DesignDraft.LINK + "\"")
                || blocks.contains("\"block_id\":\"" + DesignDraft.QUESTIONS + "\""), "no document, no questions");
        assertAccepted(submit(AUTHOR, form, Map.of(DesignDraft.TITLE, "Multi-cluster",
                DesignDraft.SUMMARY, QUESTION)));
        return design().documents().open(10).get(0);
    }

    long idea(String member, EmulatedMessage post, long brainstormId, String text) {
        assertAccepted(submit(member, formFromClick(member, post, DesignViews.ADD_IDEA, brainstormId),
                Map.of(DesignForm.IDEA, text)));
        return design().brainstorms().top(brainstormId, 50).stream().filter(i -> i.text().equals(text)).findFirst()
                .orElseThrow().id();
    }

    @Test
    void ideasAreCheckedUpvotedOncePerMemberAndListedByVotes() {
        DesignDocument brainstorm = openBrainstorm();
        assertTrue(brainstorm.isBrainstorm());
        EmulatedMessage post = post(QUESTION);

        JsonObject form = formFromClick(BEA, post, DesignViews.ADD_IDEA, brainstorm.id());
        assertRefusedUnder(submit(BEA, form, Map.of()), form, DesignForm.IDEA);
        assertRefusedUnder(submit(BEA, form, Map.of(DesignForm.IDEA, "x".repeat(301))), form, DesignForm.IDEA);
        assertRefusedUnder(submit(BEA, form, Map.of(DesignForm.IDEA, "@everyone vote for me")), form, DesignForm.IDEA);
        long federation = idea(BEA, post, brainstorm.id(), "A <federated> view of all clusters");
        long perCluster = idea(CAI, post, brainstorm.id(), "One collector per cluster");
        awaitPostShows(post, "2 ideas");
        assertTrue(current(post).contains("A &lt;federated&gt; view"), "escaped: " + current(post));

        click(CAI, post, DesignViews.UPVOTE + federation, federation);
        click(DEV, post, DesignViews.UPVOTE + federation, federation);
        click(DEV, post, DesignViews.UPVOTE + federation, federation); // once per member
        click(AUTHOR, post, DesignViews.UPVOTE + perCluster, perCluster);
        awaitPostShows(post, "*2* :arrow_up: A &lt;federated&gt;");
        click(DEV, post, DesignViews.UNDO_UPVOTE + federation, federation);
        click(DEV, post, DesignViews.UNDO_UPVOTE + federation, federation);
        click(CAI, post, DesignViews.UPVOTE + perCluster, perCluster);
        String shown = awaitPostShows(post, "*2* :arrow_up: One collector per cluster");
        assertTrue(shown.indexOf("One collector") < shown.indexOf("federated"), "the most upvoted first: " + shown);
        var top = design().brainstorms().top(brainstorm.id(), 5);
        assertEquals(2, top.get(0).votes());
        assertEquals(1, top.get(1).votes());

        admin(TestBot.ADMIN, "ban <@" + DEV + "> spam");
        click(DEV, post, DesignViews.ADD_IDEA, brainstorm.id());
        awaitReply(DEV, "stopped you");
    }

    @Test
    void anAdminHandsATopIdeaToFeedbackOnceCreditingItsAuthor() {
        DesignDocument brainstorm = openBrainstorm();
        EmulatedMessage post = post(QUESTION);
        long federation = idea(BEA, post, brainstorm.id(), "A federated view of all clusters");
        click(CAI, post, DesignViews.UPVOTE + federation, federation);
        awaitPostShows(post, "*1* :arrow_up:");

        click(CAI, post, DesignViews.TO_FEEDBACK + federation, federation);
        awaitReply(CAI, "Only community admins");
        assertTrue(t.bot.features().feedback().service().list(Listing.MINE, BEA, null, 10).isEmpty());

        click(TestBot.ADMIN, post, DesignViews.TO_FEEDBACK + federation, federation);
        awaitReply(TestBot.ADMIN, "Handed to feedback as request #");
        var requests = t.bot.features().feedback().service().list(Listing.MINE, BEA, null, 10);
        assertEquals(1, requests.size(), "credited to the idea's author");
        FeedbackItem item = t.bot.features().feedback().service().find(requests.get(0).id()).orElseThrow();
        assertEquals(FeedbackKind.FEATURE, item.kind());
        assertEquals("A federated view of all clusters", item.title());
        awaitPostShows(post, "feature request #" + item.id());

        click(TestBot.ADMIN, post, DesignViews.TO_FEEDBACK + federation, federation); // a stale second click
        awaitReply(TestBot.ADMIN, "already handed to feedback as request #" + item.id());
        assertEquals(1, t.bot.features().feedback().service().list(Listing.MINE, BEA, null, 10).size());
        assertEquals(1, audited("design.idea_to_feedback"));
    }

    @Test
    void aClosedBrainstormTakesNoMoreIdeasOrVotesAndItsAuthorHearsTheTopIdeas() {
        DesignDocument brainstorm = openBrainstorm();
        EmulatedMessage post = post(QUESTION);
        long federation = idea(BEA, post, brainstorm.id(), "A federated view of all clusters");
        t.clock.advance(Duration.ofDays(14).plusMinutes(1));
        // the bot was down through the final comment period: a late sweep closes, and reminds of nothing that is over
        assertEquals(1, design().windows().sweep());
        assertEquals(0, design().windows().sweep());
        awaitDm(AUTHOR, "has closed");
        assertTrue(t.slack.messages(TestBot.CHANNEL).stream().noneMatch(m -> m.visibleText().contains("Final comment")));
        Eventually.holds("the author hears the top ideas", WAIT, () -> t.slack.dmsTo(AUTHOR).stream()
                .anyMatch(m -> m.visibleText().contains("A federated view of all clusters")));

        click(CAI, post, DesignViews.UPVOTE + federation, federation);
        awaitReply(CAI, "closed");
        click(CAI, post, DesignViews.ADD_IDEA, brainstorm.id());
        awaitReply(CAI, "closed");
        assertEquals(0, design().brainstorms().top(brainstorm.id(), 5).get(0).votes());
        awaitPostShows(post, "feedback closed");
        assertTrue(current(post).contains(DesignViews.TO_FEEDBACK), "admins can still hand ideas over");
    }
}
