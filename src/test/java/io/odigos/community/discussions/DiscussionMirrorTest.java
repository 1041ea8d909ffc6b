package io.odigos.community.discussions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.testing.FakeDiscussions;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests made in Slack, mirrored to the fake GitHub's discussions: created, kept current, and paced. */
class DiscussionMirrorTest extends MirrorJourneys {

    @Test
    void aRequestBecomesADiscussionWithItsTextStatusWayBackAndSlackVotes() {
        EmulatedMessage post = request(ALICE, "Auto-instrument Ruby on Rails",
                "Our Rails apps send no traces. cc @octocat, see #42 <b>soon</b>");
        mirror().pass();

        FakeDiscussions.Discussion d = discussionOf(post);
        assertEquals(IDEAS, d.categoryId, "in the configured category");
        assertEquals("Auto-instrument Ruby on Rails", d.title);
        assertTrue(d.body.contains("Our Rails apps send no traces."), d.body);
        assertTrue(d.body.contains("**Status:** New") && d.body.contains("Votes in the Odigos Slack: 0"), d.body);
        assertTrue(d.body.contains("Request #" + idOf(post) + " in the Odigos community Slack"), d.body);
        assertFalse(d.body.contains("@octocat") || d.body.contains("#42"), "no mention, no cross-link: " + d.body);
        assertTrue(d.body.contains("&lt;b&gt;soon&lt;/b&gt;"), "tags read as typed: " + d.body);
        assertEquals(1, discussions().all().size());

        for (String voter : List.of("UV1", "UV2", "UV3")) {
            vote(voter, post);
        }
        int before = discussions().mutations().size();
        mirror().pass();
        assertTrue(discussionOf(post).body.contains("Votes in the Odigos Slack: 3"), discussionOf(post).body);
        assertEquals(List.of("UpdateDiscussion"), discussions().mutations().subList(before,
                discussions().mutations().size()).stream().map(FakeDiscussions.Mutation::operation).toList(),
                "three votes since the last pass are one edit");

        int settled = discussions().mutations().size();
        mirror().pass();
        assertEquals(settled, discussions().mutations().size(), "nothing changed, nothing written");
        assertEquals(1, discussions().all().size(), "one discussion per request");
    }

    @Test
    void bugReportsStayInSlack() {
        t.slack.clear();
        assertEquals(200, t.signed.slashCommand(ALICE, "/feedback", "bug").statusCode());
        request(ALICE, "A feature for the record", "So the mirror has something to do.");
        mirror().pass();
        assertEquals(List.of("A feature for the record"), discussions().all().stream().map(d -> d.title).toList());
    }

    @Test
    void writesAreASecondApart() {
        for (int i = 1; i <= 3; i++) {
            request(ALICE, "Paced request " + i, "One of three.");
        }
        mirror().pass();
        List<FakeDiscussions.Mutation> writes = discussions().mutations();
        assertEquals(3, writes.size(), "" + writes);
        for (int i = 1; i < writes.size(); i++) {
            long gap = writes.get(i).atNanos() - writes.get(i - 1).atNanos();
            // the fake records arrival, so the pace's full second shows at least as 0.9 s after network jitter
            assertTrue(gap >= Duration.ofMillis(900).toNanos(), "writes " + (i - 1) + " and " + i + " were "
                    + Duration.ofNanos(gap).toMillis() + " ms apart");
        }
    }

    @Test
    void anAnswerLostAfterGitHubCreatedTheDiscussionIsNotCreatedTwice() {
        EmulatedMessage post = request(ALICE, "Java 21 virtual threads", "Spans across virtual threads break.");
        discussions().loseNextCreateAnswer();
        mirror().pass();
        assertEquals(1, discussions().all().size(), "GitHub created it, the bot never heard");
        assertTrue(admin("github").contains("Behind (to create or update): 1"), admin("github"));

        later(Duration.ofMinutes(10));
        mirror().pass();
        assertEquals(1, discussions().all().size(), "found by its marker and adopted, not created again");
        assertTrue(admin("github").contains("Requests with a discussion: 1. Behind (to create or update): 0"),
                admin("github"));
        assertTrue(discussionOf(post).body.contains("Spans across virtual threads break."));
    }

    @Test
    void theAdminViewShowsTheBacklog() {
        request(ALICE, "Backlog one", "First.");
        request(ALICE, "Backlog two", "Second.");
        String view = admin("github");
        assertTrue(view.contains("Requests with a discussion: 0. Behind (to create or update): 2"), view);
        mirror().pass();
        view = admin("github");
        assertTrue(view.contains("Requests with a discussion: 2. Behind (to create or update): 0"), view);
        assertTrue(view.contains("Writes in the last hour: 2 of the bot's " + WritePace.PER_HOUR), view);
        assertTrue(admin("help").contains("github"), "listed in the admin help");
        assertTrue(t.signed.slashCommand(ALICE, "/community-admin", "github").body().contains("Only community admins"));
    }

    @Test
    void noneOfItWithoutMirroring() throws Exception {
        t.close();
        t = TestBot.start(database(), settings(false));
        request(ALICE, "Not mirrored", "Mirroring is off.");
        assertTrue(t.bot.features().discussions().mirror().isEmpty());
        assertTrue(discussions().all().isEmpty());
        assertTrue(admin("github").contains("Mirroring is off"), admin("github"));
    }
}
