package io.odigos.community.labs;

import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A member's side of Labs: joining and leaving a beta, and giving feedback on its current version. Feedback counts
 * as a contribution once per member and beta, at the first feedback: it shows they tried it, where joining does not.
 */
public final class Participation {

    private final Database database;
    private final LabsStore store;
    private final Bans bans;
    private final LabsCredit credit;
    private final SlackOutbox outbox;
    private final Clock clock;

    Participation(Database database, LabsStore store, Bans bans, LabsCredit credit, SlackOutbox outbox, Clock clock) {
        this.database = database;
        this.store = store;
        this.bans = bans;
        this.credit = credit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What /labs shows a member: the open betas and which they are in, and the latest past ones. */
    public record Listing(List<Beta> open, List<Long> joined, List<Beta> past) {
    }

    public Listing listing(String memberId, int limit) {
        return database.inTransaction(em -> new Listing(store.open(em, limit),
                store.joinedBy(em, memberId, limit).stream().map(Beta::id).toList(), store.past(em, limit)));
    }

    /** Joins and DMs the instructions; answers the beta. */
    public String join(String memberId, long betaId) {
        bans.requireNotBanned(memberId);
        return database.inTransaction(em -> {
            Beta beta = openBeta(em, betaId);
            if (!store.joinOnce(em, betaId, memberId, null, clock.instant())) {
                return LabsMessages.alreadyIn(beta);
            }
            outbox.enqueue(em, LabsMessages.welcome(memberId, beta, null));
            return LabsMessages.joined(beta);
        });
    }

    public String leave(String memberId, long betaId) {
        return database.inTransaction(em -> {
            Beta beta = store.beta(em, betaId).orElseThrow(() -> new Refusal(LabsMessages.gone()));
            return store.leave(em, betaId, memberId) ? LabsMessages.left(beta) : LabsMessages.notIn(beta);
        });
    }

    /** The beta whose feedback form a member may open now: theirs, open, and not yet answered at this version. */
    public Beta requireMayGiveFeedback(String memberId, long betaId) {
        bans.requireNotBanned(memberId);
        return database.inTransaction(em -> mayGiveFeedback(em, memberId, openBeta(em, betaId)));
    }

    /**
     * Stores the answers on the version the form showed; the first feedback on the beta credits the member. Answers
     * the thanks.
     */
    public String giveFeedback(String memberId, long betaId, String version, FeedbackAnswers answers) {
        bans.requireNotBanned(memberId);
        return database.inTransaction(em -> {
            Beta beta = participant(em, memberId, openBeta(em, betaId));
            Map<String, String> problems = answers.problems(beta.questions().size());
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            if (!store.answerOnce(em, betaId, memberId, version, answers.answers(), clock.instant())) {
                throw new Refusal(LabsMessages.answeredAlready(beta, version));
            }
            credit.credit(em, memberId, "Tried the beta " + beta.name(), "labs:" + betaId + ":" + memberId);
            return LabsMessages.thanksForFeedback(beta, version);
        });
    }

    private Beta mayGiveFeedback(EntityManager em, String memberId, Beta beta) {
        participant(em, memberId, beta);
        if (store.answered(em, beta.id(), memberId, beta.version())) {
            throw new Refusal(LabsMessages.answeredAlready(beta, beta.version()));
        }
        return beta;
    }

    private Beta participant(EntityManager em, String memberId, Beta beta) {
        if (!store.isParticipant(em, beta.id(), memberId)) {
            throw new Refusal(LabsMessages.joinFirst(beta));
        }
        return beta;
    }

    private Beta openBeta(EntityManager em, long betaId) {
        Beta beta = store.beta(em, betaId).orElseThrow(() -> new Refusal(LabsMessages.gone()));
        if (beta.stage().isEnded()) {
            throw new Refusal(LabsMessages.ended(beta));
        }
        return beta;
    }
}
