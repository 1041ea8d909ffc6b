package io.odigos.community.mentorship;

import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;

/**
 * A mentor's answer to a proposal, or their silence. Each locks the request first, then the mentor (the order every
 * mentorship write takes), so an Accept, a Decline and the time-out racing each other decide once; a button pressed
 * after that answers what happened and changes nothing.
 */
public final class Proposals {

    private final Database database;
    private final MentorshipStore store;
    private final Matching matching;
    private final Pairings pairings;
    private final SlackOutbox outbox;
    private final ProposalTimeouts timeouts;
    private final Clock clock;

    Proposals(Database database, MentorshipStore store, Matching matching, Pairings pairings, SlackOutbox outbox,
              ProposalTimeouts timeouts, Clock clock) {
        this.database = database;
        this.store = store;
        this.matching = matching;
        this.pairings = pairings;
        this.outbox = outbox;
        this.timeouts = timeouts;
        this.clock = clock;
    }

    /** The mentor takes the mentee: the pair starts. */
    public Pair accept(long proposalId, String mentorId) {
        return database.inTransaction(em -> {
            Proposal proposal = pendingOf(em, proposalId, mentorId);
            MentorshipRequest request = store.lockedRequest(em, proposal.requestId()).orElseThrow();
            store.lockedMentor(em, mentorId).orElseThrow();
            proposal.decide(ProposalStatus.ACCEPTED, clock.instant());
            database.afterCommit(() -> timeouts.unschedule(proposalId));
            return pairings.start(em, request, mentorId);
        });
    }

    /** The mentor cannot take this one: the mentee hears, and the request goes to the next candidate. */
    public void decline(long proposalId, String mentorId) {
        database.runInTransaction(em -> {
            Proposal proposal = pendingOf(em, proposalId, mentorId);
            proposal.decide(ProposalStatus.DECLINED, clock.instant());
            database.afterCommit(() -> timeouts.unschedule(proposalId));
            passOn(em, proposal, MentorshipMessages.declined());
        });
    }

    /**
     * The proposal's time is up (its trigger fired, perhaps late or twice): when it still waits and its expiry has
     * passed by the domain clock, the mentor is told it lapsed and the request goes on. True when it expired now.
     */
    public boolean expire(long proposalId) {
        return database.inTransaction(em -> {
            Optional<Proposal> found = store.proposal(em, proposalId);
            if (found.isEmpty()) {
                return false;
            }
            store.lockedRequest(em, found.get().requestId());
            em.refresh(found.get());
            Proposal proposal = found.get();
            if (proposal.status() != ProposalStatus.PENDING || clock.instant().isBefore(proposal.expiresAt())) {
                return false;
            }
            proposal.decide(ProposalStatus.EXPIRED, clock.instant());
            outbox.enqueue(em, OutgoingMessage.dm(proposal.mentorId(), MentorshipMessages.lapsed(), null));
            passOn(em, proposal, MentorshipMessages.noAnswer());
            return true;
        });
    }

    /**
     * Takes back the request's pending proposal, if any (the mentee paused or left, an admin paired by hand). It is
     * removed rather than kept as withdrawn: the mentor did not decline, so a resumed request may ask them again.
     */
    void withdraw(EntityManager em, MentorshipRequest request) {
        store.pendingFor(em, request.id()).ifPresent(p -> {
            em.remove(p);
            outbox.enqueue(em, OutgoingMessage.dm(p.mentorId(), MentorshipMessages.withdrawn(), null));
            database.afterCommit(() -> timeouts.unschedule(p.id()));
        });
    }

    /** The mentee hears why, and the request is proposed to the next candidate or waits in the queue. */
    void passOn(EntityManager em, Proposal decided, String why) {
        MentorshipRequest request = store.lockedRequest(em, decided.requestId()).orElseThrow();
        outbox.enqueue(em, OutgoingMessage.dm(request.menteeId(), why, null));
        if (matching.proposeNext(em, request).isEmpty()) {
            outbox.enqueue(em, OutgoingMessage.dm(request.menteeId(), MentorshipMessages.waiting(), null));
        }
    }

    /** The proposal, locked through its request, still waiting on this mentor; a stale button is refused in words. */
    private Proposal pendingOf(EntityManager em, long proposalId, String mentorId) {
        Proposal proposal = store.proposal(em, proposalId).filter(p -> p.mentorId().equals(mentorId))
                .orElseThrow(() -> new Refusal(MentorshipMessages.noSuchProposal()));
        store.lockedRequest(em, proposal.requestId());
        em.refresh(proposal);
        if (proposal.status() != ProposalStatus.PENDING) {
            throw new Refusal(MentorshipMessages.alreadyDecided(proposal.status()));
        }
        return proposal;
    }
}
