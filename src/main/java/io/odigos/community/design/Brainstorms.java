package io.odigos.community.design;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.SlackText;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A brainstorm's ideas and their upvotes, and an admin handing the top ones to feedback as feature requests. Ideas
 * and votes lock the brainstorm's row (its post's version moves once per change); handing over locks the idea's row,
 * so it becomes one request however often it is clicked.
 */
public final class Brainstorms {

    static final int IDEA_CHARS = 300;

    private final Database database;
    private final DesignStore store;
    private final DesignDocuments documents;
    private final AdminWrites adminWrites;
    private final IdeaHandover handover;
    private final Bans bans;
    private final Clock clock;

    Brainstorms(Database database, DesignStore store, DesignDocuments documents, AdminWrites adminWrites,
                IdeaHandover handover, Bans bans, Clock clock) {
        this.database = database;
        this.store = store;
        this.documents = documents;
        this.adminWrites = adminWrites;
        this.handover = handover;
        this.bans = bans;
        this.clock = clock;
    }

    /** The open brainstorm the member is about to submit an idea to. */
    public DesignDocument requireMaySubmit(long brainstormId, String memberId) {
        bans.requireNotBanned(memberId);
        DesignDocument brainstorm = documents.find(brainstormId);
        if (!brainstorm.isBrainstorm()) {
            throw new Refusal(DesignMessages.gone());
        }
        if (!brainstorm.isOpen()) {
            throw new Refusal(DesignMessages.closed(brainstorm));
        }
        return brainstorm;
    }

    /** Adds the member's idea; answers its id. */
    public long submit(long brainstormId, String memberId, String idea) {
        bans.requireNotBanned(memberId);
        String text = idea == null ? "" : idea.strip();
        if (text.isEmpty()) {
            throw new InvalidInput(Map.of(DesignForm.IDEA, "Write your idea."));
        }
        if (text.length() > IDEA_CHARS) {
            throw new InvalidInput(Map.of(DesignForm.IDEA, "Please keep an idea under " + IDEA_CHARS
                    + " characters (it has " + text.length() + ")."));
        }
        if (SlackText.hasBroadcast(text)) {
            throw new InvalidInput(Map.of(DesignForm.IDEA, "An idea cannot mention @channel, @here or @everyone."));
        }
        return database.inTransaction(em -> {
            DesignDocument brainstorm = documents.lockedOpen(em, brainstormId);
            if (!brainstorm.isBrainstorm()) {
                throw new Refusal(DesignMessages.gone());
            }
            long id = store.insertIdea(em, brainstormId, memberId, text, clock.instant());
            documents.changed(brainstorm);
            return id;
        });
    }

    /** The member's upvote (true) or its undoing (false); false when nothing changed. */
    public boolean vote(long ideaId, String memberId, boolean up) {
        return database.inTransaction(em -> {
            DesignStore.Idea idea = store.idea(em, ideaId).orElseThrow(() -> new Refusal(DesignMessages.gone()));
            DesignDocument brainstorm = documents.lockedOpen(em, idea.documentId());
            boolean changed = up ? store.upvote(em, ideaId, memberId, clock.instant())
                    : store.undoUpvote(em, ideaId, memberId);
            if (changed) {
                documents.changed(brainstorm);
            }
            return changed;
        });
    }

    public List<DesignStore.Idea> top(long brainstormId, int limit) {
        return database.inTransaction(em -> store.topIdeas(em, brainstormId, limit));
    }

    /**
     * An admin hands the idea to feedback as a feature request credited to the idea's author; audited. A second click
     * answers which request it already became and changes nothing.
     */
    public String toFeedback(String adminId, long ideaId) {
        return adminWrites.write(adminId, "design.idea_to_feedback", em -> {
            store.lockIdea(em, ideaId);
            DesignStore.Idea idea = store.idea(em, ideaId).orElseThrow(() -> new Refusal(DesignMessages.gone()));
            if (idea.feedbackItemId() != null) {
                return Audited.nothing(DesignMessages.alreadyHandedOver(idea));
            }
            DesignDocument brainstorm = store.locked(em, idea.documentId()).orElseThrow();
            long item = handover.submit(idea.authorId(), DesignMessages.requestTitle(idea),
                    DesignMessages.requestProblem(brainstorm, idea));
            store.handedOver(em, ideaId, item, adminId, clock.instant());
            documents.changed(brainstorm);
            return new Audited<>(DesignMessages.handedOver(idea, item), "design-idea:" + ideaId, "feedback #" + item);
        });
    }
}
