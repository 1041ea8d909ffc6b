package io.odigos.community.discussions;

import io.odigos.community.core.Database;
import io.odigos.community.discussions.DiscussionMirror.Origin;
import io.odigos.community.discussions.DiscussionWrites.CloseReason;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackStatus;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Brings one request's discussion up to date with the request: creates it, rewrites its body (or, on a discussion
 * started on GitHub, the bot's vote comment), and tells it of a status change, a merge or a moderator's removal.
 * Each step is recorded as soon as GitHub accepts it, so a failure halfway leaves the rest for the next pass without
 * repeating what is done; the item's flag is cleared only for the version written.
 */
final class MirrorSync {

    /** Where discussions go: the ids the category check found. */
    public record Target(String repositoryId, String categoryId) {
    }

    /** How many of the category's latest discussions are searched for one whose creation answer was lost. */
    private static final int ADOPTION_WINDOW = 20;

    private final Database database;
    private final MirrorStore store;
    private final UpvoteStore upvotes;
    private final DiscussionWrites writes;
    private final DiscussionText text;
    private final Clock clock;

    MirrorSync(Database database, MirrorStore store, UpvoteStore upvotes, DiscussionWrites writes, DiscussionText text,
               Clock clock) {
        this.database = database;
        this.store = store;
        this.upvotes = upvotes;
        this.writes = writes;
        this.text = text;
        this.clock = clock;
    }

    void sync(long itemId, Target target) throws GitHubFailure {
        FeedbackItem item = database.inTransaction(em -> store.item(em, itemId));
        DiscussionMirror mirror = database.inTransaction(em -> store.find(em, itemId));
        if (item == null || item.kind() != FeedbackKind.FEATURE || (mirror != null && mirror.deleted())) {
            clean(itemId, item);
            return;
        }
        if (mirror == null || mirror.discussionId() == null) {
            if (item.hidden() || item.mergedIntoId() != null || !item.status().isOpen()) {
                clean(itemId, item); // never shown on GitHub: a backfill skips what is closed or removed
                return;
            }
            mirror = create(item, mirror, target);
        }
        writeBody(item, mirror);
        if (item.mergedIntoId() != null) {
            writeMerge(item, mirror);
        } else {
            writeStatus(item, mirror);
        }
        writeHidden(item, mirror);
        database.runInTransaction(em -> {
            store.find(em, itemId).succeeded(clock.instant());
            store.markClean(em, itemId, item.postVersion());
        });
    }

    private DiscussionMirror create(FeedbackItem item, DiscussionMirror pending, Target target) throws GitHubFailure {
        DiscussionMirror mirror = pending != null ? pending
                : database.inTransaction(em -> store.insert(em, DiscussionMirror.pending(item.id(), clock.instant())));
        String body = text.body(item);
        Optional<Discussion> adopted = mirror.attempts() > 0 ? lost(item.id(), target) : Optional.empty();
        Discussion discussion = adopted.isPresent() ? adopted.get()
                : writes.create(target.repositoryId(), target.categoryId(), item.title(), body);
        // the body may differ from an adopted one's; a different sha makes the next step write it
        String sha = adopted.isPresent() ? null : DiscussionText.sha(body);
        record(item.id(), m -> {
            m.created(discussion);
            m.bodyWritten(sha, clock.instant());
            m.statusWritten(FeedbackStatus.NEW);
        });
        return database.inTransaction(em -> store.find(em, item.id()));
    }

    /** A discussion of this request created by an earlier try whose answer never arrived. */
    private Optional<Discussion> lost(long itemId, Target target) throws GitHubFailure {
        String marker = DiscussionText.marker(itemId);
        return writes.recent(target.categoryId(), ADOPTION_WINDOW).stream()
                .filter(r -> r.body().contains(marker)).map(DiscussionWrites.Recent::discussion).findFirst();
    }

