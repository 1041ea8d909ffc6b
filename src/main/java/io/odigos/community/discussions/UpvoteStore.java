package io.odigos.community.discussions;

import io.odigos.community.feedback.FeedbackItem;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The upvote poller's reads and writes (issue 18, one count): which mirrored discussions are due a poll, and an
 * upvote count carried to the mirror row and to the item's combined count, each in the caller's transaction.
 */
final class UpvoteStore {

    /** Active within a day: polled every run (runs are a minute apart; this keeps one run from polling twice). */
    static final Duration EVERY_RUN = Duration.ofSeconds(30);
    static final Duration HOURLY = Duration.ofHours(1);
    static final Duration DAILY = Duration.ofDays(1);
    static final Duration WEEK = Duration.ofDays(7);

    /** A mirrored discussion to poll, and the upvotes it had when last polled. */
    record Due(long itemId, String discussionId, int upvotes) {
    }

    /**
     * Discussions due a poll, most recently active first: never polled; active in the last day and not polled this
     * run; active in the last week and not polled for an hour; any other not polled for a day.
     */
    List<Due> due(EntityManager em, Instant now, int limit) {
        return em.createQuery("select new io.odigos.community.discussions.UpvoteStore$Due(m.itemId, m.discussionId, "
                        + "m.upvotes) from DiscussionMirror m where m.deleted = false and m.discussionId is not null "
                        + "and (m.upvotesPolledAt is null "
                        + "or (m.activeAt >= :dayAgo and m.upvotesPolledAt < :runAgo) "
                        + "or (m.activeAt >= :weekAgo and m.upvotesPolledAt < :hourAgo) "
                        + "or m.upvotesPolledAt < :dayAgo) order by m.activeAt desc, m.itemId", Due.class)
                .setParameter("dayAgo", now.minus(DAILY)).setParameter("runAgo", now.minus(EVERY_RUN))
                .setParameter("weekAgo", now.minus(WEEK)).setParameter("hourAgo", now.minus(HOURLY))
                .setMaxResults(limit).getResultList();
    }

    /** These discussions were polled and their upvotes had not changed. */
    void polled(EntityManager em, Collection<Long> itemIds, Instant now) {
        if (!itemIds.isEmpty()) {
            em.createQuery("update DiscussionMirror m set m.upvotesPolledAt = :now where m.itemId in :ids")
                    .setParameter("now", now).setParameter("ids", itemIds).executeUpdate();
        }
    }

    /** The discussion of {@code itemId} now has {@code upvotes}: it counts as active, and the counts follow. */
    void upvotesChanged(EntityManager em, long itemId, int upvotes, Instant now) {
        em.createQuery("update DiscussionMirror m set m.upvotes = :u, m.activeAt = :now, m.upvotesPolledAt = :now "
                        + "where m.itemId = :id").setParameter("u", upvotes).setParameter("now", now)
                .setParameter("id", itemId).executeUpdate();
        recountWithOriginal(em, itemId);
    }

    /** GitHub answered null for the discussion of {@code itemId}: it was deleted, and its upvotes no longer count. */
    void gone(EntityManager em, long itemId, Instant now) {
        em.createQuery("update DiscussionMirror m set m.deleted = true, m.upvotesPolledAt = :now where m.itemId = :id")
                .setParameter("now", now).setParameter("id", itemId).executeUpdate();
        recountWithOriginal(em, itemId);
    }

    /** Recounts the item and, when it was merged into another, the original, which counts its upvotes too. */
    private void recountWithOriginal(EntityManager em, long itemId) {
        recount(em, itemId);
        FeedbackItem item = em.find(FeedbackItem.class, itemId);
        if (item != null && item.mergedIntoId() != null) {
            recount(em, item.mergedIntoId());
        }
    }

    /**
     * github_upvotes = the upvotes of the item's discussion and of those of items merged into it (deleted ones count
     * nothing); total_votes = vote_count + that, in the same statement, so a vote's "total_votes + 1" racing with it
     * is never lost (the update reads vote_count under the row's lock). The post and the discussion redraw only
     * when the figure changed.
     */
    void recount(EntityManager em, long itemId) {
        long upvotes = em.createQuery("select coalesce(sum(m.upvotes), 0) from DiscussionMirror m, FeedbackItem i "
                        + "where i.id = m.itemId and m.deleted = false and (i.id = :id or i.mergedIntoId = :id)",
                        Long.class).setParameter("id", itemId).getSingleResult();
        em.createQuery("update FeedbackItem i set i.githubUpvotes = :u, i.totalVotes = i.voteCount + :u, "
                        + "i.postDirty = true, i.mirrorDirty = true, i.postVersion = i.postVersion + 1 "
                        + "where i.id = :id and i.githubUpvotes <> :u")
                .setParameter("u", (int) upvotes).setParameter("id", itemId).executeUpdate();
    }
}
