package io.odigos.community.mentorship;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every query of the mentorship tables: JPQL over {@link Mentor}, {@link MentorshipRequest}, {@link Proposal} and
 * {@link Pair}; the two tables without an entity (mentorship_areas, mentor_areas) with native SQL read into values.
 * Writes take the caller's EntityManager, so the service decides the transaction.
 */
final class MentorshipStore {

    /** A mentor who may take one more mentee, as the matching sees them before locking their row. */
    record Available(String memberId, int capacity, long load, Instant joinedAt) {
        int freeSlots() {
            return (int) Math.max(0, capacity - load);
        }
    }

    // ---- areas ----

    List<String> areas(EntityManager em) {
        List<?> rows = em.createNativeQuery("select name from mentorship_areas order by position, name").getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    void addArea(EntityManager em, String name) {
        em.createNativeQuery("insert into mentorship_areas (name, position) "
                        + "select ?1, coalesce(max(position), 0) + 1 from mentorship_areas")
                .setParameter(1, name).executeUpdate();
    }

    /** Removes the area from the list and from every mentor's offer; open requests keep the words they chose. */
    boolean removeArea(EntityManager em, String name) {
        em.createNativeQuery("delete from mentor_areas where area = ?1").setParameter(1, name).executeUpdate();
        return em.createNativeQuery("delete from mentorship_areas where name = ?1").setParameter(1, name)
                .executeUpdate() == 1;
    }

    Set<String> areasOf(EntityManager em, String mentorId) {
        return areasOf(em, List.of(mentorId)).getOrDefault(mentorId, Set.of());
    }

    /** Each mentor's areas, for the mentors asked about. */
    Map<String, Set<String>> areasOf(EntityManager em, Collection<String> mentorIds) {
        Map<String, Set<String>> areas = new HashMap<>();
        if (mentorIds.isEmpty()) {
            return areas;
        }
        List<?> rows = em.createNativeQuery("select member_id, area from mentor_areas where member_id in (?1)")
                .setParameter(1, List.copyOf(mentorIds)).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row; // read into the map at once: the store's callers never see the row
            areas.computeIfAbsent(String.valueOf(r[0]), k -> new LinkedHashSet<>()).add(String.valueOf(r[1]));
        }
        return areas;
    }

    void replaceAreas(EntityManager em, String mentorId, List<String> areas) {
        em.createNativeQuery("delete from mentor_areas where member_id = ?1").setParameter(1, mentorId).executeUpdate();
        for (String area : areas) {
            em.createNativeQuery("insert into mentor_areas (member_id, area) values (?1, ?2)")
                    .setParameter(1, mentorId).setParameter(2, area).executeUpdate();
        }
    }

    // ---- mentors ----

    Optional<Mentor> mentor(EntityManager em, String memberId) {
        return Optional.ofNullable(em.find(Mentor.class, memberId));
    }

    /** The mentor's row, locked: proposals and pairs for one mentor are decided one at a time. */
    Optional<Mentor> lockedMentor(EntityManager em, String memberId) {
        return Optional.ofNullable(em.find(Mentor.class, memberId, LockModeType.PESSIMISTIC_WRITE));
    }

    void insert(EntityManager em, Object entity) {
        em.persist(entity);
        em.flush(); // ids and unique keys now, inside the caller's transaction
    }

    /** Active pairs plus proposals waiting on the mentor: a pending proposal holds a place until it is decided. */
    long load(EntityManager em, String mentorId) {
        return em.createQuery("select count(p) from Pair p where p.mentorId = :m and p.endedAt is null", Long.class)
                .setParameter("m", mentorId).getSingleResult()
                + em.createQuery("select count(q) from Proposal q where q.mentorId = :m and q.status = :s", Long.class)
                .setParameter("m", mentorId).setParameter("s", ProposalStatus.PENDING).getSingleResult();
    }

    /**
     * Mentors who could be proposed this request: active, not paused, not the mentee, never paired with them and not
     * yet asked for this request. Their free capacity is read here and checked again under the mentor's lock.
     */
    List<Available> candidates(EntityManager em, MentorshipRequest request) {
        List<Mentor> mentors = em.createQuery("select m from Mentor m where m.active = true and m.paused = false "
                        + "and m.memberId <> :mentee "
                        + "and not exists (select 1 from Pair p where p.mentorId = m.memberId and p.menteeId = :mentee) "
                        + "and not exists (select 1 from Proposal q where q.mentorId = m.memberId "
                        + "and q.requestId = :request)", Mentor.class)
                .setParameter("mentee", request.menteeId()).setParameter("request", request.id()).getResultList();
        List<Available> available = new ArrayList<>();
        for (Mentor m : mentors) {
            long load = load(em, m.memberId());
            if (load < m.capacity()) {
                available.add(new Available(m.memberId(), m.capacity(), load, m.joinedAt()));
            }
        }
        return available;
    }

    boolean werePaired(EntityManager em, String mentorId, String menteeId) {
        return !em.createQuery("select p.id from Pair p where p.mentorId = :m and p.menteeId = :e", Long.class)
                .setParameter("m", mentorId).setParameter("e", menteeId).setMaxResults(1).getResultList().isEmpty();
    }

    // ---- requests ----

