package io.odigos.community.knowledge;

import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Reading and rating published entries: opening one counts a view; a member has one vote an entry, *Helpful* or
 * *Not helpful*, and may change it; a *Not helpful* may carry a comment, which goes to the author.
 */
public final class Ratings {

    /** An entry as a member sees it, with their own vote (empty when they have not voted). */
    public record Shown(KnowledgeEntry entry, Optional<Boolean> helpful) {
    }

    /** What a click on *Helpful* or *Not helpful* did. */
    public enum Outcome { COUNTED, CHANGED, UNCHANGED }

    public record Voted(Shown shown, Outcome outcome) {
    }

    private final Database database;
    private final KnowledgeStore store;
    private final Bans bans;
    private final SlackOutbox outbox;
    private final Clock clock;

    Ratings(Database database, KnowledgeStore store, Bans bans, SlackOutbox outbox, Clock clock) {
        this.database = database;
        this.store = store;
        this.bans = bans;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Counts a view of the published entry and shows it; anything else is refused. */
    public Shown open(String memberId, long entryId) {
        return database.inTransaction(em -> {
            if (!store.countView(em, entryId)) {
                throw new Refusal(store.entry(em, entryId).isPresent() ? KnowledgeMessages.notPublished()
                        : KnowledgeMessages.gone());
            }
            store.changed(em, entryId, clock.instant());
            return shown(em, memberId, store.entry(em, entryId).orElseThrow());
        });
    }

    /** The member's vote, cast or changed, and the entry's counters, in one transaction on the locked row. */
    public Voted vote(String memberId, long entryId, boolean helpful) {
        return database.inTransaction(em -> {
            KnowledgeEntry entry = published(em, entryId);
            if (entry.authorId().equals(memberId)) {
                throw new Refusal(KnowledgeMessages.ownEntry());
            }
            Optional<KnowledgeStore.Vote> before = store.vote(em, entryId, memberId);
            if (before.isPresent() && before.get().helpful() == helpful) {
                return new Voted(new Shown(entry, Optional.of(helpful)), Outcome.UNCHANGED);
            }
            Instant now = clock.instant();
            store.saveVote(em, entryId, memberId, helpful, before.isPresent(), now);
            int moved = before.isPresent() ? -1 : 0; // a changed vote leaves the other counter
            store.addToCounts(em, entryId, helpful ? 1 : moved, helpful ? moved : 1);
            store.changed(em, entryId, now);
            em.refresh(entry);
            return new Voted(new Shown(entry, Optional.of(helpful)),
                    before.isPresent() ? Outcome.CHANGED : Outcome.COUNTED);
        });
    }

    /** The comment on the member's *Not helpful* vote; a non-empty one is sent to the author. */
    public void comment(String memberId, long entryId, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        NoteForm.Purpose.COMMENT.check(text);
        bans.requireNotBanned(memberId);
        database.runInTransaction(em -> {
            KnowledgeEntry entry = published(em, entryId);
            Optional<KnowledgeStore.Vote> vote = store.vote(em, entryId, memberId);
            if (vote.isEmpty() || vote.get().helpful()) {
                throw new Refusal(KnowledgeMessages.voteFirst());
            }
            store.saveComment(em, entryId, memberId, text);
            if (text != null) {
                outbox.enqueue(em, OutgoingMessage.dm(entry.authorId(),
                        KnowledgeMessages.notHelpfulComment(entry, text), null));
            }
        });
    }

    private KnowledgeEntry published(EntityManager em, long entryId) {
        KnowledgeEntry entry = store.lockedEntry(em, entryId).orElseThrow(() -> new Refusal(KnowledgeMessages.gone()));
        if (!entry.isPublished()) {
            throw new Refusal(KnowledgeMessages.notPublished());
        }
        return entry;
    }

    private Shown shown(EntityManager em, String memberId, KnowledgeEntry entry) {
        return new Shown(entry, store.vote(em, entry.id(), memberId).map(KnowledgeStore.Vote::helpful));
    }
}
