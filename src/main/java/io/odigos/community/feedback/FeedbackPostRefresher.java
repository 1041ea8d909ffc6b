package io.odigos.community.feedback;

import io.odigos.community.core.Database;
import io.odigos.community.slack.Backoff;
import io.odigos.community.slack.DeliveryException;
import io.odigos.community.slack.Lane;
import io.odigos.community.slack.MessageRefresher;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackPoster;
import io.odigos.community.slack.Undeliverable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts new items to the community channel and keeps each post's status and vote count current. Items whose
 * post is out of date carry post_dirty; a pass renders each once, however many votes arrived since, and clears
 * the flag only if nothing changed meanwhile (post_version), so no vote is ever left unshown. A transient failure
 * leaves the item dirty and pauses the refresher with a growing backoff; a post Slack refuses for good keeps its
 * reason in post_error until an admin sends it again.
 */
public final class FeedbackPostRefresher implements MessageRefresher {

    private static final Logger log = LoggerFactory.getLogger(FeedbackPostRefresher.class);
    private static final int BATCH = 50;
    private static final String REF = "post:";

    private final Database database;
    private final FeedbackStore store;
    private final FeedbackViews views;
    private final String channel;
    private final Clock clock;
    private int failuresInARow;
    private Instant pausedUntil = Instant.MIN;

    FeedbackPostRefresher(Database database, FeedbackStore store, FeedbackViews views, String channel, Clock clock) {
        this.database = database;
        this.store = store;
        this.views = views;
        this.channel = channel;
        this.clock = clock;
    }

    @Override
    public int refreshPending(SlackPoster poster) {
        if (clock.instant().isBefore(pausedUntil) || !poster.isReadyToUpdate(channel)) {
            // backing off, or Slack's pace for the channel is used up: nothing could be sent, so do not even read what
            // is pending (under a vote storm that read, repeated on every pass, cost more than the votes themselves)
            return 0;
        }
        List<FeedbackItem> dirty = database.inTransaction(em -> store.dirtyPosts(em, BATCH));
        int sent = 0;
        for (FeedbackItem item : dirty) {
            String target = item.postTs() == null ? channel : item.postChannel();
            if (item.postTs() == null && (item.hidden() || item.mergedIntoId() != null)) {
                markClean(item); // never shown, nothing to update
                continue;
            }
            OutgoingMessage message = OutgoingMessage.to(target, views.postText(item), views.post(item));
            boolean ready = item.postTs() == null ? poster.isReady(message, Lane.URGENT) : poster.isReadyToUpdate(target);
            if (!ready) {
                continue; // stays dirty; the next pass catches up with every change at once
            }
            try {
                send(poster, item, message);
                sent++;
                failuresInARow = 0;
                markClean(item);
            } catch (DeliveryException e) {
                if (e.isUndeliverable()) {
                    log.warn("Slack refused the post of request #{} for good: {}; kept as undeliverable ({}{})",
                            item.id(), e.getMessage(), REF, item.id());
                    markUndeliverable(item, e.getMessage());
                } else {
                    // Slack or the network is in trouble: the item stays dirty, and the whole pass waits a while
                    pausedUntil = clock.instant().plus(e.isRateLimit() ? e.retryAfter() : Backoff.after(failuresInARow++));
                    break;
                }
            }
        }
        return sent;
    }

    private void send(SlackPoster poster, FeedbackItem item, OutgoingMessage message) throws DeliveryException {
        if (item.postTs() == null) {
            SlackPoster.Posted posted = poster.post(message);
            database.runInTransaction(em -> store.posted(em, item.id(), posted.channel(), posted.ts()));
        } else {
            poster.update(item.postChannel(), item.postTs(), message);
        }
    }

    @Override
    public List<Undeliverable> undeliverable(int limit) {
        return database.inTransaction(em -> store.refusedPosts(em, limit)).stream()
                .map(i -> new Undeliverable(REF + i.id(), i.postTs() == null ? channel : i.postChannel(),
                        "the channel post of request #" + i.id() + ", " + i.title(), i.postError(), i.postErrorAt()))
                .toList();
    }

    @Override
    public long undeliverableCount() {
        return database.inTransaction(store::refusedPostCount);
    }

    @Override
    public boolean resend(String ref) {
        if (!ref.startsWith(REF)) {
            return false;
        }
        try {
            long id = Long.parseLong(ref.substring(REF.length()));
            return database.inTransaction(em -> store.retryRefusedPosts(em, id)) == 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public int resendAll() {
        return database.inTransaction(em -> store.retryRefusedPosts(em, null));
    }

    private void markUndeliverable(FeedbackItem item, String reason) {
        String kept = reason.length() <= 500 ? reason : reason.substring(0, 500);
        database.runInTransaction(em -> store.postRefused(em, item.id(), kept, clock.instant()));
    }

    private void markClean(FeedbackItem rendered) {
        database.runInTransaction(em -> store.postShows(em, rendered.id(), rendered.postVersion()));
    }
}
