package io.odigos.community.design;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackText;
import com.slack.api.model.view.View;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Map;

/**
 * A closed document's outcome, recorded once by its author or an admin (an admin's is audited). It is DMed to everyone
 * who reacted or answered, posted in the channel, and shown in the post and the digest; all queued in the transaction
 * that records it, under the document's lock, so a second recording (a double click, two admins) changes nothing.
 */
public final class DesignOutcomes {

    static final int SUMMARY_CHARS = 1500;
    // each question's answers share one section of 3,000 characters; more than this many could never show
    static final int ANSWERS_SHOWN = 200;

    private final Database database;
    private final DesignStore store;
    private final SlackOutbox outbox;
    private final AdminWrites adminWrites;
    private final Members members;
    private final Clock clock;
    private final String channel;

    DesignOutcomes(Database database, DesignStore store, SlackOutbox outbox, AdminWrites adminWrites, Members members,
                   Clock clock, String channel) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.adminWrites = adminWrites;
        this.members = members;
        this.clock = clock;
        this.channel = channel;
    }

    /** The outcome form for the member who may record it, with the document's questions and written answers. */
    public View form(long documentId, String memberId) {
        return database.inTransaction(em -> {
            DesignDocument document = recordable(store.find(em, documentId).orElse(null), memberId);
            return DesignForm.outcome(document, store.questions(em, documentId),
                    store.answers(em, documentId, ANSWERS_SHOWN));
        });
    }

    /** Records the outcome; refuses the way {@link #form} does, and a second time. */
    public DesignDocument record(long documentId, String memberId, Outcome outcome, String summary) {
        String text = summary == null ? "" : summary.strip();
        if (outcome == null) {
            throw new InvalidInput(Map.of(DesignForm.OUTCOME, "Choose what became of the document."));
        }
        if (text.isEmpty()) {
            throw new InvalidInput(Map.of(DesignForm.OUTCOME_SUMMARY, "Say in a few words what was decided and why."));
        }
        if (text.length() > SUMMARY_CHARS) {
            throw new InvalidInput(Map.of(DesignForm.OUTCOME_SUMMARY, "Please keep this under " + SUMMARY_CHARS
                    + " characters (it has " + text.length() + ")."));
        }
        if (SlackText.hasBroadcast(text)) {
            throw new InvalidInput(Map.of(DesignForm.OUTCOME_SUMMARY,
                    "The summary cannot mention @channel, @here or @everyone."));
        }
        if (members.isAdmin(memberId)) {
            return adminWrites.write(memberId, "design.outcome", em -> {
                DesignDocument document = apply(em, documentId, memberId, outcome, text);
                return new Audited<>(document, "design:" + documentId, outcome.name() + ": " + document.title());
            });
        }
        return database.inTransaction(em -> apply(em, documentId, memberId, outcome, text));
    }

    private DesignDocument apply(EntityManager em, long documentId, String memberId, Outcome outcome, String text) {
        DesignDocument document = recordable(store.locked(em, documentId).orElse(null), memberId);
        document.recordOutcome(outcome, text, memberId, clock.instant());
        outbox.liveMessagesChanged();
        for (String participant : store.participants(em, documentId)) {
            if (!participant.equals(memberId)) {
                outbox.enqueueBulk(em, OutgoingMessage.dm(participant, DesignMessages.outcomeToParticipant(document),
                        null));
            }
        }
        outbox.enqueue(em, OutgoingMessage.to(channel, DesignMessages.outcomeAnnounced(document), null));
        return document;
    }

    private DesignDocument recordable(DesignDocument document, String memberId) {
        if (document == null || document.isBrainstorm()) {
            throw new Refusal(DesignMessages.gone());
        }
        if (!memberId.equals(document.authorId()) && !members.isAdmin(memberId)) {
            throw new Refusal(DesignMessages.notYours(document));
        }
        if (document.outcome() != null) {
            throw new Refusal(DesignMessages.outcomeAlready(document));
        }
        if (document.isOpen()) {
            throw new Refusal(DesignMessages.stillOpen(document));
        }
        return document;
    }
}
