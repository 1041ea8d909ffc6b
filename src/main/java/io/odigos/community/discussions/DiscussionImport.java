package io.odigos.community.discussions;

import com.google.gson.JsonObject;
import io.odigos.community.core.Database;
import io.odigos.community.discussions.DiscussionMirror.Origin;
import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.feedback.ImportedRequests;
import io.odigos.community.recognition.GitHubDeliveries;
import io.odigos.community.recognition.GitHubEvents;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The webhook's {@code discussion} events: a discussion started on GitHub in the mirrored category becomes a feature
 * request (with its discussion_mirrors row, so the mirror never starts a second discussion for it), and its edits,
 * closes, reopens and deletion follow. The delivery id, the request and its row commit in one transaction, and a
 * discussion is found by its node id, so a redelivery or a second delivery about the same discussion imports nothing
 * more. Discussions the bot wrote (origin SLACK, or a body with its marker not yet recorded) are the bot's: only their
 * deletion is noted, so the mirror stops writing to them.
 */
final class DiscussionImport implements GitHubEvents {

    /** What every body the bot writes carries, whichever request it is for. */
    private static final String BOT_MARKER = DiscussionText.marker(0).replace(" 0 -->", " ");

    private final Database database;
    private final MirrorStore store;
    private final ImportedRequests requests;
    private final GitHubDeliveries deliveries;
    private final Function<String, Optional<String>> memberOfLogin;
    private final String repository;
    private final String category;
    private final Clock clock;

    DiscussionImport(Database database, MirrorStore store, ImportedRequests requests, GitHubDeliveries deliveries,
                     Function<String, Optional<String>> memberOfLogin, String repository, String category,
                     Clock clock) {
        this.database = database;
        this.store = store;
        this.requests = requests;
        this.deliveries = deliveries;
        this.memberOfLogin = memberOfLogin;
        this.repository = repository;
        this.category = category;
        this.clock = clock;
    }

    @Override
    public String event() {
        return "discussion";
    }

    @Override
    public String handle(String deliveryId, JsonObject payload) {
        DiscussionEvent event = DiscussionEvent.parse(payload);
        if (!repository.equalsIgnoreCase(event.repository())) {
            return "ignored: a discussion of " + event.repository() + ", not of " + repository;
        }
        if (deliveries.known(deliveryId)) {
            return "ignored: delivery already received";
        }
        Optional<String> member = memberOfLogin.apply(event.login());
        try {
            return database.inTransaction(em -> apply(em, deliveryId, event, member));
        } catch (RuntimeException e) {
            if (!uniqueClash(e)) {
                throw e;
            }
            // another delivery imported the same discussion meanwhile (created and labeled arrive together): the
            // second try finds its request and follows it instead
            return database.inTransaction(em -> apply(em, deliveryId, event, member));
        }
    }

    private String apply(EntityManager em, String deliveryId, DiscussionEvent event, Optional<String> member) {
        if (!deliveries.remember(em, deliveryId, event())) {
            return "ignored: delivery already received";
        }
        DiscussionMirror mirror = store.byDiscussion(em, event.nodeId());
        if (mirror != null) {
            return follow(em, mirror, event);
        }
        if (event.action().equals("deleted") || event.action().equals("transferred")) {
            return "ignored: not a discussion the bot knows";
        }
        if (!CategoryCheck.isCategory(category, event.categoryName())
                && !CategoryCheck.isCategory(category, event.categorySlug())) {
            return "ignored: a discussion of another category";
        }
        if (event.body() != null && event.body().contains(BOT_MARKER)) {
            return "ignored: a discussion the bot wrote";
        }
        long itemId = requests.create(em, event.title(), event.body(), member, event.login(), event.url());
        DiscussionMirror imported = store.insert(em, DiscussionMirror.imported(itemId, event.discussion(),
                FeedbackStatus.NEW, clock.instant()));
        if (event.closed()) { // a closed discussion told of for the first time (moved into the category)
            requests.follow(em, itemId, closedAs(event)).ifPresent(imported::statusWritten);
        }
        return "imported as request #" + itemId;
    }

    /** A discussion the bot knows: GitHub-started ones follow their discussion; the bot's own only their deletion. */
    private String follow(EntityManager em, DiscussionMirror mirror, DiscussionEvent event) {
        long itemId = mirror.itemId();
        if (mirror.deleted()) {
            return "ignored: the discussion of request #" + itemId + " was deleted";
        }
        if (event.action().equals("deleted")) {
            mirror.markDeleted();
            if (mirror.origin() == Origin.GITHUB && requests.remove(em, itemId)) {
                return "recorded: request #" + itemId + " removed";
            }
            return "recorded: the discussion of request #" + itemId + " is gone";
        }
        if (mirror.origin() == Origin.SLACK) {
            return "ignored: the bot writes the discussion of request #" + itemId;
        }
        switch (event.action()) {
            case "edited" -> {
                return requests.edit(em, itemId, event.title(), event.body()) ? "recorded: request #" + itemId
                        + " edited" : "ignored: request #" + itemId + " already says this";
            }
            case "closed", "reopened" -> {
                FeedbackStatus to = event.action().equals("closed") ? closedAs(event) : FeedbackStatus.NEW;
                Optional<FeedbackStatus> moved = requests.follow(em, itemId, to);
                // GitHub already shows this: the mirror adds no label or comment, and closes or reopens nothing
                moved.ifPresent(mirror::statusWritten);
                return moved.map(s -> "recorded: request #" + itemId + " is " + s.slug()).orElse("ignored: request #"
                        + itemId + " is already " + (to.isOpen() ? "open" : "closed") + ", removed or merged");
            }
            default -> {
                return "ignored: " + event.action();
            }
        }
    }

    /** GitHub's close reasons: resolved means shipped; outdated, duplicate or none means declined. */
    private static FeedbackStatus closedAs(DiscussionEvent event) {
        return "resolved".equalsIgnoreCase(event.stateReason()) ? FeedbackStatus.SHIPPED : FeedbackStatus.DECLINED;
    }

    private static boolean uniqueClash(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
