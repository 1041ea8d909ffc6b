package io.odigos.community.mentorship;

import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.exception.ConstraintViolationException;

/** A member looking for a mentor: one open request at a time, matched at once, paused, resumed or withdrawn. */
public final class MenteeRequests {

    private final Database database;
    private final MentorshipStore store;
    private final Matching matching;
    private final Proposals proposals;
    private final Pairings pairings;
    private final SlackOutbox outbox;
    private final Bans bans;
    private final Function<String, Optional<String>> verifiedGitHubLogin;
    private final Clock clock;

    MenteeRequests(Database database, MentorshipStore store, Matching matching, Proposals proposals, Pairings pairings,
                   SlackOutbox outbox, Bans bans, Function<String, Optional<String>> verifiedGitHubLogin, Clock clock) {
        this.database = database;
        this.store = store;
        this.matching = matching;
        this.proposals = proposals;
        this.pairings = pairings;
        this.outbox = outbox;
        this.bans = bans;
        this.verifiedGitHubLogin = verifiedGitHubLogin;
        this.clock = clock;
    }

    /** Stores the request and proposes it to the best mentor within the same transaction, or queues it. */
    public MentorshipRequest request(String menteeId, MenteeDraft draft) {
        bans.requireNotBanned(menteeId);
        String login = verifiedGitHubLogin.apply(menteeId).orElse(null);
        try {
            return database.inTransaction(em -> {
                Map<String, String> problems = draft.problems(new HashSet<>(store.areas(em)));
                if (!problems.isEmpty()) {
                    throw new InvalidInput(problems);
                }
                if (store.openRequestOf(em, menteeId).isPresent()) {
                    throw new Refusal(MentorshipMessages.alreadyRequested());
                }
                MentorshipRequest request = new MentorshipRequest(menteeId, draft, login, clock.instant());
                store.insert(em, request);
                if (matching.proposeNext(em, request).isEmpty()) {
                    outbox.enqueue(em, OutgoingMessage.dm(menteeId, MentorshipMessages.waiting(), null));
                }
                return request;
            });
        } catch (ConstraintViolationException e) { // a second request committed between the check and the insert
            throw new Refusal(MentorshipMessages.alreadyRequested());
        }
    }

    /** Stops matching the open request; a proposal waiting on a mentor is taken back. */
    public void pause(String menteeId) {
        database.runInTransaction(em -> {
            MentorshipRequest request = open(em, menteeId);
            if (request.status() != RequestStatus.WAITING && request.status() != RequestStatus.PROPOSED) {
                throw new Refusal(MentorshipMessages.cannotPause(request.status()));
            }
            proposals.withdraw(em, request);
            request.moveTo(RequestStatus.PAUSED);
        });
    }

    public void resume(String menteeId) {
        database.runInTransaction(em -> {
            MentorshipRequest request = open(em, menteeId);
            if (request.status() != RequestStatus.PAUSED) {
                throw new Refusal(MentorshipMessages.notPaused());
            }
            if (matching.proposeNext(em, request).isEmpty()) {
                outbox.enqueue(em, OutgoingMessage.dm(menteeId, MentorshipMessages.waiting(), null));
            }
        });
    }

    /** Withdraws the request, ending the pair if there is one; the mentor's freed place serves the queue. */
    public void leave(String menteeId) {
        database.runInTransaction(em -> {
            MentorshipRequest request = open(em, menteeId);
            Optional<Pair> pair = store.activePairOfRequest(em, request.id());
            if (pair.isPresent()) {
                store.lockedMentor(em, pair.get().mentorId());
                pairings.end(em, store.pair(em, pair.get().id()).orElseThrow(), menteeId, false);
            } else {
                proposals.withdraw(em, request);
                request.close(clock.instant());
            }
            database.afterCommit(matching::matchWaiting);
        });
    }

    private MentorshipRequest open(EntityManager em, String menteeId) {
        long id = store.openRequestOf(em, menteeId).orElseThrow(() -> new Refusal(MentorshipMessages.noOpenRequest()))
                .id();
        MentorshipRequest request = store.lockedRequest(em, id).orElseThrow();
        em.refresh(request);
        return request;
    }
}
