package io.odigos.community.discussions;

import io.odigos.community.core.Database;
import io.odigos.community.slack.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mirror's passes: every feature request whose discussion is behind (mirror_dirty, set in the same transaction
 * as the change, so nothing is lost across restarts) is written to GitHub, paced by {@link WritePace}. GitHub failing
 * never touches Slack: a rate limit pauses the mirror until GitHub's reset, an outage or a refused token pauses it
 * with a growing backoff (never giving up), and a request GitHub refuses is retried on its own backoff while the rest
 * go on. A pass that cannot know where to write (the category check failed) checks again first.
 */
public final class Mirror {

    private static final Logger log = LoggerFactory.getLogger(Mirror.class);
    private static final int BATCH = 20;
    /** A pass stops after this long, so the every-minute job never overlaps itself. */
    private static final Duration PASS_LIMIT = Duration.ofSeconds(45);
    private static final Duration RECHECK_AFTER = Duration.ofMinutes(5);
    private static final Duration SETUP_PAUSE = Duration.ofMinutes(5);

    /** What the admin view shows of the mirror's latest trouble. */
    public record Trouble(Instant at, String what) {
    }

    private final Database database;
    private final MirrorStore store;
    private final UpvoteStore upvotes;
    private final MirrorSync sync;
    private final CategoryCheck check;
    private final Clock clock;
    private final GitHubPause pause;
    private volatile Trouble trouble;

    Mirror(Database database, MirrorStore store, UpvoteStore upvotes, MirrorSync sync, CategoryCheck check,
           Clock clock) {
        this.database = database;
        this.store = store;
        this.upvotes = upvotes;
        this.sync = sync;
        this.check = check;
        this.clock = clock;
        this.pause = new GitHubPause(clock);
    }

    /** One pass; answers how many requests it brought up to date. */
    public synchronized int pass() {
        Instant start = clock.instant();
        if (pause.active()) {
            return 0;
        }
        Optional<MirrorSync.Target> target = target(start);
        if (target.isEmpty()) {
            return 0;
        }
        int done = 0;
        long deadline = System.nanoTime() + PASS_LIMIT.toNanos();
        List<Long> due = database.inTransaction(em -> store.due(em, clock.instant(), BATCH));
        for (long itemId : due) {
            if (System.nanoTime() > deadline) {
                break;
            }
            try {
                sync.sync(itemId, target.get());
                done++;
                pause.succeeded();
            } catch (GitHubFailure e) {
                if (!handled(itemId, e)) {
                    break;
                }
            }
        }
        if (done > 0) {
            log.info("GitHub Discussions: {} request(s) mirrored, {} still behind", done,
                    database.inTransaction(store::backlog).behind());
        }
        return done;
    }

    /** Answers whether the pass can go on with the next request. */
    private boolean handled(long itemId, GitHubFailure e) {
        Instant now = clock.instant();
        trouble = new Trouble(now, "request #" + itemId + ": " + e.getMessage());
        switch (e.kind()) {
            case RATE_LIMITED -> {
                log.warn("GitHub Discussions: rate limited, mirroring waits until {} ({})", pause.after(e),
                        e.getMessage());
                return false;
            }
            case TRANSIENT -> {
                Instant until = pause.after(e);
                // counted on the request too: a create retried after a lost answer first looks for its discussion
                retryLater(itemId, e, until);
                log.warn("GitHub Discussions: GitHub is unavailable, mirroring waits until {} ({})", until,
                        e.getMessage());
                return false;
            }
            case UNAUTHORIZED -> {
                log.warn("GitHub Discussions: GitHub refused the token ({}); mirroring waits until {}", e.getMessage(),
                        pause.forWhile(SETUP_PAUSE));
                return false;
            }
            case NOT_FOUND -> {
                return notFound(itemId, e, now);
            }
            default -> {
                DiscussionMirror mirror = database.inTransaction(em -> store.find(em, itemId));
                retryLater(itemId, e, now.plus(Backoff.after(mirror == null ? 0 : mirror.attempts())));
                log.warn("GitHub Discussions: request #{} was refused ({}); retried later", itemId, e.getMessage());
                return true;
            }
        }
    }

    /** Its discussion was deleted on GitHub; or, before it had one, the repository or category went away. */
    private boolean notFound(long itemId, GitHubFailure e, Instant now) {
        DiscussionMirror mirror = database.inTransaction(em -> store.find(em, itemId));
        if (mirror != null && mirror.discussionId() != null) {
            database.runInTransaction(em -> upvotes.gone(em, itemId, now)); // its upvotes no longer count
            log.warn("GitHub Discussions: the discussion of request #{} is gone on GitHub; it is not written again",
                    itemId);
            return true;
        }
        check.failed("GitHub finds no repository or category to write to: " + e.getMessage());
        log.warn("GitHub Discussions: GitHub finds no repository or category to write to ({}); checked again after {}",
                e.getMessage(), pause.forWhile(SETUP_PAUSE));
        return false;
    }

    private void retryLater(long itemId, GitHubFailure e, Instant at) {
        database.runInTransaction(em -> {
            DiscussionMirror mirror = store.find(em, itemId);
            if (mirror != null) {
                mirror.failed(e.getMessage(), at);
            }
        });
    }

    /**
     * Where to write, from the last check; nothing until the start-up check has finished (it logs its own warning).
     * A failed check is repeated after a few minutes, and logged only when what it says changes, so a token left
     * wrong for a week is one warning, not two thousand.
     */
    private Optional<MirrorSync.Target> target(Instant now) {
        Optional<CategoryCheck.Outcome> last = check.last();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        if (!last.get().ok() && last.get().at().isBefore(now.minus(RECHECK_AFTER))) {
            Optional<String> before = last.get().warning();
            last = Optional.of(check.run());
            if (last.get().ok()) {
                log.info("GitHub Discussions mirroring works again");
            } else if (!last.get().warning().equals(before)) {
                log.warn("GitHub Discussions mirroring will not work: {}", last.get().warning().get());
            }
        }
        return last.get().target();
    }

    public Optional<Trouble> trouble() {
        return Optional.ofNullable(trouble);
    }

    public Optional<Instant> pausedUntil() {
        return pause.until();
    }

    public MirrorStore.Backlog backlog() {
        return database.inTransaction(store::backlog);
    }
}
