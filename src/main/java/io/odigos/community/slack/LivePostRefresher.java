package io.odigos.community.slack;

import io.odigos.community.core.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a feature's new rows to the community channel and keeps each post current (a status, vote counts, ideas).
 * Rows whose post is out of date carry post_dirty; a pass renders each once, however many changes arrived since, and
 * clears the flag only if nothing changed meanwhile (post_version), so no change is ever left unshown. A transient
 * failure leaves the row dirty and pauses the refresher with a growing backoff; a post Slack refuses for good keeps
 * its reason in post_error until an admin sends it again. What differs between features is their
 * {@link LivePostSource}.
 */
public final class LivePostRefresher<T extends LivePost> implements MessageRefresher {

    private static final Logger log = LoggerFactory.getLogger(LivePostRefresher.class);
    private static final int REASON_KEPT = 500;

    private final Database database;
    private final LivePostSource<T> source;
    private final LivePostQueries<T> queries;
    private final String channel;
    private final Clock clock;
    private int failuresInARow;
    private Instant pausedUntil = Instant.MIN;

    public LivePostRefresher(Database database, LivePostSource<T> source, String channel, Clock clock) {
        this.database = database;
        this.source = source;
        this.queries = new LivePostQueries<>(source.entity());
        this.channel = channel;
        this.clock = clock;
    }

    @Override
    public Pass refreshPending(SlackPoster poster) {
        if (clock.instant().isBefore(pausedUntil) || !poster.isReadyToUpdate(channel)) {
            // backing off, or Slack's pace for the channel is used up: nothing could be sent, so do not even read what
            // is pending (under a vote storm that read, repeated on every pass, cost more than the votes themselves)
            return Pass.NOTHING;
        }
        List<T> dirty = database.inTransaction(em -> queries.dirtyPosts(em, source.batch()));
        int sent = 0;
        for (T row : dirty) {
            String target = targetOf(row);
            if (row.postTs() == null && source.staysUnposted(row)) {
                markClean(row); // never shown, nothing to update
                continue;
            }
            OutgoingMessage message = source.render(row, target);
            boolean ready = row.postTs() == null ? poster.isReady(message, Lane.URGENT)
                    : poster.isReadyToUpdate(target);
            if (!ready) {
                continue; // stays dirty; the next pass catches up with every change at once
            }
            try {
                send(poster, row, message);
                sent++;
                failuresInARow = 0;
                markClean(row);
            } catch (DeliveryException e) {
                if (e.isUndeliverable()) {
                    log.warn("Slack refused {} for good: {}; kept as undeliverable ({}{})",
                            source.describe(row), e.getMessage(), source.refPrefix(), row.id());
                    markUndeliverable(row, e.getMessage());
                } else {
                    // Slack or the network is in trouble: the row stays dirty, and the whole pass waits a while
                    pausedUntil = clock.instant()
                            .plus(e.isRateLimit() ? e.retryAfter() : Backoff.after(failuresInARow++));
                    return new Pass(sent, 1);
                }
            }
        }
        return new Pass(sent, 0);
    }

    private void send(SlackPoster poster, T row, OutgoingMessage message) throws DeliveryException {
        if (row.postTs() == null) {
            SlackPoster.Posted posted = poster.post(message);
            database.runInTransaction(em -> queries.posted(em, row.id(), posted.channel(), posted.ts()));
        } else {
            poster.update(row.postChannel(), row.postTs(), message);
        }
    }

    @Override
    public List<Undeliverable> undeliverable(int limit) {
        return database.inTransaction(em -> queries.refusedPosts(em, limit)).stream()
                .map(row -> new Undeliverable(source.refPrefix() + row.id(), targetOf(row), source.describe(row),
                        row.postError(), row.postErrorAt()))
                .toList();
    }

    @Override
    public long undeliverableCount() {
        return database.inTransaction(queries::refusedPostCount);
    }

    @Override
    public boolean resend(String ref) {
        if (!ref.startsWith(source.refPrefix())) {
            return false;
        }
        try {
            long id = Long.parseLong(ref.substring(source.refPrefix().length()));
            return database.inTransaction(em -> queries.retryRefusedPosts(em, id)) == 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public int resendAll() {
        return database.inTransaction(em -> queries.retryRefusedPosts(em, null));
    }

    /** A first post goes to the community channel; an update goes where the post landed. */
    private String targetOf(T row) {
        return row.postTs() == null ? channel : row.postChannel();
    }

    private void markUndeliverable(T row, String reason) {
        String kept = reason.length() <= REASON_KEPT ? reason : reason.substring(0, REASON_KEPT);
        database.runInTransaction(em -> queries.postRefused(em, row.id(), kept, clock.instant()));
    }

    private void markClean(T rendered) {
        database.runInTransaction(em -> queries.postShows(em, rendered.id(), rendered.postVersion()));
    }
}
