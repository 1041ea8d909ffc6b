package io.odigos.community.ownership;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every read and write of ownership_claims, in JPQL over {@link Claim}, each inside the caller's transaction. */
final class OwnershipStore {

    private static final List<ClaimStatus> ACTIVE = List.of(ClaimStatus.REQUESTED, ClaimStatus.APPROVED);

    Optional<Claim> find(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Claim.class, id));
    }

    /** The claim, row-locked: decisions, check-ins and the sweep on it take turns and each sees the others' outcome. */
    Optional<Claim> lock(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Stores the claim; the unique active item and holder slot refuse a second one (a PersistenceException). */
    Claim insert(EntityManager em, Claim claim) {
        em.persist(claim);
        em.flush();
        return claim;
    }

    /** The places ("member#n") the member's active claims hold. */
    List<String> heldSlots(EntityManager em, String memberId) {
        return em.createQuery("select c.holderSlot from Claim c where c.memberId = :m and c.holderSlot is not null",
                String.class).setParameter("m", memberId).getResultList();
    }

    Optional<Claim> activeOn(EntityManager em, long itemId) {
        return em.createQuery("select c from Claim c where c.activeItem = :i", Claim.class).setParameter("i", itemId)
                .getResultStream().findFirst();
    }

    /** Who leads the item: its approved claim, or the one that saw it ship. */
    Optional<Claim> leadOf(EntityManager em, long itemId) {
        return em.createQuery("select c from Claim c where c.itemId = :i and c.status in :s order by c.id desc",
                        Claim.class).setParameter("i", itemId)
                .setParameter("s", List.of(ClaimStatus.APPROVED, ClaimStatus.SHIPPED)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The member's requested and approved claims, oldest first. */
    List<Claim> activeOf(EntityManager em, String memberId) {
        return em.createQuery("select c from Claim c where c.memberId = :m and c.status in :s order by c.id",
                Claim.class).setParameter("m", memberId).setParameter("s", ACTIVE).getResultList();
    }

    /** Requested and approved claims, the ones waiting for an admin first. */
    List<Claim> active(EntityManager em, int limit) {
        return em.createQuery("select c from Claim c where c.status in :s order by c.status desc, c.id", Claim.class)
                .setParameter("s", ACTIVE).setMaxResults(limit).getResultList();
    }

    List<Claim> waiting(EntityManager em, int limit) {
        return inStatus(em, ClaimStatus.REQUESTED, limit);
    }

    private List<Claim> inStatus(EntityManager em, ClaimStatus status, int limit) {
        return em.createQuery("select c from Claim c where c.status = :s order by c.requestedAt, c.id", Claim.class)
                .setParameter("s", status).setMaxResults(limit).getResultList();
    }

    /**
     * Approved claims with something due by {@code now}: a check-in, a warning after {@code silentSince} (heard from
     * no later), or a release after {@code warnedBefore}. The sweep decides each again under its row lock.
     */
    List<Long> due(EntityManager em, Instant now, Instant silentSince, Instant warnedBefore, int limit) {
        return em.createQuery("select c.id from Claim c where c.status = :s and (c.nextCheckInAt <= :now "
                        + "or (c.warnedAt is null and c.heardAt <= :silent) or c.warnedAt <= :warned) order by c.id",
                        Long.class).setParameter("s", ClaimStatus.APPROVED).setParameter("now", now)
                .setParameter("silent", silentSince).setParameter("warned", warnedBefore).setMaxResults(limit)
                .getResultList();
    }

    /** Claims approved in [from, to), oldest first: the digest's new owners. */
    List<Claim> approvedBetween(EntityManager em, Instant from, Instant to, int limit) {
        return em.createQuery("select c from Claim c where c.decidedAt >= :f and c.decidedAt < :t and c.decidedBy is "
                        + "not null and c.status in :s order by c.decidedAt", Claim.class).setParameter("f", from)
                .setParameter("t", to).setParameter("s", List.of(ClaimStatus.APPROVED, ClaimStatus.SHIPPED,
                        ClaimStatus.RELEASED)).setMaxResults(limit).getResultList();
    }

    /** Owned items that shipped in [from, to), oldest first. */
    List<Claim> shippedBetween(EntityManager em, Instant from, Instant to, int limit) {
        return em.createQuery("select c from Claim c where c.status = :s and c.endedAt >= :f and c.endedAt < :t "
                        + "order by c.endedAt", Claim.class).setParameter("s", ClaimStatus.SHIPPED)
                .setParameter("f", from).setParameter("t", to).setMaxResults(limit).getResultList();
    }
}
