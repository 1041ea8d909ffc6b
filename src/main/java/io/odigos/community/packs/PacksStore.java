package io.odigos.community.packs;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/**
 * Every query of the packs' tables: JPQL over {@link Pack} and {@link PackVersion}, native SQL read into records for
 * the tables without an entity (ratings, confirmations). Writes take the caller's EntityManager, so the service
 * decides the transaction.
 */
final class PacksStore {

    // ---- packs and versions ----

    Pack insert(EntityManager em, Pack pack) {
        em.persist(pack);
        em.flush(); // the id, for its first version
        return pack;
    }

    PackVersion insert(EntityManager em, PackVersion version) {
        em.persist(version);
        em.flush();
        return version;
    }

    Optional<Pack> pack(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Pack.class, id));
    }

    /** The pack's row, locked: a new version, a review decision and a hide are decided one at a time. */
    Optional<Pack> lockedPack(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Pack.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    Optional<Pack> bySlug(EntityManager em, String slug) {
        return em.createQuery("select p from Pack p where p.slug = :s", Pack.class).setParameter("s", slug)
                .getResultStream().findFirst();
    }

    boolean slugTaken(EntityManager em, String slug) {
        return bySlug(em, slug).isPresent();
    }

    Optional<PackVersion> version(EntityManager em, long versionId) {
        return Optional.ofNullable(em.find(PackVersion.class, versionId));
    }

    /** Every version of the pack, newest first, whatever its status. */
    List<PackVersion> versions(EntityManager em, long packId) {
        return em.createQuery("select v from PackVersion v where v.packId = :p order by v.number desc", PackVersion.class)
                .setParameter("p", packId).getResultList();
    }

    /** The newest published version: what its card, its page and its plain install URL serve. */
    Optional<PackVersion> latestPublished(EntityManager em, long packId) {
        return em.createQuery("select v from PackVersion v where v.packId = :p and v.status = :s order by v.number desc",
                        PackVersion.class)
                .setParameter("p", packId).setParameter("s", PackStatus.PUBLISHED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    Optional<PackVersion> version(EntityManager em, long packId, int number) {
        return em.createQuery("select v from PackVersion v where v.packId = :p and v.number = :n", PackVersion.class)
                .setParameter("p", packId).setParameter("n", number).getResultStream().findFirst();
    }

    int nextNumber(EntityManager em, long packId) {
        Integer max = em.createQuery("select max(v.number) from PackVersion v where v.packId = :p", Integer.class)
                .setParameter("p", packId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Packs members and public pages see, newest first. */
    List<Pack> visible(EntityManager em, int limit) {
        return em.createQuery("select p from Pack p where p.status = :s and p.hidden = false "
                        + "order by p.publishedAt desc, p.id desc", Pack.class)
                .setParameter("s", PackStatus.PUBLISHED).setMaxResults(limit).getResultList();
    }

    /** The member's own packs, whatever their status, newest first. */
    List<Pack> byAuthor(EntityManager em, String authorId) {
        return em.createQuery("select p from Pack p where p.authorId = :a order by p.createdAt desc, p.id desc",
                Pack.class).setParameter("a", authorId).getResultList();
    }

    // ---- packs-slack: publishing, review, moderation ----

    // ---- packs-ratings: ratings, confirmations, ranking, install counts ----

    // ---- packs-web: the public portal ----

    // ---- seams: credit, digest, Home, metrics ----
}
