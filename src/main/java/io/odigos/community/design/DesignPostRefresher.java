package io.odigos.community.design;

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
 * Posts new documents and brainstorms to the community channel and keeps each post current (counts, ideas, window,
 * outcome), the way feedback's refresher keeps its posts: post_dirty and post_version coalesce a burst of reactions
 * into one update; a transient failure pauses with a backoff; a post Slack refuses for good waits in post_error until
 * an admin resends it.
 */
final class DesignPostRefresher implements MessageRefresher {

    private static final Logger log = LoggerFactory.getLogger(DesignPostRefresher.class);
    private static final int BATCH = 20;
    private static final String REF = "design:";

    private final Database database;
    private final DesignStore store;
    private final String channel;
    private final Clock clock;
    private int failuresInARow;
    private Instant pausedUntil = Instant.MIN;

    DesignPostRefresher(Database database, DesignStore store, String channel, Clock clock) {
        this.database = database;
        this.store = store;
        this.channel = channel;
        this.clock = clock;
    }

    @Override
    public int refreshPending(SlackPoster poster) {
        if (clock.instant().isBefore(pausedUntil) || !poster.isReadyToUpdate(channel)) {
            return 0;
        }
        int sent = 0;
        for (DesignDocument document : database.inTransaction(em -> store.dirtyPosts(em, BATCH))) {
            OutgoingMessage message = render(document);
            boolean ready = document.postTs() == null ? poster.isReady(message, Lane.URGENT)
                    : poster.isReadyToUpdate(document.postChannel());
            if (!ready) {
                continue;
            }
            try {
                if (document.postTs() == null) {
                    SlackPoster.Posted posted = poster.post(message);
                    database.runInTransaction(em -> store.posted(em, document.id(), posted.channel(), posted.ts()));
                } else {
                    poster.update(document.postChannel(), document.postTs(), message);
                }
                sent++;
                failuresInARow = 0;
                database.runInTransaction(em -> store.postShows(em, document.id(), document.postVersion()));
            } catch (DeliveryException e) {
                if (e.isUndeliverable()) {
                    log.warn("Slack refused the post of design document #{} for good: {}", document.id(), e.getMessage());
                    String reason = e.getMessage().length() <= 500 ? e.getMessage() : e.getMessage().substring(0, 500);
                    database.runInTransaction(em -> store.postRefused(em, document.id(), reason, clock.instant()));
                } else {
                    pausedUntil = clock.instant().plus(e.isRateLimit() ? e.retryAfter() : Backoff.after(failuresInARow++));
                    break;
                }
            }
        }
        return sent;
    }

    /** The post as the document stands now, read in one transaction. */
    private OutgoingMessage render(DesignDocument document) {
        String target = document.postTs() == null ? channel : document.postChannel();
        var blocks = database.inTransaction(em -> document.isBrainstorm()
                ? DesignViews.brainstormPost(document, store.topIdeas(em, document.id(), DesignViews.IDEAS_SHOWN),
                store.ideaCount(em, document.id()))
                : DesignViews.documentPost(document, store.questions(em, document.id())));
        return OutgoingMessage.to(target, DesignMessages.postText(document), blocks);
    }

    @Override
    public List<Undeliverable> undeliverable(int limit) {
        return database.inTransaction(em -> store.refusedPosts(em, limit)).stream()
                .map(d -> new Undeliverable(REF + d.id(), d.postTs() == null ? channel : d.postChannel(),
                        "the channel post of design document #" + d.id() + ", " + d.title(), d.postError(),
                        d.postErrorAt()))
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
}
