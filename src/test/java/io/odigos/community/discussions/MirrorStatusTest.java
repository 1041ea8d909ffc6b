package io.odigos.community.discussions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.testing.FakeDiscussions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What admins decide in Slack reaches the discussion: statuses, merges and a moderator's removal. */
class MirrorStatusTest extends MirrorJourneys {

    static String lastComment(FakeDiscussions.Discussion d) {
        return d.comments.isEmpty() ? "" : d.comments.get(d.comments.size() - 1).body();
    }

    @Test
    void statusChangesReachTheDiscussionAsLabelCommentAndClose() {
        discussions().labels("planned", "in progress", "shipped"); // no "declined": that one is only a comment
        EmulatedMessage post = request(ALICE, "OTLP over HTTP/JSON", "Our collector only takes JSON.");
        for (String voter : List.of("UV1", "UV2", "UV3")) {
            vote(voter, post);
        }
        mirror().pass();
        long id = idOf(post);

        admin("status " + id + " planned");
        mirror().pass();
        FakeDiscussions.Discussion d = discussionOf(post);
        assertEquals(Set.of("planned"), d.labels);
        assertTrue(lastComment(d).contains("**Status:** Planned"), lastComment(d));
        assertTrue(d.body.contains("**Status:** Planned"), d.body);
        assertFalse(d.closed);

        admin("status " + id + " shipped");
        mirror().pass();
        assertEquals(Set.of("shipped"), d.labels, "the planned label makes way");
        assertTrue(lastComment(d).contains("Shipped") && lastComment(d).contains("3 in Slack and 0 here"),
                "voters on GitHub hear of the ship in the discussion: " + lastComment(d));
        assertTrue(d.closed);
        assertEquals("RESOLVED", d.closeReason);

        admin("status " + id + " in-progress");
        mirror().pass();
        assertFalse(d.closed, "reopened when the request is open again");
        assertEquals(Set.of("in progress"), d.labels);
    }

    @Test
    void aDeclinedRequestClosesAsOutdatedSinceGitHubHasNoNotPlanned() {
        EmulatedMessage post = request(ALICE, "Windows support", "Run the eBPF agent on Windows nodes.");
        mirror().pass();
        admin("status " + idOf(post) + " declined");
        mirror().pass();
        FakeDiscussions.Discussion d = discussionOf(post);
        assertTrue(d.closed);
        assertEquals("OUTDATED", d.closeReason);
        assertTrue(lastComment(d).contains("**Declined**"), lastComment(d));
        assertEquals(Set.of(), d.labels, "the repository has no declined label, so none is added");
    }

    @Test
    void mergingClosesTheDuplicateAsDuplicateAndLinksTheOriginal() {
        EmulatedMessage original = request(ALICE, "Grafana Tempo exporter", "Send traces to Tempo.");
        EmulatedMessage duplicate = request("UBOB", "Tempo destination please", "Tempo, please.");
        mirror().pass();
        admin("merge " + idOf(duplicate) + " " + idOf(original));
        mirror().pass();
        FakeDiscussions.Discussion dup = discussionOf(duplicate);
        assertTrue(dup.closed);
        assertEquals("DUPLICATE", dup.closeReason);
        assertTrue(lastComment(dup).contains(discussionOf(original).url), "links the original: " + lastComment(dup));
        assertFalse(discussionOf(original).closed);
    }

    @Test
    void aModeratorsRemovalClosesTheDiscussionAndARestoreReopensIt() {
        EmulatedMessage post = request(ALICE, "Buy cheap watches", "Visit my shop.");
        mirror().pass();
        admin("hide " + idOf(post));
        mirror().pass();
        FakeDiscussions.Discussion d = discussionOf(post);
        assertTrue(d.body.contains("removed by the moderators") && !d.body.contains("Visit my shop"), d.body);
        assertTrue(d.closed);

        admin("restore " + idOf(post));
        mirror().pass();
        assertTrue(d.body.contains("Visit my shop"), d.body);
        assertFalse(d.closed);
    }
}
