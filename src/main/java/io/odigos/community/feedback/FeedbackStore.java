package io.odigos.community.feedback;

import io.odigos.community.core.Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Every read and write of feedback_items and feedback_votes, in JPQL over the entities, each inside the caller's
 * transaction. The one exception is the vote, written with plain JDBC (see {@link #writeVote}). Rows come back as
 * entities or {@link ItemSummary} records, never as arrays.
 */
final class FeedbackStore {

    /** The listing projection, written once: everything a list, the roadmap or a digest shows of an item. */
    private static final String SUMMARY = "select new io.odigos.community.feedback.ItemSummary(i.id, i.kind, i.title, "
            + "i.status, i.voteCount, i.githubUpvotes, i.totalVotes, i.authorId, i.createdAt, i.shippedAt, "
            + "i.communityVoted) from FeedbackItem i ";
    private static final String SHOWN = SUMMARY + "where i.hidden = false and i.mergedIntoId is null ";
    // one statement checks that the item takes votes (listed: open, visible, not merged) and that the member has
    // (or has no) vote yet, and changes it; the count follows only if it did
    private static final String ADD_VOTE = "insert into feedback_votes (item_id, member_id, voted_at) "
            + "select i.id, ?, ? from feedback_items i where i.id = ? and i.listed = true "
            + "and not exists (select 1 from feedback_votes v where v.item_id = ? and v.member_id = ?)";
    private static final String TAKE_BACK_VOTE = "delete from feedback_votes where item_id = ? and member_id = ? "
            + "and exists (select 1 from feedback_items i where i.id = ? and i.listed = true)";
    private static final String COUNT_VOTE = "update feedback_items set vote_count = vote_count + ?, "
            + "total_votes = total_votes + ?, post_dirty = true, mirror_dirty = true, post_version = post_version + 1 "
            + "where id = ?";

    FeedbackItem find(EntityManager em, long id) {
        return em.find(FeedbackItem.class, id);
    }

    /** The item, row-locked so concurrent votes wait and an admin's change sees the current count; null if none. */
    FeedbackItem lock(EntityManager em, long id) {
        return em.find(FeedbackItem.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    FeedbackItem insert(EntityManager em, FeedbackItem item) {
        em.persist(item);
        em.flush(); // the id, for the confirmation that names it
        return item;
    }

    /**
     * One vote added or taken back, with the item's count, if the item takes votes; answers whether it changed.
     * Plain JDBC: these statements run for every click, and Hibernate's native-query setup cost more than they do.
     */
    boolean writeVote(EntityManager em, long itemId, String memberId, boolean add, Instant at) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            boolean changed = (add
                    ? Database.execute(connection, ADD_VOTE, memberId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                            itemId, itemId, memberId)
                    : Database.execute(connection, TAKE_BACK_VOTE, itemId, memberId, itemId)) == 1;
            if (changed) {
                Database.execute(connection, COUNT_VOTE, add ? 1 : -1, add ? 1 : -1, itemId);
            }
            return changed;
        });
    }

    /** Moves the duplicate's votes to the original, once per member, and recounts the original. */
    void moveVotes(EntityManager em, long duplicateId, long originalId) {
        em.createQuery("insert into FeedbackVote (itemId, memberId, votedAt) select :o, d.memberId, d.votedAt "
                        + "from FeedbackVote d where d.itemId = :d and not exists "
                        + "(select 1 from FeedbackVote v where v.itemId = :o and v.memberId = d.memberId)")
                .setParameter("o", originalId).setParameter("d", duplicateId).executeUpdate();
        em.createQuery("delete from FeedbackVote v where v.itemId = :d").setParameter("d", duplicateId).executeUpdate();
        em.createQuery("update FeedbackItem i set i.voteCount = (select count(v) from FeedbackVote v where "
                        + "v.itemId = :o), i.postDirty = true, i.mirrorDirty = true, i.postVersion = i.postVersion + 1 "
                        + "where i.id = :o").setParameter("o", originalId).executeUpdate();
        em.createQuery("update FeedbackItem i set i.totalVotes = i.voteCount + i.githubUpvotes where i.id = :o")
                .setParameter("o", originalId).executeUpdate();
    }

    /** The item's author (when a Slack member) and its voters, in the order they voted, each once. */
    List<String> authorAndVoters(EntityManager em, FeedbackItem item) {
        Set<String> people = new LinkedHashSet<>();
        if (item.hasSlackAuthor()) {
            people.add(item.authorId());
        }
        people.addAll(em.createQuery("select v.memberId from FeedbackVote v where v.itemId = :id order by v.votedAt",
                String.class).setParameter("id", item.id()).getResultList());
        return new ArrayList<>(people);
    }

    List<ItemSummary> list(EntityManager em, Listing listing, String memberId, List<String> words, int limit) {
        TypedQuery<ItemSummary> q = switch (listing) {
            // "listed" alone, so the planner walks the (listed, total_votes, id) index and stops after the first rows;
            // total_votes is Slack's votes plus GitHub's upvotes, the one count
            case TOP -> em.createQuery(SUMMARY + "where i.listed = true order by i.totalVotes desc, i.id desc",
                    ItemSummary.class);
            case NEWEST -> em.createQuery(SHOWN + "order by i.createdAt desc, i.id desc", ItemSummary.class);
            // one IN over a UNION, not "author = :m or id in (votes)": the OR kept databases (H2 for one) from
            // using either index, so every call scanned all items; this way both sides are index lookups
            case MINE -> em.createQuery(SHOWN + "and i.id in (select a.id from FeedbackItem a where a.authorId = :m "
                            + "union select v.itemId from FeedbackVote v where v.memberId = :m) order by i.createdAt desc",
                    ItemSummary.class).setParameter("m", memberId);
            case SEARCH -> search(em, words);
        };
        return q.setMaxResults(limit).getResultList();
    }

    private TypedQuery<ItemSummary> search(EntityManager em, List<String> words) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            where.append("and (lower(i.title) like :w").append(i).append(" or lower(i.problem) like :w").append(i)
                    .append(" or lower(i.steps) like :w").append(i).append(") ");
        }
        var q = em.createQuery(SHOWN + where + "order by i.totalVotes desc, i.id desc", ItemSummary.class);
        for (int i = 0; i < words.size(); i++) {
            q.setParameter("w" + i, "%" + words.get(i).replace("%", "").replace("_", "") + "%");
        }
        return q;
    }

    /** Which of these items the member has voted on. */
    Set<Long> votedBy(EntityManager em, String memberId, Collection<Long> itemIds) {
        // one primary-key probe per item: with "v.itemId in :ids" H2 walked every vote on those items (the
        // most-voted ones, which the Home tab always shows), hundreds of thousands of rows per call
        return new HashSet<>(em.createQuery("select i.id from FeedbackItem i where i.id in :ids and exists "
                        + "(select 1 from FeedbackVote v where v.itemId = i.id and v.memberId = :m)", Long.class)
                .setParameter("m", memberId).setParameter("ids", itemIds).getResultList());
    }

    /** Shown items in a status, most voted first (Slack and GitHub together). */
    List<ItemSummary> inStatus(EntityManager em, FeedbackStatus status, int limit) {
        return em.createQuery(SHOWN + "and i.status = :s order by i.totalVotes desc, i.id", ItemSummary.class)
                .setParameter("s", status).setMaxResults(limit).getResultList();
    }

    /** Shown items shipped since {@code since}, latest first. */
    List<ItemSummary> shippedSince(EntityManager em, Instant since, int limit) {
        return em.createQuery(SHOWN + "and i.status = :s and i.shippedAt >= :since order by i.shippedAt desc",
                        ItemSummary.class)
                .setParameter("s", FeedbackStatus.SHIPPED).setParameter("since", since).setMaxResults(limit)
                .getResultList();
    }

    /** Shown items of a kind shipped in [from, to), most voted first (Slack and GitHub together). */
    List<ItemSummary> shipped(EntityManager em, FeedbackKind kind, Instant from, Instant to, int limit) {
        return em.createQuery(SHOWN + "and i.kind = :k and i.status = :s and i.shippedAt >= :from and i.shippedAt < :to "
                        + "order by i.totalVotes desc, i.id", ItemSummary.class)
                .setParameter("k", kind).setParameter("s", FeedbackStatus.SHIPPED).setParameter("from", from)
                .setParameter("to", to).setMaxResults(limit).getResultList();
    }

    long communityVotedShipped(EntityManager em, Instant from, Instant to) {
        return em.createQuery("select count(i) from FeedbackItem i where i.communityVoted = true and i.status = :s "
                        + "and i.shippedAt >= :from and i.shippedAt < :to", Long.class)
                .setParameter("s", FeedbackStatus.SHIPPED).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }

    // ---- the channel posts, for the refresher -------------------------------------------------------------------

    /** Something the post shows changed outside the item's row (its lead): the refresher redraws it. */
    void touchPost(EntityManager em, long id) {
        em.createQuery("update FeedbackItem i set i.postDirty = true, i.mirrorDirty = true, "
                + "i.postVersion = i.postVersion + 1 where i.id = :id").setParameter("id", id).executeUpdate();
    }

    // ---- requests started on GitHub (ImportedRequests) ----------------------------------------------------------

    /** The requests the login started on GitHub become the member's (the login's case as GitHub showed it). */
    int creditGitHubLogin(EntityManager em, String login, String memberId) {
        return em.createQuery("update FeedbackItem i set i.authorId = :m, i.postDirty = true, i.mirrorDirty = true, "
                        + "i.postVersion = i.postVersion + 1 where i.source = :s and lower(i.githubAuthor) = :l "
                        + "and i.authorId <> :m")
                .setParameter("m", memberId).setParameter("s", FeedbackSource.GITHUB)
                .setParameter("l", login.toLowerCase(java.util.Locale.ROOT)).executeUpdate();
    }
}
