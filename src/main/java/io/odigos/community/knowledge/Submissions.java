package io.odigos.community.knowledge;

import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A member sharing a guide, and editing it when a reviewer asked for changes: checked, stored, and sent to every
 * reviewer in the same transaction; the author is told it waits.
 */
public final class Submissions {

    private final Database database;
    private final KnowledgeStore store;
    private final Bans bans;
    private final Reviewers reviewers;
    private final SlackOutbox outbox;
    private final Clock clock;

    Submissions(Database database, KnowledgeStore store, Bans bans, Reviewers reviewers, SlackOutbox outbox,
                Clock clock) {
        this.database = database;
        this.store = store;
        this.bans = bans;
        this.reviewers = reviewers;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Refuses a banned member before a form opens, so they do not fill it in for nothing. */
    public void requireMayShare(String memberId) {
        bans.requireNotBanned(memberId);
    }

    /** The topics a member picks from now. */
    public List<String> topics() {
        return database.inTransaction(store::topics);
    }

    /** Stores a new entry, waiting for review. */
    public KnowledgeEntry share(String memberId, EntryDraft draft) {
        bans.requireNotBanned(memberId);
        return database.inTransaction(em -> {
            check(em, draft);
            Instant now = clock.instant();
            KnowledgeEntry entry = store.insert(em, new KnowledgeEntry(memberId, draft, now), now);
            sendForReview(em, entry, false);
            return entry;
        });
    }

    /** The entry as its author may edit it now: theirs, and sent back for changes. */
    public KnowledgeEntry editable(String memberId, long entryId) {
        return database.inTransaction(em -> editable(memberId, store.entry(em, entryId)
                .orElseThrow(() -> new Refusal(KnowledgeMessages.gone()))));
    }

    /** The author's edited entry goes back to review, replacing what they shared before. */
    public KnowledgeEntry resubmit(String memberId, long entryId, EntryDraft draft) {
        bans.requireNotBanned(memberId);
        return database.inTransaction(em -> {
            KnowledgeEntry entry = editable(memberId, store.lockedEntry(em, entryId)
                    .orElseThrow(() -> new Refusal(KnowledgeMessages.gone())));
            check(em, draft);
            Instant now = clock.instant();
            entry.resubmit(draft, now);
            store.changed(em, entry.id(), now);
            sendForReview(em, entry, true);
            return entry;
        });
    }

    private static KnowledgeEntry editable(String memberId, KnowledgeEntry entry) {
        if (!entry.authorId().equals(memberId)) {
            throw new Refusal(KnowledgeMessages.notYours());
        }
        if (entry.status() != EntryStatus.CHANGES_REQUESTED) {
            throw new Refusal(KnowledgeMessages.notAwaitingChanges(entry));
        }
        return entry;
    }

    private void check(EntityManager em, EntryDraft draft) {
        Map<String, String> problems = draft.problems(store.topics(em));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private void sendForReview(EntityManager em, KnowledgeEntry entry, boolean again) {
        for (String reviewer : reviewers.asked()) {
            outbox.enqueue(em, KnowledgeMessages.reviewRequest(reviewer, entry, again));
        }
        outbox.enqueue(em, OutgoingMessage.dm(entry.authorId(), KnowledgeMessages.submitted(entry, again), null));
    }
}
