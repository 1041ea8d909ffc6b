package io.odigos.community.design;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feedback windows: the final comment period's reminder and the closing, each found by the sweep through its
 * column and done under the document's row lock, where the column is checked again and cleared (remind_at) or set
 * (closed_at) in the same transaction as the messages. So each happens once whatever restarts, late runs or a second
 * instance do. At the close the author (and the admins) are asked for the outcome.
 */
public final class DesignWindows {

    private static final Logger log = LoggerFactory.getLogger(DesignWindows.class);
    private static final int SWEEP_BATCH = 100;
    static final int TOP_IDEAS_AT_CLOSE = 5;

    private final Database database;
    private final DesignStore store;
    private final SlackOutbox outbox;
    private final AdminWrites adminWrites;
    private final Clock clock;
    private final String channel;
    private final List<String> admins;

    DesignWindows(Database database, DesignStore store, SlackOutbox outbox, AdminWrites adminWrites, Clock clock,
                  String channel, List<String> admins) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.adminWrites = adminWrites;
        this.clock = clock;
        this.channel = channel;
        this.admins = List.copyOf(admins);
    }

    /** Reminds and closes whatever is due by the domain clock; answers how many things it did. Run every minute. */
    public int sweep() {
        Instant now = clock.instant();
        int done = 0;
        for (long id : database.inTransaction(em -> store.dueReminders(em, now, SWEEP_BATCH))) {
            done += remindIfDue(id, now) ? 1 : 0;
        }
        for (long id : database.inTransaction(em -> store.dueClosings(em, now, SWEEP_BATCH))) {
            done += closeIfDue(id, now) ? 1 : 0;
        }
        if (done > 0) {
            log.info("Design windows: {} reminder(s) and closing(s) done", done);
        }
        return done;
    }

    private boolean remindIfDue(long id, Instant now) {
        return database.inTransaction(em -> {
            DesignDocument document = store.locked(em, id).orElse(null);
            if (document == null || !document.isOpen() || document.remindAt() == null || document.remindAt().isAfter(now)) {
                return false; // another instance reminded it meanwhile, or it closed
            }
            if (!document.closesAt().isAfter(now)) {
                return false; // the bot was down through the final comment period: the closing, due too, clears it
            }
            document.reminded(now);
            outbox.liveMessagesChanged();
            outbox.enqueue(em, OutgoingMessage.to(channel, DesignMessages.finalCommentPeriod(document), null));
            return true;
        });
    }

    private boolean closeIfDue(long id, Instant now) {
        return database.inTransaction(em -> {
            DesignDocument document = store.locked(em, id).orElse(null);
            if (document == null || !document.isOpen() || document.closesAt().isAfter(now)) {
                return false;
            }
            close(em, document, now);
            return true;
        });
    }

    /** An admin closes the window early; audited. */
    public DesignDocument closeEarly(String adminId, long id) {
        return adminWrites.write(adminId, "design.close", em -> {
            DesignDocument document = store.locked(em, id).orElseThrow(() -> new Refusal(DesignMessages.gone()));
            if (!document.isOpen()) {
                throw new Refusal(DesignMessages.closed(document));
            }
            close(em, document, clock.instant());
            return new Audited<>(document, "design:" + id, "closed early: " + document.title());
        });
    }

    private void close(EntityManager em, DesignDocument document, Instant now) {
        document.close(now);
        outbox.liveMessagesChanged();
        Set<String> told = new LinkedHashSet<>();
        told.add(document.authorId());
        told.addAll(admins);
        if (document.isBrainstorm()) {
            var top = store.topIdeas(em, document.id(), TOP_IDEAS_AT_CLOSE);
            told.forEach(member -> outbox.enqueue(em, OutgoingMessage.dm(member,
                    DesignMessages.brainstormClosedText(document), DesignViews.brainstormClosed(document, top))));
        } else {
            var questions = store.questions(em, document.id());
            told.forEach(member -> outbox.enqueue(em, OutgoingMessage.dm(member,
                    DesignMessages.recordOutcomeText(document), DesignViews.recordOutcome(document, questions))));
        }
    }
}
