package io.odigos.community.feedback;

import io.odigos.community.core.Refusal;
import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.GroupCommit;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The rules of feedback: submitting, voting, statuses, merging and moderation. Each method is one transaction;
 * messages it promises (confirmations, close-the-loop DMs) are queued in the same transaction.
 */
public final class FeedbackService {

    public static final int MAX_SEARCH_WORDS = 5;
    private static final int VOTE_GROUP = 128;

    private final Database database;
    private final FeedbackStore store;
    private final SlackOutbox outbox;
    private final AdminWrites admin;
    private final Bans bans;
    private final Clock clock;
    private final StatusChange statuses;
    private final int communityVotedThreshold;
    private final Duration shippedVisibleFor;
    /** Votes arriving together share a transaction: a storm of clicks costs a few commits, not one each. */
    private final GroupCommit<VoteChange, Boolean> votes;

    FeedbackService(Database database, FeedbackStore store, SlackOutbox outbox, AdminWrites admin, Bans bans,
                    Clock clock, ItemLeads leads, int communityVotedThreshold, int roadmapShippedDays) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.admin = admin;
        this.bans = bans;
        this.clock = clock;
        this.statuses = new StatusChange(store, outbox, leads, clock, communityVotedThreshold);
        this.votes = new GroupCommit<>(database, this::write, VOTE_GROUP);
        this.communityVotedThreshold = communityVotedThreshold;
        this.shippedVisibleFor = Duration.ofDays(roadmapShippedDays);
    }

    public int communityVotedThreshold() {
        return communityVotedThreshold;
    }

    /** How statuses move, shared with {@link ImportedRequests}. */
    StatusChange statuses() {
        return statuses;
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
            FeedbackItem created = store.insert(em, new FeedbackItem(submission, authorId, source, sourceLink,
                    clock.instant()));
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
        return Optional.ofNullable(database.inTransaction(em -> store.find(em, id)));
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
     * One vote added or taken back, in a group's transaction. The post's refresher looks as soon as the group commits
     * (one wake per group, however many votes it holds), so a lone vote shows at once; under a burst Slack's pace
     * for the channel, not the refresher's poll, sets how often the count is redrawn.
     */
    private Boolean write(EntityManager em, VoteChange change) {
        boolean changed = store.writeVote(em, change.itemId(), change.memberId(), change.add(), clock.instant());
        if (changed) {
            outbox.liveMessagesChanged();
        }
        return changed;
    }

    /** Explains why an item takes no votes; returns quietly when it does (the click simply changed nothing). */
    private void refuseUnlessVotable(long itemId) {
        database.runInTransaction(em -> {
            FeedbackItem item = store.find(em, itemId);
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
        List<String> words = listing == Listing.SEARCH ? searchWords(query) : List.of();
        return database.inTransaction(em -> store.list(em, listing, memberId, words, limit));
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
            throw new Refusal(FeedbackMessages.giveSearchWords());
        }
        return new ArrayList<>(words);
    }

    /** Which of these items the member has voted on. */
    public Set<Long> votedBy(String memberId, Collection<Long> itemIds) {
        return itemIds.isEmpty() ? Set.of() : database.inTransaction(em -> store.votedBy(em, memberId, itemIds));
    }

    public Roadmap roadmap(int perColumn) {
        Instant shippedSince = clock.instant().minus(shippedVisibleFor);
        return database.inTransaction(em -> new Roadmap(store.inStatus(em, FeedbackStatus.PLANNED, perColumn),
                store.inStatus(em, FeedbackStatus.IN_PROGRESS, perColumn), store.shippedSince(em, shippedSince, perColumn)));
    }

    /** Shown items in a status, most voted first (the public roadmap's declined requests). */
    public List<ItemSummary> inStatus(FeedbackStatus status, int limit) {
        return database.inTransaction(em -> store.inStatus(em, status, limit));
    }

    /** Items of a kind shipped in [from, to), most voted first. */
    public List<ItemSummary> shipped(FeedbackKind kind, Instant from, Instant to, int limit) {
        return database.inTransaction(em -> store.shipped(em, kind, from, to, limit));
    }

    /** Community-voted items shipped in [from, to): the programme's "features shipped by vote" measure. */
    public long communityVotedShipped(Instant from, Instant to) {
        return database.inTransaction(em -> store.communityVotedShipped(em, from, to));
    }

    /** Moves an item to a new status and tells its author and every voter. */
    public FeedbackItem changeStatus(long itemId, FeedbackStatus status, String adminId) {
        return admin.write(adminId, "feedback.status", em -> {
            if (status == FeedbackStatus.DUPLICATE) {
                throw new Refusal(FeedbackMessages.useMergeToMarkDuplicates());
            }
            FeedbackItem item = existing(em, itemId);
            if (item.mergedIntoId() != null) {
                throw new Refusal("#" + itemId + " was merged into #" + item.mergedIntoId() + "; change that one.");
            }
            if (item.status() == status) {
                throw new Refusal("#" + itemId + " is already " + status.label().toLowerCase(Locale.ROOT) + ".");
            }
            FeedbackStatus before = statuses.apply(em, item, status);
            return new Audited<>(item, "feedback:" + itemId, before.slug() + " -> " + status.slug());
        });
    }

    /** Moves the duplicate's votes to the original (once per member), closes it and tells its people. */
    public FeedbackItem merge(long duplicateId, long originalId, String adminId) {
        return admin.write(adminId, "feedback.merge", em -> {
            if (duplicateId == originalId) {
                throw new Refusal("An item cannot be merged into itself.");
            }
            // lock in id order, so two merges of the same pair in opposite directions cannot deadlock
            existing(em, Math.min(duplicateId, originalId));
            existing(em, Math.max(duplicateId, originalId));
            FeedbackItem dup = store.find(em, duplicateId);
            FeedbackItem orig = store.find(em, originalId);
            if (dup.mergedIntoId() != null) {
                throw new Refusal("#" + duplicateId + " was already merged into #" + dup.mergedIntoId() + ".");
            }
            if (orig.mergedIntoId() != null) {
                throw new Refusal("#" + originalId + " was itself merged into #" + orig.mergedIntoId()
                        + "; merge into that one.");
            }
            List<String> told = store.authorAndVoters(em, dup);
            store.moveVotes(em, duplicateId, originalId);
            dup.markMergedInto(originalId, clock.instant());
            em.refresh(orig);
            String text = FeedbackMessages.merged(dup, orig);
            for (String member : told) {
                outbox.enqueueBulk(em, OutgoingMessage.dm(member, text, null));
            }
            return new Audited<>(orig, "feedback:" + duplicateId, "merged into #" + originalId);
        });
    }

    public FeedbackItem hide(long itemId, String adminId) {
        return moderate(itemId, adminId, true);
    }

    public FeedbackItem restore(long itemId, String adminId) {
        return moderate(itemId, adminId, false);
    }

    private FeedbackItem moderate(long itemId, String adminId, boolean hide) {
        return admin.write(adminId, hide ? "feedback.hide" : "feedback.restore", em -> {
            FeedbackItem found = existing(em, itemId);
            if (found.hidden() == hide) {
                throw new Refusal("#" + itemId + " is already " + (hide ? "hidden." : "visible."));
            }
            found.setHidden(hide);
            outbox.liveMessagesChanged();
            return new Audited<>(found, "feedback:" + itemId, found.title());
        });
    }

    public FeedbackItem retitle(long itemId, String title, String adminId) {
        return admin.write(adminId, "feedback.retitle", em -> {
            FeedbackSubmission check = new FeedbackSubmission(FeedbackKind.FEATURE, Map.of(FeedbackField.TITLE,
                    title == null ? "" : title));
            String problem = check.problems().get(FeedbackField.TITLE);
            if (problem != null) {
                throw new Refusal(problem);
            }
            FeedbackItem found = existing(em, itemId);
            String before = found.title();
            found.retitle(check.value(FeedbackField.TITLE));
            outbox.liveMessagesChanged();
            return new Audited<>(found, "feedback:" + itemId, before + " -> " + found.title());
        });
    }

    /** The item, row-locked so concurrent votes wait and the admin's change sees the current count. */
    private FeedbackItem existing(EntityManager em, long id) {
        FeedbackItem item = store.lock(em, id);
        if (item == null) {
            throw new Refusal("There is no request #" + id + ".");
        }
        return item;
    }
}
