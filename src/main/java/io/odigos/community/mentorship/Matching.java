package io.odigos.community.mentorship;

import io.odigos.community.core.Database;
import io.odigos.community.core.Members;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a request its mentor: the best candidate by {@link MentorScore} is proposed at once, never after an admin
 * looks. Capacity holds under concurrency because the mentor's row is locked and their load counted again before a
 * proposal is written; a pending proposal holds one of the mentor's places until it is decided.
 */
final class Matching {

    /** How many waiting requests one pass serves; a mentor has at most five places, so more is never needed. */
    static final int WAITING_PER_PASS = 100;

    private final Database database;
    private final MentorshipStore store;
    private final SlackOutbox outbox;
    private final Members members;
    private final ProposalTimeouts timeouts;
    private final Clock clock;
    private final Duration timeout;

    Matching(Database database, MentorshipStore store, SlackOutbox outbox, Members members, ProposalTimeouts timeouts,
             Clock clock, Duration timeout) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.members = members;
        this.timeouts = timeouts;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** The candidates for a request, best first, as scored now. */
    List<MentorScore.Candidate> ranked(EntityManager em, MentorshipRequest request) {
        List<MentorshipStore.Available> available = store.candidates(em, request);
        Map<String, Set<String>> areas = store.areasOf(em, available.stream().map(MentorshipStore.Available::memberId).toList());
        List<MentorScore.Candidate> candidates = available.stream().map(a -> new MentorScore.Candidate(a.memberId(),
                areas.getOrDefault(a.memberId(), Set.of()), members.timeZone(a.memberId()), a.freeSlots(), a.joinedAt()))
                .toList();
        return MentorScore.ranked(candidates, request.area(), members.timeZone(request.menteeId()), clock.instant());
    }

    /**
     * In the caller's transaction, with the request locked or just written: proposes it to the best mentor who still
     * has a place once their row is locked, and tells both. Empty when no one can take it: the request waits.
     */
    Optional<Proposal> proposeNext(EntityManager em, MentorshipRequest request) {
        for (MentorScore.Candidate candidate : ranked(em, request)) {
            Optional<Mentor> locked = store.lockedMentor(em, candidate.memberId());
            if (locked.isEmpty() || !locked.get().active() || locked.get().paused()
                    || store.load(em, candidate.memberId()) >= locked.get().capacity()) {
                continue; // taken or changed since the candidates were read
            }
            Instant now = clock.instant();
            Proposal proposal = new Proposal(request.id(), candidate.memberId(), now, now.plus(timeout));
            store.insert(em, proposal);
            request.moveTo(RequestStatus.PROPOSED);
            outbox.enqueue(em, OutgoingMessage.dm(candidate.memberId(), MentorshipMessages.proposalText(request),
                    MentorshipViews.proposal(proposal, request, members.timeZone(request.menteeId()), now)));
            outbox.enqueue(em, OutgoingMessage.dm(request.menteeId(),
                    MentorshipMessages.proposedToMentee(candidate.memberId(), timeout), null));
            database.afterCommit(() -> timeouts.schedule(proposal.id(), proposal.expiresAt()));
            return Optional.of(proposal);
        }
        request.moveTo(RequestStatus.WAITING);
        return Optional.empty();
    }

    /** Serves the queue, oldest first, each request in its own transaction: after a mentor joins or frees a place. */
    void matchWaiting() {
        List<Long> queue = database.inTransaction(em -> store.waiting(em, WAITING_PER_PASS).stream()
                .map(MentorshipRequest::id).toList());
        for (long id : queue) {
            database.runInTransaction(em -> store.lockedRequest(em, id)
                    .filter(r -> r.status() == RequestStatus.WAITING)
                    .ifPresent(r -> proposeNext(em, r)));
        }
    }
}
