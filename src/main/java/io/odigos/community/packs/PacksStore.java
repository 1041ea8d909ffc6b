package io.odigos.community.packs;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every query of the packs' tables: JPQL over {@link Pack} and {@link PackVersion}, native SQL read into records for
 * the tables without an entity (ratings, confirmations). Writes take the caller's EntityManager, so the service
 * decides the transaction.
 */
final class PacksStore {

    /** How many ratings, and their stars summed. */
    record RatingTotals(long count, long stars) {
        static final RatingTotals NONE = new RatingTotals(0, 0);
    }

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

    // ---- summaries: what every listing shows of a pack ----

    /** Each pack's ratings: how many and their stars summed; packs nobody rated are absent. */
    Map<Long, RatingTotals> ratings(EntityManager em, Collection<Long> packIds) {
        Map<Long, RatingTotals> totals = new HashMap<>();
        for (Object o : em.createNativeQuery("select pack_id, count(*), sum(stars) from pack_ratings "
                + "where pack_id in (:ids) group by pack_id").setParameter("ids", packIds).getResultList()) {
            Object[] row = (Object[]) o;
            totals.put(((Number) row[0]).longValue(),
                    new RatingTotals(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return totals;
    }

    /** Each pack's *Works on my cluster* confirmations, over all its versions, counted by Odigos release. */
    Map<Long, Map<String, Long>> confirmations(EntityManager em, Collection<Long> packIds) {
        Map<Long, Map<String, Long>> byPack = new HashMap<>();
        for (Object o : em.createNativeQuery("select v.pack_id, c.odigos_version, count(*) from pack_confirmations c "
                        + "join pack_versions v on v.id = c.version_id where v.pack_id in (:ids) "
                        + "group by v.pack_id, c.odigos_version").setParameter("ids", packIds).getResultList()) {
            Object[] row = (Object[]) o;
            byPack.computeIfAbsent(((Number) row[0]).longValue(), k -> new TreeMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        return byPack;
    }

    /** The newest published version of each pack that has one. */
    Map<Long, PackVersion> latestPublished(EntityManager em, Collection<Long> packIds) {
        Map<Long, PackVersion> latest = new HashMap<>();
        em.createQuery("select v from PackVersion v where v.packId in :ids and v.status = :s and v.number = "
                        + "(select max(w.number) from PackVersion w where w.packId = v.packId and w.status = :s)",
                        PackVersion.class)
                .setParameter("ids", packIds).setParameter("s", PackStatus.PUBLISHED).getResultList()
                .forEach(v -> latest.put(v.packId(), v));
        return latest;
    }

    /** Each pack's downloads and installs over all its versions. */
    Map<Long, long[]> fetches(EntityManager em, Collection<Long> packIds) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object o : em.createNativeQuery("select pack_id, sum(downloads), sum(installs) from pack_versions "
                + "where pack_id in (:ids) group by pack_id").setParameter("ids", packIds).getResultList()) {
            Object[] row = (Object[]) o;
            counts.put(((Number) row[0]).longValue(),
                    new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return counts;
    }

    /** Counts one fetch of a version's YAML in SQL, so concurrent fetches all count. */
    void countFetch(EntityManager em, long versionId, boolean install) {
        em.createNativeQuery(install ? "update pack_versions set installs = installs + 1 where id = ?1"
                : "update pack_versions set downloads = downloads + 1 where id = ?1")
                .setParameter(1, versionId).executeUpdate();
    }

    // ---- packs-slack: publishing, review, moderation ----

    /** Versions waiting for an admin, oldest first: the moderation queue. */
    List<PackVersion> waitingVersions(EntityManager em) {
        return em.createQuery("select v from PackVersion v where v.status = :s order by v.submittedAt, v.id",
                PackVersion.class).setParameter("s", PackStatus.PENDING).getResultList();
    }

    /** Whether a version of the pack waits for an admin: an author sends one at a time. */
    boolean hasPendingVersion(EntityManager em, long packId) {
        return !em.createQuery("select v.id from PackVersion v where v.packId = :p and v.status = :s", Long.class)
                .setParameter("p", packId).setParameter("s", PackStatus.PENDING).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * Visible packs whose name, summary or a tag holds every word, case-insensitively, newest first. A LIKE scan is
     * fine at the community's scale (hundreds of packs); a full-text index would pay off at many thousands.
     */
    List<Pack> search(EntityManager em, List<String> words, int limit) {
        StringBuilder jpql = new StringBuilder("select p from Pack p where p.status = :s and p.hidden = false");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and (lower(p.name) like :w").append(i).append(" or lower(p.summary) like :w").append(i)
                    .append(" or exists (select t from Pack q join q.tags t where q = p and lower(t) like :w")
                    .append(i).append("))");
        }
        var query = em.createQuery(jpql.append(" order by p.publishedAt desc, p.id desc").toString(), Pack.class)
                .setParameter("s", PackStatus.PUBLISHED);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + withoutWildcards(words.get(i).toLowerCase(Locale.ROOT)) + "%");
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** A word as typed, without the characters LIKE reads as wildcards. */
    private static String withoutWildcards(String word) {
        return word.replace("%", "").replace("_", "");
    }

    // ---- packs-ratings: ratings, confirmations, ranking, install counts ----

    /** The stars the member gave the pack, if they rated it. */
    Optional<Integer> rating(EntityManager em, long packId, String memberId) {
        List<?> rows = em.createNativeQuery("select stars from pack_ratings where pack_id = ?1 and member_id = ?2")
                .setParameter(1, packId).setParameter(2, memberId).getResultList();
        return rows.stream().map(r -> ((Number) r).intValue()).findFirst();
    }

    /** Records the member's rating, or changes it when {@code exists} (the caller holds the pack's lock). */
    void saveRating(EntityManager em, long packId, String memberId, int stars, boolean exists, Instant at) {
        String sql = exists ? "update pack_ratings set stars = ?3, rated_at = ?4 where pack_id = ?1 and member_id = ?2"
                : "insert into pack_ratings (pack_id, member_id, stars, rated_at) values (?1, ?2, ?3, ?4)";
        em.createNativeQuery(sql).setParameter(1, packId).setParameter(2, memberId).setParameter(3, stars)
                .setParameter(4, at).executeUpdate();
    }

    /** The Odigos release ("1.4") the member confirmed the version on, if they confirmed it. */
    Optional<String> confirmation(EntityManager em, long versionId, String memberId) {
        List<?> rows = em.createNativeQuery("select odigos_version from pack_confirmations "
                        + "where version_id = ?1 and member_id = ?2")
                .setParameter(1, versionId).setParameter(2, memberId).getResultList();
        return rows.stream().map(r -> (String) r).findFirst();
    }

    /** Records the member's confirmation, or changes its release when {@code exists} (under the pack's lock). */
    void saveConfirmation(EntityManager em, long versionId, String memberId, String release, boolean exists,
                          Instant at) {
        String sql = exists
                ? "update pack_confirmations set odigos_version = ?3, confirmed_at = ?4 "
                        + "where version_id = ?1 and member_id = ?2"
                : "insert into pack_confirmations (version_id, member_id, odigos_version, confirmed_at) "
                        + "values (?1, ?2, ?3, ?4)";
        em.createNativeQuery(sql).setParameter(1, versionId).setParameter(2, memberId).setParameter(3, release)
                .setParameter(4, at).executeUpdate();
    }

    // ---- seams: credit, digest, Home, metrics ----

    /** Visible packs first published in [from, to), newest first. */
    List<Pack> publishedBetween(EntityManager em, Instant from, Instant to, int limit) {
        return em.createQuery("select p from Pack p where p.status = :s and p.hidden = false and p.publishedAt >= :f "
                        + "and p.publishedAt < :t order by p.publishedAt desc, p.id desc", Pack.class)
                .setParameter("s", PackStatus.PUBLISHED).setParameter("f", from).setParameter("t", to)
                .setMaxResults(limit).getResultList();
    }

    /** Visible packs someone rated in [from, to): the candidates for the period's top-rated. */
    List<Pack> ratedBetween(EntityManager em, Instant from, Instant to) {
        List<?> ids = em.createNativeQuery("select distinct pack_id from pack_ratings where rated_at >= ?1 "
                + "and rated_at < ?2").setParameter(1, from).setParameter(2, to).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Pack p where p.id in :ids and p.status = :s and p.hidden = false",
                        Pack.class)
                .setParameter("ids", ids.stream().map(i -> ((Number) i).longValue()).toList())
                .setParameter("s", PackStatus.PUBLISHED).getResultList();
    }

    /** How many packs stand in each status, visible or hidden: status name, or "HIDDEN", to count. */
    Map<String, Long> packCounts(EntityManager em) {
        Map<String, Long> counts = new HashMap<>();
        for (Object o : em.createNativeQuery("select case when hidden then 'HIDDEN' else status end, count(*) "
                + "from packs group by case when hidden then 'HIDDEN' else status end").getResultList()) {
            Object[] row = (Object[]) o;
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Versions waiting for review, over all packs. */
    long pendingVersions(EntityManager em) {
        return em.createQuery("select count(v) from PackVersion v where v.status = :s", Long.class)
                .setParameter("s", PackStatus.PENDING).getSingleResult();
    }

    /** Confirmations ever given, and those since {@code since}. */
    long[] confirmationCounts(EntityManager em, Instant since) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(case when confirmed_at >= ?1 "
                + "then 1 else 0 end), 0) from pack_confirmations").setParameter(1, since).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Installs and downloads over every version. */
    long[] fetchTotals(EntityManager em) {
        Object[] row = (Object[]) em.createNativeQuery("select coalesce(sum(installs), 0), coalesce(sum(downloads), 0) "
                + "from pack_versions").getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
