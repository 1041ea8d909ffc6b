package io.odigos.community.feedback;

import io.odigos.community.core.Database;
import io.odigos.community.slack.DeliveryException;
import io.odigos.community.slack.MessageRefresher;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackPoster;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts new items to the community channel and keeps each post's status and vote count current. Items whose
 * post is out of date carry post_dirty; a pass renders each once, however many votes arrived since, and clears
 * the flag only if nothing changed meanwhile (post_version), so no vote is ever left unshown.
 */
public final class FeedbackPostRefresher implements MessageRefresher {

    private static final Logger log = LoggerFactory.getLogger(FeedbackPostRefresher.class);
    private static final int BATCH = 50;

    private final Database database;
    private final FeedbackViews views;
    private final String channel;

    public FeedbackPostRefresher(Database database, FeedbackViews views, String channel) {
        this.database = database;
        this.views = views;
        this.channel = channel;
    }

    @Override
    public int refreshPending(SlackPoster poster) {
        if (!poster.isReady(channel)) {
            // Slack's pace for the channel is used up: nothing could be sent, so do not even read what is pending
            // (under a vote storm that read, repeated on every pass, cost more than the votes themselves)
            return 0;
        }
        // ordered by the whole (post_dirty, id) index, so the databases read one batch of it in order and stop
        List<FeedbackItem> dirty = database.inTransaction(em -> em.createQuery(
                "select i from FeedbackItem i where i.postDirty = true order by i.postDirty, i.id", FeedbackItem.class)
                .setMaxResults(BATCH).getResultList());
        int sent = 0;
        for (FeedbackItem item : dirty) {
            String target = item.postTs() == null ? channel : item.postChannel();
            if (item.postTs() == null && (item.hidden() || item.mergedIntoId() != null)) {
                markClean(item); // never shown, nothing to update
                continue;
            }
            if (!poster.isReady(target)) {
                continue; // stays dirty; the next pass catches up with every change at once
            }
            OutgoingMessage message = OutgoingMessage.to(target, views.postText(item), views.post(item));
            try {
                if (item.postTs() == null) {
                    SlackPoster.Posted posted = poster.post(message);
                    // only these two columns: a whole-row write here would undo a change made since the read
                    database.runInTransaction(em -> em.createQuery(
                                    "update FeedbackItem i set i.postChannel = :c, i.postTs = :ts where i.id = :id")
                            .setParameter("c", posted.channel()).setParameter("ts", posted.ts())
                            .setParameter("id", item.id()).executeUpdate());
                } else {
                    poster.update(item.postChannel(), item.postTs(), message);
                }
                sent++;
                markClean(item);
            } catch (DeliveryException e) {
                if (e.isPermanent()) {
                    log.warn("Slack refused the post of request #{}: {}; it will not be retried", item.id(), e.getMessage());
                    markClean(item);
                }
            }
        }
        return sent;
    }

    private void markClean(FeedbackItem rendered) {
        database.runInTransaction(em -> em.createQuery(
                        "update FeedbackItem i set i.postDirty = false where i.id = :id and i.postVersion = :v")
                .setParameter("id", rendered.id()).setParameter("v", rendered.postVersion()).executeUpdate());
    }
}
