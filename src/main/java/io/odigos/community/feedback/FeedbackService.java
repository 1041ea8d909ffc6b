package io.odigos.community.feedback;

import io.odigos.community.core.Refusal;
import io.odigos.community.core.AuditLog;
import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.GroupCommit;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Members;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The rules of feedback: submitting, voting, statuses, merging and moderation. Each method is one transaction;
 * messages it promises (confirmations, close-the-loop DMs) are queued in the same transaction.
 */
public final class FeedbackService {

    public static final int MAX_SEARCH_WORDS = 5;
    private static final int VOTE_GROUP = 128;
    // one statement checks that the item takes votes (listed: open, visible, not merged) and that the member has
    // (or has no) vote yet, and changes it; the count follows only if it did
    private static final String ADD_VOTE = "insert into feedback_votes (item_id, member_id, voted_at) "
            + "select i.id, ?, ? from feedback_items i where i.id = ? and i.listed = true "
            + "and not exists (select 1 from feedback_votes v where v.item_id = ? and v.member_id = ?)";
    private static final String TAKE_BACK_VOTE = "delete from feedback_votes where item_id = ? and member_id = ? "
            + "and exists (select 1 from feedback_items i where i.id = ? and i.listed = true)";
    private static final String COUNT_VOTE = "update feedback_items set vote_count = vote_count + ?, post_dirty = true, "
            + "post_version = post_version + 1 where id = ?";

    private final Database database;
    private final SlackOutbox outbox;
    private final AuditLog audit;
    private final Members members;
    private final Bans bans;
    private final Clock clock;
    private final int communityVotedThreshold;
    private final Duration shippedVisibleFor;
    /** Votes arriving together share a transaction: a storm of clicks costs a few commits, not one each. */
    private final GroupCommit<VoteChange, Boolean> votes;

    public FeedbackService(Database database, SlackOutbox outbox, AuditLog audit, Members members, Bans bans,
                           Clock clock, int communityVotedThreshold, int roadmapShippedDays) {
        this.database = database;
        this.outbox = outbox;
        this.audit = audit;
        this.members = members;
        this.bans = bans;
        this.clock = clock;
        this.votes = new GroupCommit<>(database, this::write, VOTE_GROUP);
        this.communityVotedThreshold = communityVotedThreshold;
        this.shippedVisibleFor = Duration.ofDays(roadmapShippedDays);
    }

    public int communityVotedThreshold() {
        return communityVotedThreshold;
    }

    /**
     * Stores a valid submission and queues the author's confirmation; refuses a banned member, and throws with every
     * problem of the form otherwise.
     */
    public FeedbackItem submit(FeedbackSubmission submission, String authorId, FeedbackSource source, String sourceLink) {
        if (!FeedbackItem.API_AUTHOR.equals(authorId)) {
            requireMaySubmit(authorId);
        }
        var problems = submission.problems();
        if (!problems.isEmpty()) {
            Map<String, String> byKey = new java.util.LinkedHashMap<>();
            problems.forEach((field, problem) -> byKey.put(field.key(), problem));
            throw new InvalidInput(byKey);
        }
        FeedbackItem item = database.inTransaction(em -> {
            FeedbackItem created = new FeedbackItem(submission, authorId, source, sourceLink, clock.instant());
            em.persist(created);
            em.flush();
            outbox.liveMessagesChanged(); // its channel post goes out as soon as this commits
            if (created.hasSlackAuthor()) {
                outbox.enqueue(em, OutgoingMessage.dm(authorId, FeedbackMessages.submitted(created), null));
            }
            return created;
        });
        return item;
    }

    /** Refuses a member banned from submitting, e.g. before they fill in a form for nothing. */
    public void requireMaySubmit(String memberId) {
        bans.requireNotBanned(memberId);
    }

    public Optional<FeedbackItem> find(long id) {
        return Optional.ofNullable(database.inTransaction(em -> em.find(FeedbackItem.class, id)));
    }

    /** Adds the member's vote; answers whether it was new. Voting twice changes nothing. */
    public boolean vote(long itemId, String memberId) {
        return change(new VoteChange(itemId, memberId, true));
    }

    /** Takes the member's vote back; answers whether there was one. */
    public boolean unvote(long itemId, String memberId) {
        return change(new VoteChange(itemId, memberId, false));
    }

    private record VoteChange(long itemId, String memberId, boolean add) {
    }

