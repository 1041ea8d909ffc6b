package io.odigos.community.knowledge;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.SlackOutbox;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A reviewer's decision on a waiting entry: publish it (crediting its author), ask for changes, or decline it. Each
 * is checked against the reviewer list, decided on the locked row, audited and told to the author in one
 * transaction; a decision on an entry already decided or gone changes nothing.
 */
public final class Reviews {

    private final Database database;
    private final AdminWrites writes;
    private final KnowledgeStore store;
    private final Reviewers reviewers;
    private final KnowledgeCredit credit;
    private final SlackOutbox outbox;
    private final Clock clock;

    Reviews(Database database, AdminWrites writes, KnowledgeStore store, Reviewers reviewers, KnowledgeCredit credit,
            SlackOutbox outbox, Clock clock) {
        this.database = database;
        this.writes = writes;
        this.store = store;
        this.reviewers = reviewers;
        this.credit = credit;
        this.outbox = outbox;
        this.clock = clock;
    }

    public KnowledgeEntry publish(String reviewerId, long entryId) {
        return decide(reviewerId, entryId, EntryStatus.PUBLISHED, null, "kb-publish");
    }

    /** Sends the entry back to its author with {@code note}, what to change (required). */
    public KnowledgeEntry askForChanges(String reviewerId, long entryId, String note) {
        return decide(reviewerId, entryId, EntryStatus.CHANGES_REQUESTED, note, "kb-ask-changes");
    }

    /** Declines the entry; {@code reason} is what its author is told (required). */
    public KnowledgeEntry decline(String reviewerId, long entryId, String reason) {
        return decide(reviewerId, entryId, EntryStatus.DECLINED, reason, "kb-decline");
    }

    /** The entry a note form is opened for; refused when not a reviewer, or the entry is gone or already decided. */
    public KnowledgeEntry requireUndecided(String reviewerId, long entryId) {
        reviewers.require(reviewerId);
        return database.inTransaction(em -> waiting(store.entry(em, entryId)));
    }

    /** The entries waiting for a reviewer, for the moderation queue. */
    public List<KnowledgeEntry> waiting() {
        return database.inTransaction(store::pending);
    }

    private KnowledgeEntry decide(String reviewerId, long entryId, EntryStatus decision, String note, String action) {
        String why = note == null || note.isBlank() ? null : note.strip();
        return writes.write(reviewerId, reviewers::require, action, em -> {
            KnowledgeEntry entry = waiting(store.lockedEntry(em, entryId));
            if (decision != EntryStatus.PUBLISHED) {
                NoteForm.Purpose purpose = decision == EntryStatus.DECLINED ? NoteForm.Purpose.DECLINE
                        : NoteForm.Purpose.CHANGES;
                purpose.check(why);
            }
            Instant now = clock.instant();
            entry.review(decision, reviewerId, why, now);
            store.changed(em, entry.id(), now);
            if (decision == EntryStatus.PUBLISHED) {
                credit.credit(em, entry.authorId(), entry.kind().credit(), entry.title(), entry.link(),
                        "kb:entry:" + entry.id());
            }
            outbox.enqueue(em, KnowledgeMessages.toAuthor(entry));
            return new Audited<>(entry, "kb-entry:" + entry.id(), why == null ? entry.title() : why);
        });
    }

    private static KnowledgeEntry waiting(Optional<KnowledgeEntry> found) {
        KnowledgeEntry entry = found.orElseThrow(() -> new Refusal(KnowledgeMessages.gone()));
        if (entry.status() != EntryStatus.PENDING) {
            throw new Refusal(KnowledgeMessages.alreadyDecided(entry));
        }
        return entry;
    }
}
