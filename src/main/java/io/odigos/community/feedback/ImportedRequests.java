package io.odigos.community.feedback;

import io.odigos.community.core.AuditLog;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;

/**
 * The seam through which another feature (discussions) brings in feature requests started elsewhere (a GitHub
 * discussion) and makes them follow what happens there, each in the caller's transaction so its own bookkeeping (the
 * delivery id, the discussion's row) commits with the change. Not in {@link FeedbackService}: its writes are
 * members' and admins', each its own transaction, while these run inside another feature's.
 */
public final class ImportedRequests {

    /** Who the audit log names for what GitHub did (a deleted discussion hides its request). */
    public static final String ACTOR = "github";
    static final String CONTINUED = "\n\n(continued on GitHub)";

    private final FeedbackStore store;
    private final StatusChange statuses;
    private final SlackOutbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    ImportedRequests(FeedbackStore store, StatusChange statuses, SlackOutbox outbox, AuditLog audit, Clock clock) {
        this.store = store;
        this.statuses = statuses;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A feature request for a discussion started on GitHub: credited to {@code member} (the one linked to the login)
     * who is thanked as for a Slack submission, else to the login. Its channel post goes out once this commits.
     */
    public long create(EntityManager em, String title, String body, Optional<String> member, String login, String url) {
        FeedbackItem item = store.insert(em, FeedbackItem.fromGitHub(title(title), problem(body), member.orElse(null),
                login, url, clock.instant()));
        outbox.liveMessagesChanged();
        if (item.hasSlackAuthor()) {
            outbox.enqueue(em, OutgoingMessage.dm(item.authorId(), FeedbackMessages.submitted(item), null));
        }
        return item.id();
    }

    /** Its discussion was edited: the request's title and problem follow; false if nothing changed. */
    public boolean edit(EntityManager em, long itemId, String title, String body) {
        FeedbackItem item = store.lock(em, itemId);
        String newTitle = title(title);
        String newProblem = problem(body);
        if (item == null || (newTitle.equals(item.title()) && newProblem.equals(item.field(FeedbackField.PROBLEM)))) {
            return false;
        }
        item.rewrite(newTitle, newProblem);
        outbox.liveMessagesChanged();
        return true;
    }

    /**
     * Its discussion was closed (to a closed status) or reopened (to an open one) on GitHub; the item follows unless
     * it already is closed or open alike (an admin's own change, echoed back by the mirror), removed or merged.
     * Answers the status it moved to.
     */
    public Optional<FeedbackStatus> follow(EntityManager em, long itemId, FeedbackStatus status) {
        FeedbackItem item = store.lock(em, itemId);
        if (item == null || item.hidden() || item.mergedIntoId() != null || item.status().isOpen() == status.isOpen()) {
            return Optional.empty();
        }
        statuses.apply(em, item, status);
        outbox.liveMessagesChanged();
        return Optional.of(status);
    }

    /** Its discussion was deleted on GitHub: the request is hidden as by a moderator; the log says GitHub did it. */
    public boolean remove(EntityManager em, long itemId) {
        FeedbackItem item = store.lock(em, itemId);
        if (item == null || item.hidden()) {
            return false;
        }
        item.setHidden(true);
        audit.record(em, ACTOR, "feedback.hide", "feedback:" + itemId, item.title() + " (its discussion was deleted)");
        outbox.liveMessagesChanged();
        return true;
    }

    /**
     * A member linked the login (or proved it, taking it over from another's claim): the requests it started on
     * GitHub are theirs from now on, as its merged pull requests are, and their posts name them.
     */
    public void creditLogin(EntityManager em, String login, String memberId) {
        if (store.creditGitHubLogin(em, login, memberId) > 0) {
            outbox.liveMessagesChanged();
        }
    }

    /** One line, at most the title's length: GitHub allows longer titles than requests have. */
    static String title(String title) {
        String line = title == null || title.isBlank() ? "(untitled discussion)"
                : title.strip().replaceAll("\\s+", " ");
        int max = FeedbackField.TITLE.maxLength();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    /** The discussion's body, cut to the problem's length with a pointer to the rest. */
    static String problem(String body) {
        String text = body == null || body.isBlank() ? "(no description on GitHub)" : body.strip();
        int max = FeedbackField.PROBLEM.maxLength();
        return text.length() <= max ? text : text.substring(0, max - CONTINUED.length()).stripTrailing() + CONTINUED;
    }
}