    private boolean change(VoteChange change) {
        boolean changed;
        try {
            changed = votes.submit(change);
        } catch (ConstraintViolationException e) {
            return false; // a concurrent click by the same member on another instance came first; the key kept one vote
        }
        if (!changed) {
            refuseUnlessVotable(change.itemId());
        }
        return changed;
    }

    /**
     * One vote added or taken back, with the item's count, if the item takes votes (is listed); runs in a group's
     * transaction. Plain JDBC: these few statements run for every click, and Hibernate's native-query setup cost
     * more than they do.
     */
    private Boolean write(EntityManager em, VoteChange change) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            boolean changed = (change.add()
                    ? Database.execute(connection, ADD_VOTE, change.memberId(),
                            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), change.itemId(), change.itemId(),
                            change.memberId())
                    : Database.execute(connection, TAKE_BACK_VOTE, change.itemId(), change.memberId(), change.itemId()))
                    == 1;
            if (changed) {
                Database.execute(connection, COUNT_VOTE, change.add() ? 1 : -1, change.itemId());
            }
            return changed;
        });
    }

    /** Explains why an item takes no votes; returns quietly when it does (the click simply changed nothing). */
    private void refuseUnlessVotable(long itemId) {
        database.runInTransaction(em -> {
            FeedbackItem item = em.find(FeedbackItem.class, itemId);
            if (item == null) {
                throw new Refusal("That request no longer exists.");
            }
            if (item.mergedIntoId() != null) {
                throw new Refusal("#" + itemId + " was merged into #" + item.mergedIntoId() + "; vote there instead.");
            }
            if (item.hidden()) {
                throw new Refusal("That request was removed by a moderator.");
            }
            if (!item.status().isOpen()) {
                throw new Refusal("#" + itemId + " is " + item.status().label().toLowerCase(Locale.ROOT)
                        + " and no longer takes votes.");
            }
        });
    }

    /** Items for a listing; hidden and merged items never show. */
    public List<ItemSummary> list(Listing listing, String memberId, String query, int limit) {
        return database.inTransaction(em -> {
            String from = "select new io.odigos.community.feedback.ItemSummary(i.id, i.kind, i.title, i.status, "
                    + "i.voteCount, i.authorId, i.createdAt, i.shippedAt, i.communityVoted) from FeedbackItem i ";
            String select = from + "where i.hidden = false and i.mergedIntoId is null ";
            var q = switch (listing) {
                // "listed" alone, so the planner walks the (vote_count, id) index and stops after the first rows
                case TOP -> em.createQuery(from + "where i.listed = true order by i.voteCount desc, i.id desc",
                        ItemSummary.class);
                case NEWEST -> em.createQuery(select + "order by i.createdAt desc, i.id desc", ItemSummary.class);
                // one IN over a UNION, not "author = :m or id in (votes)": the OR kept databases (H2 for one) from
                // using either index, so every call scanned all items; this way both sides are index lookups
                case MINE -> em.createQuery(select + "and i.id in (select a.id from FeedbackItem a where a.authorId = :m "
                                + "union select v.itemId from FeedbackVote v where v.memberId = :m) order by i.createdAt desc",
                        ItemSummary.class).setParameter("m", memberId);
                case SEARCH -> searchQuery(em, select, query);
            };
            return q.setMaxResults(limit).getResultList();
        });
    }

    private jakarta.persistence.TypedQuery<ItemSummary> searchQuery(EntityManager em, String select, String query) {
        List<String> words = searchWords(query);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            where.append("and (lower(i.title) like :w").append(i).append(" or lower(i.problem) like :w").append(i)
                    .append(" or lower(i.steps) like :w").append(i).append(") ");
        }
        var q = em.createQuery(select + where + "order by i.voteCount desc, i.id desc", ItemSummary.class);
        for (int i = 0; i < words.size(); i++) {
            q.setParameter("w" + i, "%" + words.get(i).replace("%", "").replace("_", "") + "%");
        }
        return q;
    }

    /** The distinct words of a search, lower-cased, at most {@link #MAX_SEARCH_WORDS}. */
    static List<String> searchWords(String query) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : (query == null ? "" : query).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isBlank() && words.size() < MAX_SEARCH_WORDS) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            throw new Refusal("Give a word or two to search for, for example `/requests search python`.");
        }
        return new ArrayList<>(words);
    }

    /** Which of these items the member has voted on. */
    public Set<Long> votedBy(String memberId, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Set.of();
        }
        // one primary-key probe per item: with "v.itemId in :ids" H2 walked every vote on those items (the
        // most-voted ones, which the Home tab always shows), hundreds of thousands of rows per call
        return database.inTransaction(em -> new HashSet<>(em.createQuery(
                        "select i.id from FeedbackItem i where i.id in :ids and exists "
                                + "(select 1 from FeedbackVote v where v.itemId = i.id and v.memberId = :m)", Long.class)
                .setParameter("m", memberId).setParameter("ids", itemIds).getResultList()));
    }

    public Roadmap roadmap(int perColumn) {
        Instant shippedSince = clock.instant().minus(shippedVisibleFor);
        return database.inTransaction(em -> {
            String select = "select new io.odigos.community.feedback.ItemSummary(i.id, i.kind, i.title, i.status, "
                    + "i.voteCount, i.authorId, i.createdAt, i.shippedAt, i.communityVoted) from FeedbackItem i "
                    + "where i.hidden = false and i.mergedIntoId is null and i.status = :s ";
            List<ItemSummary> planned = em.createQuery(select + "order by i.voteCount desc, i.id", ItemSummary.class)
                    .setParameter("s", FeedbackStatus.PLANNED).setMaxResults(perColumn).getResultList();
            List<ItemSummary> inProgress = em.createQuery(select + "order by i.voteCount desc, i.id", ItemSummary.class)
                    .setParameter("s", FeedbackStatus.IN_PROGRESS).setMaxResults(perColumn).getResultList();
            List<ItemSummary> shipped = em.createQuery(select + "and i.shippedAt >= :since order by i.shippedAt desc",
                            ItemSummary.class)
                    .setParameter("s", FeedbackStatus.SHIPPED).setParameter("since", shippedSince)
                    .setMaxResults(perColumn).getResultList();
            return new Roadmap(planned, inProgress, shipped);
        });
    }

    /** Items of a kind shipped in [from, to), most voted first. */
    public List<ItemSummary> shipped(FeedbackKind kind, Instant from, Instant to, int limit) {
        return database.inTransaction(em -> em.createQuery("select new io.odigos.community.feedback.ItemSummary(i.id, "
                        + "i.kind, i.title, i.status, i.voteCount, i.authorId, i.createdAt, i.shippedAt, i.communityVoted) "
                        + "from FeedbackItem i where i.hidden = false and i.mergedIntoId is null and i.kind = :k "
                        + "and i.status = :s and i.shippedAt >= :from and i.shippedAt < :to "
                        + "order by i.voteCount desc, i.id", ItemSummary.class)
                .setParameter("k", kind).setParameter("s", FeedbackStatus.SHIPPED).setParameter("from", from)
                .setParameter("to", to).setMaxResults(limit).getResultList());
    }

    /** Community-voted items shipped in [from, to): the programme's "features shipped by vote" measure. */
    public long communityVotedShipped(Instant from, Instant to) {
        return database.inTransaction(em -> em.createQuery("select count(i) from FeedbackItem i where i.communityVoted "
                        + "= true and i.status = :s and i.shippedAt >= :from and i.shippedAt < :to", Long.class)
                .setParameter("s", FeedbackStatus.SHIPPED).setParameter("from", from).setParameter("to", to)
                .getSingleResult());
    }

    /** Moves an item to a new status and tells its author and every voter. */
    public FeedbackItem changeStatus(long itemId, FeedbackStatus status, String adminId) {
        members.requireAdmin(adminId);
        if (status == FeedbackStatus.DUPLICATE) {
            throw new Refusal("To mark a duplicate, merge it: `/community-admin merge <duplicate> <original>`.");
        }
        FeedbackItem changed = database.inTransaction(em -> {
            FeedbackItem item = existing(em, itemId);
            if (item.mergedIntoId() != null) {
                throw new Refusal("#" + itemId + " was merged into #" + item.mergedIntoId() + "; change that one.");
            }
            if (item.status() == status) {
                throw new Refusal("#" + itemId + " is already " + status.label().toLowerCase(Locale.ROOT) + ".");
            }
            FeedbackStatus before = item.status();
            item.changeStatus(status, clock.instant(), communityVotedThreshold);
            String text = FeedbackMessages.statusChanged(item, before);
            for (String member : authorAndVoters(em, item)) {
                outbox.enqueueBulk(em, OutgoingMessage.dm(member, text, null)); // a fan-out: never ahead of urgent DMs
            }
            audit.record(em, adminId, "feedback.status", "feedback:" + itemId, before.slug() + " -> " + status.slug());
            return item;
        });
        return changed;
    }

    /** Moves the duplicate's votes to the original (once per member), closes it and tells its people. */
    public FeedbackItem merge(long duplicateId, long originalId, String adminId) {
        members.requireAdmin(adminId);
        if (duplicateId == originalId) {
            throw new Refusal("An item cannot be merged into itself.");
        }
        FeedbackItem original = database.inTransaction(em -> {
            // lock in id order, so two merges of the same pair in opposite directions cannot deadlock
            existing(em, Math.min(duplicateId, originalId));
            existing(em, Math.max(duplicateId, originalId));
            FeedbackItem dup = em.find(FeedbackItem.class, duplicateId);
            FeedbackItem orig = em.find(FeedbackItem.class, originalId);
            if (dup.mergedIntoId() != null) {
                throw new Refusal("#" + duplicateId + " was already merged into #" + dup.mergedIntoId() + ".");
            }
            if (orig.mergedIntoId() != null) {
                throw new Refusal("#" + originalId + " was itself merged into #" + orig.mergedIntoId()
                        + "; merge into that one.");
            }
            List<String> told = authorAndVoters(em, dup);
            em.createNativeQuery("insert into feedback_votes (item_id, member_id, voted_at) "
                            + "select ?1, d.member_id, d.voted_at from feedback_votes d where d.item_id = ?2 and not exists "
                            + "(select 1 from feedback_votes o where o.item_id = ?1 and o.member_id = d.member_id)")
                    .setParameter(1, originalId).setParameter(2, duplicateId).executeUpdate();
            em.createNativeQuery("delete from feedback_votes where item_id = ?1").setParameter(1, duplicateId)
                    .executeUpdate();
            em.createNativeQuery("update feedback_items set vote_count = (select count(*) from feedback_votes v "
                            + "where v.item_id = ?1), post_dirty = true, post_version = post_version + 1 where id = ?1")
                    .setParameter(1, originalId).executeUpdate();
            dup.markMergedInto(originalId, clock.instant());
            em.refresh(orig);
            String text = FeedbackMessages.merged(dup, orig);
            for (String member : told) {
                outbox.enqueueBulk(em, OutgoingMessage.dm(member, text, null));
            }
            audit.record(em, adminId, "feedback.merge", "feedback:" + duplicateId, "merged into #" + originalId);
            return orig;
        });
        return original;
    }

    public FeedbackItem hide(long itemId, String adminId) {
        return moderate(itemId, adminId, true);
    }

    public FeedbackItem restore(long itemId, String adminId) {
        return moderate(itemId, adminId, false);
    }

    private FeedbackItem moderate(long itemId, String adminId, boolean hide) {
        members.requireAdmin(adminId);
        FeedbackItem item = database.inTransaction(em -> {
            FeedbackItem found = existing(em, itemId);
            if (found.hidden() == hide) {
                throw new Refusal("#" + itemId + " is already " + (hide ? "hidden." : "visible."));
            }
            found.setHidden(hide);
            outbox.liveMessagesChanged();
            audit.record(em, adminId, hide ? "feedback.hide" : "feedback.restore", "feedback:" + itemId, found.title());
            return found;
        });
        return item;
    }

    public FeedbackItem retitle(long itemId, String title, String adminId) {
        members.requireAdmin(adminId);
        FeedbackSubmission check = new FeedbackSubmission(FeedbackKind.FEATURE, Map.of(FeedbackField.TITLE,
                title == null ? "" : title));
        String problem = check.problems().get(FeedbackField.TITLE);
        if (problem != null) {
            throw new Refusal(problem);
        }
        FeedbackItem item = database.inTransaction(em -> {
            FeedbackItem found = existing(em, itemId);
            String before = found.title();
            found.retitle(check.value(FeedbackField.TITLE));
            outbox.liveMessagesChanged();
            audit.record(em, adminId, "feedback.retitle", "feedback:" + itemId, before + " -> " + found.title());
            return found;
        });
        return item;
    }


    /** The item, row-locked so concurrent votes wait and the admin's change sees the current count. */
    private static FeedbackItem existing(EntityManager em, long id) {
        FeedbackItem item = em.find(FeedbackItem.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new Refusal("There is no request #" + id + ".");
        }
        return item;
    }

    private static List<String> authorAndVoters(EntityManager em, FeedbackItem item) {
        Set<String> people = new LinkedHashSet<>();
        if (item.hasSlackAuthor()) {
            people.add(item.authorId());
        }
        people.addAll(em.createQuery("select v.memberId from FeedbackVote v where v.itemId = :id order by v.votedAt",
                String.class).setParameter("id", item.id()).getResultList());
        return new ArrayList<>(people);
    }
}
