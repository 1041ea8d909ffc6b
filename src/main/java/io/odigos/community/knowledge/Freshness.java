package io.odigos.community.knowledge;

import io.odigos.community.releases.CurrentRelease;
import io.odigos.community.releases.OdigosVersion;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps guides honest as Odigos moves on: when the current release is a newer minor than the one a published guide
 * was written for, its author is asked once per release whether it is still accurate; the answer either moves the
 * guide to the current release or labels it outdated. Each guide is asked under its row lock, so a second instance or
 * a rerun asks nothing twice.
 */
public final class Freshness {

    private static final Logger log = LoggerFactory.getLogger(Freshness.class);
    private static final int BATCH = 500;

    private final Database database;
    private final KnowledgeStore store;
    private final CurrentRelease release;
    private final SlackOutbox outbox;
    private final Clock clock;

    Freshness(Database database, KnowledgeStore store, CurrentRelease release, SlackOutbox outbox, Clock clock) {
        this.database = database;
        this.store = store;
        this.release = release;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Asks the authors of guides behind the current release; the number asked. Run daily by {@link FreshnessJob}. */
    public int sweep() {
        Optional<OdigosVersion> current = release.version();
        if (current.isEmpty()) {
            return 0;
        }
        String asked = current.get().toString();
        List<Long> candidates = database.inTransaction(em -> store.notAskedAbout(em, asked, BATCH));
        int count = 0;
        for (long id : candidates) {
            if (ask(id, current.get())) {
                count++;
            }
        }
        if (count > 0) {
            log.info("Asked the authors of {} guide(s) whether they still hold for Odigos {}", count, asked);
        }
        return count;
    }

    private boolean ask(long entryId, OdigosVersion current) {
        return database.inTransaction(em -> {
            KnowledgeEntry e = store.lockedEntry(em, entryId).orElse(null);
            if (e == null || !e.isPublished() || e.outdated() || current.toString().equals(e.accuracyAskedFor())
                    || OdigosVersion.parse(e.odigosVersion()).map(v -> !current.isNewerThan(v)).orElse(true)) {
                return false;
            }
            e.askedAboutAccuracy(current.toString());
            outbox.enqueue(em, OutgoingMessage.dm(e.authorId(), FreshnessMessages.question(e, current),
                    FreshnessMessages.questionBlocks(e, current)));
            return true;
        });
    }

    /** The author's answer; what they are told. Anyone else, or a question no longer open, changes nothing. */
    public String answer(long entryId, String memberId, boolean stillAccurate) {
        return database.inTransaction(em -> {
            KnowledgeEntry e = store.lockedEntry(em, entryId).filter(KnowledgeEntry::isPublished)
                    .orElseThrow(() -> new Refusal(FreshnessMessages.gone()));
            if (!e.authorId().equals(memberId)) {
                throw new Refusal(FreshnessMessages.notTheAuthor());
            }
            if (e.accuracyAskedFor() == null || e.outdated()
                    || e.accuracyAskedFor().equals(e.odigosVersion())) {
                throw new Refusal(FreshnessMessages.notAsked());
            }
            e.accuracy(stillAccurate, clock.instant());
            store.changed(em, entryId, clock.instant());
            return FreshnessMessages.answered(e);
        });
    }
}