    private void writeBody(FeedbackItem item, DiscussionMirror mirror) throws GitHubFailure {
        boolean ours = mirror.origin() == Origin.SLACK;
        String body = ours ? text.body(item) : text.voteComment(item);
        String sha = DiscussionText.sha(body);
        if (sha.equals(mirror.syncedBodySha())) {
            return;
        }
        if (ours) {
            writes.update(mirror.discussionId(), item.title(), body);
            record(item.id(), m -> m.bodyWritten(sha, clock.instant()));
        } else if (mirror.commentId() == null && item.voteCount() == 0) {
            return; // a discussion started on GitHub gets the bot's comment once someone in Slack votes for it
        } else if (mirror.commentId() == null) {
            String comment = writes.comment(mirror.discussionId(), body);
            record(item.id(), m -> m.commentWritten(comment, sha, clock.instant()));
        } else {
            writes.updateComment(mirror.commentId(), body);
            record(item.id(), m -> m.commentWritten(mirror.commentId(), sha, clock.instant()));
        }
    }

    private void writeStatus(FeedbackItem item, DiscussionMirror mirror) throws GitHubFailure {
        FeedbackStatus status = item.status();
        FeedbackStatus before = mirror.syncedStatus();
        if (status == before) {
            return;
        }
        writes.relabel(mirror.discussionId(), label(status),
                before == null || before == FeedbackStatus.NEW ? List.of() : List.of(label(before)));
        writes.comment(mirror.discussionId(), DiscussionText.statusComment(status, item));
        if (!status.isOpen() && !item.hidden()) {
            writes.close(mirror.discussionId(), status == FeedbackStatus.SHIPPED ? CloseReason.RESOLVED
                    : CloseReason.OUTDATED);
        } else if (status.isOpen() && before != null && !before.isOpen() && !item.hidden()) {
            writes.reopen(mirror.discussionId());
        }
        record(item.id(), m -> m.statusWritten(status));
    }

    private void writeMerge(FeedbackItem item, DiscussionMirror mirror) throws GitHubFailure {
        long original = item.mergedIntoId();
        if (mirror.syncedMergedInto() != null && mirror.syncedMergedInto() == original) {
            return;
        }
        Optional<String> originalUrl = database.inTransaction(em -> store.discussionUrl(em, original));
        writes.comment(mirror.discussionId(), DiscussionText.mergedComment(originalUrl, original));
        if (mirror.syncedStatus() == null || mirror.syncedStatus().isOpen()) {
            writes.close(mirror.discussionId(), CloseReason.DUPLICATE);
        }
        database.runInTransaction(em -> {
            DiscussionMirror m = store.find(em, item.id());
            m.mergeWritten(original);
            m.statusWritten(FeedbackStatus.DUPLICATE);
            upvotes.recount(em, original); // the duplicate's upvotes count for the original from now on
        });
    }

    /** A moderator's removal closes the discussion (its body already says why); a restore reopens an open one. */
    private void writeHidden(FeedbackItem item, DiscussionMirror mirror) throws GitHubFailure {
        if (item.hidden() == mirror.syncedHidden()) {
            return;
        }
        if (item.hidden() && item.status().isOpen()) {
            writes.close(mirror.discussionId(), CloseReason.OUTDATED);
        } else if (!item.hidden() && item.status().isOpen()) {
            writes.reopen(mirror.discussionId());
        }
        record(item.id(), m -> m.hiddenWritten(item.hidden()));
    }

    /** The repository label for a status: "planned", "in progress", ... (skipped when the repository lacks it). */
    static String label(FeedbackStatus status) {
        return status.label().toLowerCase(Locale.ROOT);
    }

    private void record(long itemId, Consumer<DiscussionMirror> change) {
        database.runInTransaction(em -> change.accept(store.find(em, itemId)));
    }

    private void clean(long itemId, FeedbackItem item) {
        if (item != null) {
            database.runInTransaction(em -> store.markClean(em, itemId, item.postVersion()));
        }
    }
}
