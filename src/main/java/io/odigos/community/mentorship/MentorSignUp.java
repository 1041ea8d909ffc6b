package io.odigos.community.mentorship;

import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A member offering to mentor: signing up (or editing the offer), pausing, resuming and leaving. */
public final class MentorSignUp {

    private final Database database;
    private final MentorshipStore store;
    private final Matching matching;
    private final Proposals proposals;
    private final Pairings pairings;
    private final Bans bans;
    private final Clock clock;

    MentorSignUp(Database database, MentorshipStore store, Matching matching, Proposals proposals, Pairings pairings,
                 Bans bans, Clock clock) {
        this.database = database;
        this.store = store;
        this.matching = matching;
        this.proposals = proposals;
        this.pairings = pairings;
        this.bans = bans;
        this.clock = clock;
    }

    /** Stores the offer, active and unpaused; requests waiting in the queue are matched at once. */
    public Mentor offer(String memberId, MentorDraft draft) {
        bans.requireNotBanned(memberId);
        Mentor mentor = database.inTransaction(em -> {
            Map<String, String> problems = draft.problems(new HashSet<>(store.areas(em)));
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            Optional<Mentor> existing = store.lockedMentor(em, memberId);
            Mentor m = existing.orElseGet(() -> new Mentor(memberId, clock.instant()));
            m.offer(draft.capacity(), draft.availability());
            if (existing.isEmpty()) {
                store.insert(em, m);
            }
            store.replaceAreas(em, memberId, draft.areas());
            database.afterCommit(matching::matchWaiting);
            return m;
        });
        return mentor;
    }

    /** Stops (true) or restarts (false) new proposals; current mentees and pending proposals carry on. */
    public void pause(String memberId, boolean paused) {
        database.runInTransaction(em -> {
            Mentor m = activeMentor(em, memberId);
            if (m.paused() == paused) {
                throw new Refusal(MentorshipMessages.alreadyPaused(paused));
            }
            m.pause(paused);
            if (!paused) {
                database.afterCommit(matching::matchWaiting);
            }
        });
    }

    /**
     * Leaves the programme: proposals waiting on them go to the next candidate, and their mentees' requests go back
     * to matching (never to them again: they were paired).
     */
    public void leave(String memberId) {
        database.runInTransaction(em -> {
            activeMentor(em, memberId).leave();
            for (Proposal p : store.pendingTo(em, memberId)) {
                p.decide(ProposalStatus.WITHDRAWN, clock.instant());
                proposals.passOn(em, p, MentorshipMessages.mentorLeft());
            }
            for (Pair pair : store.activePairsOfMentor(em, memberId)) {
                pairings.end(em, pair, memberId, true);
                matching.proposeNext(em, store.lockedRequest(em, pair.requestId()).orElseThrow());
            }
        });
    }

    /** The member's place in the programme, both as a mentor and as a mentee. */
    public Standing standing(String memberId) {
        return database.inTransaction(em -> {
            var mentor = store.mentor(em, memberId).filter(Mentor::active);
            Set<String> areas = mentor.isPresent() ? store.areasOf(em, memberId) : Set.of();
            var request = store.openRequestOf(em, memberId);
            return new Standing(mentor, areas,
                    mentor.isPresent() ? store.activePairsOfMentor(em, memberId) : java.util.List.of(),
                    store.waitingIn(em, areas), request,
                    request.flatMap(r -> store.activePairOfRequest(em, r.id())));
        });
    }

    private Mentor activeMentor(jakarta.persistence.EntityManager em, String memberId) {
        return store.lockedMentor(em, memberId).filter(Mentor::active)
                .orElseThrow(() -> new Refusal(MentorshipMessages.notAMentor()));
    }
}
