package io.odigos.community.discussions;

import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.testing.FakeDiscussions;
import io.odigos.community.testing.FakeGitHub;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Many mirrored requests at once, for tests of what the poller picks among them: rows written straight to the
 * database (no Slack post, nothing for the mirror to write), each with its own discussion on the fake GitHub.
 */
final class MirrorFixtures {

    private MirrorFixtures() {
    }

    /** {@code count} feature requests with discussions last active {@code ago} before the bot's clock; their ids. */
    static List<Long> mirrored(TestBot t, FakeGitHub github, int count, Duration ago) {
        String category = FakeGitHub.discussionCategoryId("odigos-io/odigos", "Ideas");
        String batch = "fixture-" + UUID.randomUUID() + "-";
        Instant at = t.clock.instant().minus(ago);
        return t.bot.platform().database().inTransaction(em -> {
            for (int i = 0; i < count; i++) {
                em.createNativeQuery("insert into feedback_items (kind, title, author_id, source, status, vote_count, "
                                + "hidden, post_dirty, post_version, created_at, status_changed_at, community_voted, "
                                + "listed, mirror_dirty) values ('FEATURE', ?1, 'UANN', 'API', 'NEW', 0, false, "
                                + "false, 0, ?2, ?2, false, true, false)")
                        .setParameter(1, batch + i).setParameter(2, at).executeUpdate();
            }
            List<Long> ids = em.createQuery("select i.id from FeedbackItem i where i.title like :b order by i.id",
                    Long.class).setParameter("b", batch + "%").getResultList();
            for (long id : ids) {
                FakeDiscussions.Discussion d = github.discussions().startedOnGitHub(category, "Request " + id, "",
                        "octocat");
                em.persist(DiscussionMirror.imported(id, new Discussion(d.id, d.number, d.url), FeedbackStatus.NEW,
                        at));
            }
            return ids;
        });
    }

    /** The discussion ids of these requests, in the same order. */
    static List<String> discussionIds(TestBot t, List<Long> itemIds) {
        return t.bot.platform().database().inTransaction(em -> itemIds.stream()
                .map(id -> em.find(DiscussionMirror.class, id).discussionId()).toList());
    }
}
