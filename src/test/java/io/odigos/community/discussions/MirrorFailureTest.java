package io.odigos.community.discussions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.testing.FakeDiscussions;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GitHub down, rate limited, or missing a discussion, and requests made before mirroring was set up: nothing is
 * lost or written twice, Slack goes on as usual, and the mirror catches up.
 */
class MirrorFailureTest extends MirrorJourneys {

    @Test
    void theBackfillMirrorsWhatCameBeforeAndResumesAfterAnInterruption() throws Exception {
        t.close();
        t = TestBot.start(database(), settings(false));
        List<EmulatedMessage> before = List.of(request(ALICE, "Earlier one", "First."),
                request(ALICE, "Earlier two", "Second."), request(ALICE, "Earlier three", "Third."));
        EmulatedMessage shipped = request(ALICE, "Shipped long ago", "Done already.");
        admin("status " + idOf(shipped) + " shipped");
        assertTrue(admin("github").contains("Mirroring is off"), admin("github"));

        discussions().failCreatesAfter(2);
        restart(true);
        mirror().pass();
        assertEquals(2, discussions().all().size(), "two created, then GitHub went down");
        assertTrue(admin("github").contains("Requests with a discussion: 2. Behind (to create or update): 2"),
                admin("github"));
        assertTrue(admin("github").contains("Mirroring waits until"), admin("github"));

        discussions().allowCreates();
        restart(true);
        later(Duration.ofMinutes(1));
        mirror().pass();
        for (EmulatedMessage post : before) {
            assertEquals(post.visibleText().contains("Earlier") ? 1 : 0,
                    discussions().all().stream().filter(d -> d.body.contains(
                            "odigos-community-bot request " + idOf(post) + " ")).count());
        }
        assertEquals(3, discussions().all().size(), "each earlier request once; what shipped before is not mirrored");
        assertTrue(admin("github").contains("Requests with a discussion: 3. Behind (to create or update): 0"),
                admin("github"));
    }

    @Test
    void gitHubDownForAWhileBlocksNothingInSlackAndTheMirrorCatchesUp() {
        github.failWith(502);
        EmulatedMessage post = request(ALICE, "Node.js ESM support", "ESM apps get no spans.");
        vote("UV1", post);
        vote("UV2", post);
        mirror().pass();
        assertTrue(discussions().all().isEmpty());
        String view = admin("github");
        assertTrue(view.contains("Behind (to create or update): 1"), view);
        assertTrue(view.contains("Mirroring waits until"), view);

        github.recover();
        mirror().pass();
        assertTrue(discussions().all().isEmpty(), "still backing off");
        later(Duration.ofMinutes(10));
        mirror().pass();
        assertTrue(discussionOf(post).body.contains("Votes in the Odigos Slack: 2"), discussionOf(post).body);
        assertTrue(admin("github").contains("Behind (to create or update): 0"), admin("github"));
    }

    @Test
    void aTokenRefusedLaterPausesTheMirrorUntilItIsFixed() {
        github.acceptGraphqlToken("rotated-" + token);
        EmulatedMessage post = request(ALICE, "Token rotated", "Someone rotated the token.");
        mirror().pass();
        assertTrue(discussions().all().isEmpty());
        assertTrue(admin("github").contains("Mirroring waits until"), admin("github"));
        github.acceptGraphqlToken(token);
        later(Duration.ofMinutes(6));
        mirror().pass();
        assertEquals("Token rotated", discussionOf(post).title);
    }

    @Test
    void aCategoryDeletedOnGitHubStopsNothingAndMirroringResumesWhenItIsBack() {
        discussions().categoryDeleted(IDEAS, true);
        github.discussionCategories(REPOSITORY, List.of("General"));
        EmulatedMessage post = request(ALICE, "Category gone", "An admin deleted Ideas.");
        mirror().pass();
        assertTrue(discussions().all().isEmpty());
        String view = admin("github");
        assertTrue(view.contains(":warning: Last check") && view.contains("no repository or category to write to"),
                view);
        assertTrue(view.contains("Behind (to create or update): 1"), view);
        vote("UV1", post); // Slack goes on

        later(Duration.ofMinutes(6));
        mirror().pass();
        assertTrue(admin("github").contains("has no discussion category 'Ideas'"), "checked again: " + admin("github"));
        assertTrue(discussions().all().isEmpty());

        discussions().categoryDeleted(IDEAS, false);
        github.discussionCategories(REPOSITORY, List.of("General", "Ideas"));
        later(Duration.ofMinutes(6));
        mirror().pass();
        assertTrue(discussionOf(post).body.contains("Votes in the Odigos Slack: 1"), discussionOf(post).body);
        assertTrue(admin("github").contains(":white_check_mark: Last check"), admin("github"));
    }

    @Test
    void aSpentRateLimitWaitsForGitHubsReset() {
        EmulatedMessage post = request(ALICE, "Kafka destination", "Send spans to Kafka.");
        github.spendRateLimit();
        mirror().pass();
        assertTrue(discussions().all().isEmpty());
        github.recover();
        later(Duration.ofMinutes(30));
        mirror().pass();
        assertTrue(discussions().all().isEmpty(), "GitHub's reset is an hour away");
        later(Duration.ofMinutes(40));
        mirror().pass();
        assertEquals("Kafka destination", discussionOf(post).title);
    }

    @Test
    void aDiscussionDeletedOnGitHubIsNotWrittenAgain() {
        EmulatedMessage post = request(ALICE, "Deleted upstream", "A maintainer deleted this discussion.");
        mirror().pass();
        FakeDiscussions.Discussion d = discussionOf(post);
        discussions().delete(d);
        vote("UV1", post);
        mirror().pass();
        int writes = discussions().mutations().size();
        vote("UV2", post);
        mirror().pass();
        assertEquals(writes, discussions().mutations().size(), "nothing more is written for it");
        assertTrue(discussions().all().isEmpty(), "and it is not created again");
        assertTrue(admin("github").contains("Behind (to create or update): 0"), admin("github"));
    }
}
