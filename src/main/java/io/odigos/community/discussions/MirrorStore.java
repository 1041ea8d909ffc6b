package io.odigos.community.discussions;

import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackKind;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes of discussion_mirrors, and of the mirror's flag on feedback_items, in the caller's transaction. */
final class MirrorStore {

    DiscussionMirror find(EntityManager em, long itemId) {
        return em.find(DiscussionMirror.class, itemId);
    }

    DiscussionMirror insert(EntityManager em, DiscussionMirror mirror) {
        em.persist(mirror);
        return mirror;
    }

    /**
     * Feature requests whose discussion is behind, due now, oldest first: changes to discussions that exist come
     * before discussions still to create, so a backfill of old requests never holds up what members do today.
     */
    List<Long> due(EntityManager em, Instant now, int limit) {
        List<Long> ids = new ArrayList<>(em.createQuery("select i.id from FeedbackItem i where i.mirrorDirty = true "
                        + "and i.kind = :k and exists (select 1 from DiscussionMirror m where m.itemId = i.id "
                        + "and m.nextAttemptAt <= :now) order by i.id", Long.class)
                .setParameter("k", FeedbackKind.FEATURE).setParameter("now", now).setMaxResults(limit).getResultList());
        if (ids.size() < limit) {
            ids.addAll(em.createQuery("select i.id from FeedbackItem i where i.mirrorDirty = true and i.kind = :k "
                            + "and not exists (select 1 from DiscussionMirror m where m.itemId = i.id) order by i.id",
                            Long.class)
                    .setParameter("k", FeedbackKind.FEATURE).setMaxResults(limit - ids.size()).getResultList());
        }
        return ids;
    }

    /** GitHub shows version {@code version} of the item: clear its flag unless it changed again meanwhile. */
    void markClean(EntityManager em, long itemId, int version) {
        em.createQuery("update FeedbackItem i set i.mirrorDirty = false where i.id = :id and i.postVersion = :v")
                .setParameter("id", itemId).setParameter("v", version).executeUpdate();
    }

    /** The address of the discussion of a request, if it has one. */
    Optional<String> discussionUrl(EntityManager em, long itemId) {
        DiscussionMirror m = find(em, itemId);
        return m == null || m.discussionUrl() == null || m.deleted() ? Optional.empty()
                : Optional.of(m.discussionUrl());
    }

    /** What {@code /community-admin github} shows of the mirror's work. */
    record Backlog(long behind, long mirrored, long failing, Optional<String> latestError) {
    }

    Backlog backlog(EntityManager em) {
        long behind = em.createQuery("select count(i) from FeedbackItem i where i.mirrorDirty = true and i.kind = :k",
                Long.class).setParameter("k", FeedbackKind.FEATURE).getSingleResult();
        long mirrored = em.createQuery("select count(m) from DiscussionMirror m where m.discussionId is not null "
                + "and m.deleted = false", Long.class).getSingleResult();
        List<DiscussionMirror> failing = em.createQuery("select m from DiscussionMirror m where m.attempts > 0 "
                + "order by m.nextAttemptAt desc", DiscussionMirror.class).getResultList();
        return new Backlog(behind, mirrored, failing.size(), failing.stream().findFirst()
                .map(m -> "request #" + m.itemId() + ": " + m.lastError()));
    }

    FeedbackItem item(EntityManager em, long itemId) {
        return em.find(FeedbackItem.class, itemId);
    }

    // ---- the GitHub webhook's import (DiscussionImport) ----

    /** The request of a discussion, by GitHub's node id, row-locked so two deliveries about it take turns. */
    DiscussionMirror byDiscussion(EntityManager em, String discussionId) {
        return em.createQuery("select m from DiscussionMirror m where m.discussionId = :d", DiscussionMirror.class)
                .setParameter("d", discussionId).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
    }
}
