package io.odigos.community.mentorship;

import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "How is it going?" in each pair's group DM, every interval, and the answers. The sweep asks a due pair under its row
 * lock and moves its next check-in on in the same transaction, and the unique round number refuses a second asking,
 * so a pair is asked once per interval whatever restarts, late triggers or a second instance do. A pair silent for
 * two check-ins is flagged to the admins at most once a week; *Stuck* tells them at once.
 */
public final class CheckIns {

    private static final Logger log = LoggerFactory.getLogger(CheckIns.class);
    static final Duration SILENCE_FLAG_QUIET = Duration.ofDays(7);
    private static final int SWEEP_BATCH = 200;

    private final Database database;
    private final MentorshipStore store;
    private final CheckInStore checkIns;
    private final Completions completions;
    private final SlackOutbox outbox;
    private final Clock clock;
    private final Duration interval;
    private final List<String> admins;

    CheckIns(Database database, MentorshipStore store, CheckInStore checkIns, Completions completions,
             SlackOutbox outbox, Clock clock, Duration interval, List<String> admins) {
        this.database = database;
        this.store = store;
        this.checkIns = checkIns;
        this.completions = completions;
        this.outbox = outbox;
        this.clock = clock;
        this.interval = interval;
        this.admins = List.copyOf(admins);
    }

    /** Asks every pair whose check-in is due; the number asked. Run by {@link CheckInJob} every minute. */
    public int sweep() {
        Instant now = clock.instant();
        int asked = 0;
        for (long pairId : database.inTransaction(em -> checkIns.duePairs(em, now, SWEEP_BATCH))) {
            if (askIfDue(pairId, now)) {
                asked++;
            }
        }
        if (asked > 0) {
            log.info("Asked {} mentorship pair(s) how it is going", asked);
        }
        return asked;
    }

    private boolean askIfDue(long pairId, Instant now) {
        return database.inTransaction(em -> {
            Pair pair = store.pair(em, pairId).orElse(null);
            if (pair == null || !pair.isActive() || pair.groupDm() == null || pair.nextCheckInAt().isAfter(now)) {
                return false; // another instance asked it meanwhile, or it ended
            }
            var last = checkIns.latest(em, pairId);
            boolean lastUnanswered = last.isPresent() && !checkIns.answered(em, last.get().id());
            var checkIn = checkIns.insert(em, pairId, last.map(c -> c.round() + 1).orElse(1), now);
            pair.checkedIn(now.plus(interval), lastUnanswered);
            outbox.enqueue(em, OutgoingMessage.to(pair.groupDm(), CheckInMessages.checkInText(pair, checkIn.round()),
                    CheckInMessages.checkIn(pair, checkIn)));
            if (pair.flagSilence(now, SILENCE_FLAG_QUIET)) {
                tellAdmins(em, CheckInMessages.silentToAdmins(pair));
            }
            return true;
        });
    }

    /** A member's answer to a check-in; what they are told. Stale or foreign buttons change nothing. */
    public String answer(long checkInId, String memberId, CheckInAnswer answer) {
        return database.inTransaction(em -> {
            var checkIn = checkIns.checkIn(em, checkInId).orElseThrow(() -> new Refusal(CheckInMessages.noSuchCheckIn()));
            Pair pair = store.pair(em, checkIn.pairId()).orElseThrow();
            if (!pair.isMember(memberId)) {
                throw new Refusal(CheckInMessages.notYourCheckIn(pair));
            }
            if (!pair.isActive()) {
                throw new Refusal(CheckInMessages.pairOver(pair));
            }
            Instant now = clock.instant();
            checkIns.answer(em, checkInId, memberId, answer, now);
            pair.answered();
            return switch (answer) {
                case ON_TRACK -> {
                    pair.onTrack();
                    yield CheckInMessages.onTrack();
                }
                case STUCK -> {
                    boolean news = pair.stuck(now);
                    if (news) {
                        tellAdmins(em, CheckInMessages.stuckToAdmins(pair, memberId));
                    }
                    yield CheckInMessages.stuckReply(news);
                }
                case FINISHED -> finished(em, pair, memberId, now);
            };
        });
    }

    private String finished(EntityManager em, Pair pair, String memberId, Instant now) {
        String other = memberId.equals(pair.mentorId()) ? pair.menteeId() : pair.mentorId();
        if (pair.hasFinished(memberId)) {
            return CheckInMessages.finishedReply(other); // said before: the group DM heard it then
        }
        if (pair.finishedBy(memberId, now)) {
            completions.complete(em, pair, Completions.BY_BOTH, null);
            return CheckInMessages.completed(pair);
        }
        outbox.enqueue(em, OutgoingMessage.to(pair.groupDm(), CheckInMessages.finishedBy(memberId, other), null));
        return CheckInMessages.finishedReply(other);
    }

    private void tellAdmins(EntityManager em, String text) {
        admins.forEach(admin -> outbox.enqueue(em, OutgoingMessage.dm(admin, text, null)));
    }
}
