package io.odigos.community.mentorship;

import io.odigos.community.core.CommunityFacts;
import io.odigos.community.core.Database;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;

/**
 * Starting and ending a pair, whoever decides it (a mentor's Accept, an admin, someone leaving). Both sides are told
 * in the same transaction; the introduction follows in a group DM once the pair is committed ({@link Introductions}).
 */
final class Pairings {

    private final Database database;
    private final MentorshipStore store;
    private final SlackOutbox outbox;
    private final Introductions introductions;
    private final Clock clock;
    private final Duration checkInInterval;

    Pairings(Database database, MentorshipStore store, SlackOutbox outbox, Introductions introductions, Clock clock,
             Duration checkInInterval) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.introductions = introductions;
        this.clock = clock;
        this.checkInInterval = checkInInterval;
    }

    /** Pairs the request's mentee with the mentor; the caller holds the request's and the mentor's locks. */
    Pair start(EntityManager em, MentorshipRequest request, String mentorId) {
        Pair pair = new Pair(request, mentorId, clock.instant(), checkInInterval);
        store.insert(em, pair);
        new CommunityFacts().record(em, CommunityFacts.MENTORSHIP_MENTEE, request.menteeId(), "pair:" + pair.id(),
                request.area(), pair.startedAt()); // metrics read who was mentored from the facts, not our tables
        request.moveTo(RequestStatus.PAIRED);
        outbox.enqueue(em, OutgoingMessage.dm(request.menteeId(), MentorshipMessages.pairedMentee(mentorId), null));
        outbox.enqueue(em, OutgoingMessage.dm(mentorId, MentorshipMessages.pairedMentor(request.menteeId()), null));
        long pairId = pair.id();
        database.afterCommit(() -> introductions.introduce(pairId));
        return pair;
    }

    /**
     * Ends the pair and tells both. {@code requeue}: the mentee still wants a mentor (their mentor left), so the
     * request waits again, and the caller proposes it on; otherwise the request closes.
     */
    void end(EntityManager em, Pair pair, String endedBy, boolean requeue) {
        pair.end(endedBy, clock.instant());
        MentorshipRequest request = store.lockedRequest(em, pair.requestId()).orElseThrow();
        if (requeue) {
            request.moveTo(RequestStatus.WAITING);
        } else {
            request.close(clock.instant());
        }
        outbox.enqueue(em, OutgoingMessage.dm(pair.menteeId(), MentorshipMessages.pairEnded(pair.mentorId(), requeue), null));
        outbox.enqueue(em, OutgoingMessage.dm(pair.mentorId(), MentorshipMessages.pairEnded(pair.menteeId(), false), null));
    }
}
