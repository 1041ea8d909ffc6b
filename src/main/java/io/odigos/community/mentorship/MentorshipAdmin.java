package io.odigos.community.mentorship;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.SlackText;
import java.util.List;

/** What admins do by hand: pair a request with a mentor, end a pair, edit the areas; each audited. */
public final class MentorshipAdmin {

    static final int MAX_AREA = 60;
    static final int LISTED = 30;

    /** What `/community-admin mentorship` lists. */
    public record Overview(List<Pair> pairs, List<Pair> stalled, List<MentorshipRequest> waiting,
                           List<Proposal> proposals) {
    }

    private final Database database;
    private final AdminWrites adminWrites;
    private final MentorshipStore store;
    private final Matching matching;
    private final Proposals proposals;
    private final Pairings pairings;

    MentorshipAdmin(Database database, AdminWrites adminWrites, MentorshipStore store, Matching matching,
                    Proposals proposals, Pairings pairings) {
        this.database = database;
        this.adminWrites = adminWrites;
        this.store = store;
        this.matching = matching;
        this.proposals = proposals;
        this.pairings = pairings;
    }

    public Overview overview() {
        return database.inTransaction(em -> new Overview(store.activePairs(em, LISTED),
                store.stalledPairs(em, LISTED), store.waiting(em, LISTED),
                store.pending(em, LISTED)));
    }

    /**
     * Pairs an open, unpaired request with a mentor the admin chose, whatever the score: a pending proposal is taken
     * back. Capacity, self-mentoring and repeat pairs are refused as they are for matching.
     */
    public Pair pair(String adminId, long requestId, String mentorId) {
        return adminWrites.write(adminId, "mentorship-pair", em -> {
            MentorshipRequest request = store.lockedRequest(em, requestId)
                    .orElseThrow(() -> new Refusal(MentorshipMessages.noSuchRequest(requestId)));
            if (request.status() == RequestStatus.PAIRED || request.status() == RequestStatus.CLOSED) {
                throw new Refusal(MentorshipMessages.requestNotOpen(request));
            }
            Mentor mentor = store.lockedMentor(em, mentorId).filter(Mentor::active)
                    .orElseThrow(() -> new Refusal(MentorshipMessages.notAMentorWho(mentorId)));
            if (mentorId.equals(request.menteeId())) {
                throw new Refusal(MentorshipMessages.cannotMentorSelf());
            }
            if (store.werePaired(em, mentorId, request.menteeId())) {
                throw new Refusal(MentorshipMessages.pairedBefore(mentorId, request.menteeId()));
            }
            proposals.withdraw(em, request);
            em.flush(); // the withdrawn proposal no longer holds the mentor's place
            if (store.load(em, mentorId) >= mentor.capacity()) {
                throw new Refusal(MentorshipMessages.full(mentorId, mentor.capacity()));
            }
            Pair pair = pairings.start(em, request, mentorId);
            return new Audited<>(pair, "mentorship-request:" + requestId, "paired with " + mentorId);
        });
    }

    /** Ends an active pair; the request closes and the mentor's freed place serves the queue. */
    public Pair end(String adminId, long pairId) {
        return adminWrites.write(adminId, "mentorship-end", em -> {
            Pair pair = store.pair(em, pairId).orElseThrow(() -> new Refusal(MentorshipMessages.noSuchPair(pairId)));
            if (!pair.isActive()) {
                throw new Refusal(MentorshipMessages.pairAlreadyEnded(pairId));
            }
            store.lockedMentor(em, pair.mentorId());
            pairings.end(em, pair, adminId, false);
            database.afterCommit(matching::matchWaiting);
            return new Audited<>(pair, "mentorship-pair:" + pairId, pair.mentorId() + " and " + pair.menteeId());
        });
    }

    public String addArea(String adminId, String name) {
        String area = name == null ? "" : name.strip();
        if (area.isEmpty() || area.length() > MAX_AREA || SlackText.hasBroadcast(area)) {
            throw new Refusal(MentorshipMessages.badAreaName(MAX_AREA));
        }
        return adminWrites.write(adminId, "mentorship-area-add", em -> {
            if (store.areas(em).stream().anyMatch(a -> a.equalsIgnoreCase(area))) {
                throw new Refusal(MentorshipMessages.areaExists(area));
            }
            store.addArea(em, area);
            return new Audited<>(area, "mentorship-area:" + area, "added");
        });
    }

    /** Removes the area from the list and from mentors' offers; requests that chose it keep their words. */
    public String removeArea(String adminId, String name) {
        String area = name == null ? "" : name.strip();
        return adminWrites.write(adminId, "mentorship-area-remove", em -> {
            if (!store.removeArea(em, area)) {
                throw new Refusal(MentorshipMessages.noSuchArea(area));
            }
            return new Audited<>(area, "mentorship-area:" + area, "removed");
        });
    }
}