    Optional<MentorshipRequest> openRequestOf(EntityManager em, String menteeId) {
        return em.createQuery("select r from MentorshipRequest r where r.openMentee = :m", MentorshipRequest.class)
                .setParameter("m", menteeId).getResultStream().findFirst();
    }

    Optional<MentorshipRequest> lockedRequest(EntityManager em, long id) {
        return Optional.ofNullable(em.find(MentorshipRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Requests waiting for a mentor, oldest first: the queue admins see and new capacity serves. */
    List<MentorshipRequest> waiting(EntityManager em, int limit) {
        return em.createQuery("select r from MentorshipRequest r where r.status = :s order by r.createdAt, r.id",
                        MentorshipRequest.class)
                .setParameter("s", RequestStatus.WAITING).setMaxResults(limit).getResultList();
    }

    long waitingIn(EntityManager em, Collection<String> areas) {
        if (areas.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(r) from MentorshipRequest r where r.status = :s and r.area in :areas",
                        Long.class)
                .setParameter("s", RequestStatus.WAITING).setParameter("areas", areas).getSingleResult();
    }

    // ---- proposals ----

    Optional<Proposal> proposal(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Proposal.class, id));
    }

    Optional<Proposal> pendingFor(EntityManager em, long requestId) {
        return em.createQuery("select q from Proposal q where q.pendingRequest = :r", Proposal.class)
                .setParameter("r", requestId).getResultStream().findFirst();
    }

    List<Proposal> pending(EntityManager em, int limit) {
        return em.createQuery("select q from Proposal q where q.status = :s order by q.expiresAt, q.id", Proposal.class)
                .setParameter("s", ProposalStatus.PENDING).setMaxResults(limit).getResultList();
    }

    List<Proposal> pendingTo(EntityManager em, String mentorId) {
        return em.createQuery("select q from Proposal q where q.mentorId = :m and q.status = :s order by q.id",
                        Proposal.class)
                .setParameter("m", mentorId).setParameter("s", ProposalStatus.PENDING).getResultList();
    }

    // ---- pairs ----

    Optional<Pair> pair(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Pair.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The id only, so that {@link #pair} loads the row under its lock rather than finding it already read. */
    Optional<Long> activePairIdOfMentee(EntityManager em, String menteeId) {
        return em.createQuery("select p.id from Pair p where p.menteeId = :m and p.endedAt is null", Long.class)
                .setParameter("m", menteeId).getResultStream().findFirst();
    }

    Optional<Pair> activePairOfRequest(EntityManager em, long requestId) {
        return em.createQuery("select p from Pair p where p.requestId = :r and p.endedAt is null", Pair.class)
                .setParameter("r", requestId).getResultStream().findFirst();
    }

    List<Pair> activePairs(EntityManager em, int limit) {
        return em.createQuery("select p from Pair p where p.endedAt is null order by p.startedAt, p.id", Pair.class)
                .setMaxResults(limit).getResultList();
    }

    /** Pairs silent for two check-ins or stuck, longest stuck first: what the admins should look at. */
    List<Pair> stalledPairs(EntityManager em, int limit) {
        return em.createQuery("select p from Pair p where p.endedAt is null and (p.silentCheckIns >= 2 "
                + "or p.stuckSince is not null) order by p.stuckSince nulls last, p.id", Pair.class)
                .setMaxResults(limit).getResultList();
    }

    List<Pair> activePairsOfMentor(EntityManager em, String mentorId) {
        return em.createQuery("select p from Pair p where p.mentorId = :m and p.endedAt is null order by p.id", Pair.class)
                .setParameter("m", mentorId).getResultList();
    }

    // ---- claimed good first issues ----

    /** The URLs of the issues other active pairs have claimed (an ended pair's claim is released). */
    Set<String> issuesClaimedByOthers(EntityManager em, long pairId) {
        return new HashSet<>(em.createQuery("select p.openIssueUrl from Pair p where p.openIssueUrl is not null "
                + "and p.id <> :p", String.class).setParameter("p", pairId).getResultList());
    }

    // ---- the digest ----

    /** An area where requests wait with no mentor free to take them: mentors are needed there. */
    record AreaNeed(String area, long waiting) {
    }

    /** Pairs started in [from, to), oldest first. */
    List<Pair> startedBetween(EntityManager em, Instant from, Instant to, int limit) {
        return em.createQuery("select p from Pair p where p.startedAt >= :from and p.startedAt < :to "
                        + "order by p.startedAt, p.id", Pair.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
    }

    /** Pairs completed in [from, to), oldest first; a pair merely left or ended by an admin is not one. */
    List<Pair> completedBetween(EntityManager em, Instant from, Instant to, int limit) {
        return em.createQuery("select p from Pair p where p.completedAt >= :from and p.completedAt < :to "
                        + "order by p.completedAt, p.id", Pair.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
    }

    /**
     * Requests waiting for a mentor by area, most first. Matching proposes a request to any mentor with a free place
     * (the area only weighs in the score), so a request that waits has nobody free who can take it.
     */
    List<AreaNeed> waitingByArea(EntityManager em, int limit) {
        return em.createQuery("select r.area, count(r) from MentorshipRequest r where r.status = :s group by r.area "
                        + "order by count(r) desc, r.area", Tuple.class)
                .setParameter("s", RequestStatus.WAITING).setMaxResults(limit).getResultStream()
                .map(row -> new AreaNeed(row.get(0, String.class), row.get(1, Long.class))).toList();
    }
}
