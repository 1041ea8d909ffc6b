package io.odigos.community.design;

import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackText;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opening a document or brainstorm for feedback, and the feedback on a document: +1 and Concern per question, and
 * written answers. Each change locks the document's row, so its post's version moves once per change.
 */
public final class DesignDocuments {

    static final int ANSWER_CHARS = 1500;

    private final Database database;
    private final DesignStore store;
    private final SlackOutbox outbox;
    private final Bans bans;
    private final Clock clock;

    DesignDocuments(Database database, DesignStore store, SlackOutbox outbox, Bans bans, Clock clock) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.bans = bans;
        this.clock = clock;
    }

    /** Refuses a banned member before they fill in a form for nothing. */
    public void requireMayOpen(String memberId) {
        bans.requireNotBanned(memberId);
    }

    /** Opens the draft's window now; its post goes to the channel once this commits. */
    public DesignDocument open(DesignDraft draft, String authorId) {
        bans.requireNotBanned(authorId);
        var now = clock.instant();
        Map<String, String> problems = draft.problems(now);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return database.inTransaction(em -> {
            DesignDocument document = store.insert(em, new DesignDocument(draft.kind(), authorId, draft.title().strip(),
                    draft.kind() == DesignKind.DOCUMENT ? draft.link().strip() : null, draft.summary().strip(), now,
                    draft.closesAt(now)), draft.questions());
            outbox.liveMessagesChanged();
            outbox.enqueue(em, OutgoingMessage.dm(authorId, DesignMessages.opened(document), null));
            return document;
        });
    }

    public DesignDocument find(long id) {
        return database.inTransaction(em -> store.find(em, id)).orElseThrow(() -> new Refusal(DesignMessages.gone()));
    }

    public List<DesignStore.Question> questions(long documentId) {
        return database.inTransaction(em -> store.questions(em, documentId));
    }

    /** The member's +1 or Concern on a question; the same reaction again changes nothing. */
    public void react(long questionId, String memberId, Reaction reaction) {
        database.runInTransaction(em -> {
            long documentId = store.documentOfQuestion(em, questionId).orElseThrow(() -> new Refusal(DesignMessages.gone()));
            DesignDocument document = lockedOpen(em, documentId);
            if (store.reactionOf(em, questionId, memberId).orElse(null) == reaction) {
                return;
            }
            store.react(em, questionId, memberId, reaction, clock.instant());
            changed(document);
        });
    }

    /** The open document whose feedback form the member is about to fill in. */
    public DesignDocument requireMayAnswer(long documentId, String memberId) {
        bans.requireNotBanned(memberId);
        DesignDocument document = find(documentId);
        if (document.isBrainstorm()) {
            throw new Refusal(DesignMessages.gone());
        }
        if (!document.isOpen()) {
            throw new Refusal(DesignMessages.closed(document));
        }
        return document;
    }

    /**
     * Keeps the member's written answers, by question id; answers they gave before stay (they may add more). Problems
     * are keyed by the form's block ids ({@link DesignForm#answerBlock}).
     */
    public int answer(long documentId, String memberId, Map<Long, String> answers) {
        bans.requireNotBanned(memberId);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<Long, String> given = new LinkedHashMap<>();
        answers.forEach((questionId, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            String block = DesignForm.answerBlock(questionId);
            if (text.strip().length() > ANSWER_CHARS) {
                problems.put(block, "Please keep this under " + ANSWER_CHARS + " characters (it has "
                        + text.strip().length() + ").");
            } else if (SlackText.hasBroadcast(text)) {
                problems.put(block, "An answer cannot mention @channel, @here or @everyone.");
            } else {
                given.put(questionId, text.strip());
            }
        });
        if (problems.isEmpty() && given.isEmpty() && !answers.isEmpty()) {
            problems.put(DesignForm.answerBlock(answers.keySet().iterator().next()), "Answer at least one question.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return database.inTransaction(em -> {
            DesignDocument document = lockedOpen(em, documentId);
            var known = store.questions(em, documentId).stream().map(DesignStore.Question::id).toList();
            if (!known.containsAll(given.keySet())) {
                throw new Refusal(DesignMessages.gone());
            }
            var now = clock.instant();
            given.forEach((questionId, text) -> store.answer(em, questionId, memberId, text, now));
            changed(document);
            return given.size();
        });
    }

    /** Open documents and brainstorms, closing soonest first. */
    public List<DesignDocument> open(int limit) {
        return database.inTransaction(em -> store.open(em, limit));
    }

    public List<DesignDocument> recentlyClosed(int limit) {
        return database.inTransaction(em -> store.recentlyClosed(em, limit));
    }

    public List<DesignDocument> byAuthor(String memberId, int limit) {
        return database.inTransaction(em -> store.byAuthor(em, memberId, limit));
    }

    /** The document under its lock, refusing one that is gone, or closed. */
    DesignDocument lockedOpen(EntityManager em, long documentId) {
        DesignDocument document = store.locked(em, documentId).orElseThrow(() -> new Refusal(DesignMessages.gone()));
        if (!document.isOpen()) {
            throw new Refusal(DesignMessages.closed(document));
        }
        return document;
    }

    /** The post shows the change once this commits. */
    void changed(DesignDocument document) {
        document.postChanged();
        outbox.liveMessagesChanged();
    }
}
