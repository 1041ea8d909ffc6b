package io.odigos.community.packs;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The public portal's queries over the packs' tables (search with filters, tag and release lists, a pack's star
 * spread), apart from {@link PacksStore} so each stays one size; the same rules: JPQL over the entities, native SQL
 * into records, the caller's EntityManager.
 */
final class PortalStore {

    /** An Odigos release a visible pack's published version was tried or confirmed on, as the row gave it. */
    record PackRelease(long packId, String release) {
    }

    /**
     * Visible packs, newest first, whose name, summary, README or one of whose tags holds each of {@code patterns}
     * (lower-case LIKE patterns escaped with '!'), carrying {@code tag} when given, among {@code ids} when given.
     */
    List<Pack> visibleMatching(EntityManager em, List<String> patterns, Optional<String> tag,
                               Optional<Collection<Long>> ids, int limit) {
        StringBuilder jpql = new StringBuilder("select p from Pack p where p.status = :s and p.hidden = false");
        for (int i = 0; i < patterns.size(); i++) {
            String w = ":w" + i;
            jpql.append(" and (lower(p.name) like ").append(w).append(" escape '!' or lower(p.summary) like ")
                    .append(w).append(" escape '!' or lower(p.readme) like ").append(w).append(" escape '!' or ")
                    .append("exists (select 1 from Pack q join q.tags t where q.id = p.id and lower(t) like ")
                    .append(w).append(" escape '!'))");
        }
        tag.ifPresent(t -> jpql.append(" and :tag member of p.tags"));
        ids.ifPresent(i -> jpql.append(" and p.id in :ids"));
        var query = em.createQuery(jpql.append(" order by p.publishedAt desc, p.id desc").toString(), Pack.class)
                .setParameter("s", PackStatus.PUBLISHED).setMaxResults(limit);
        for (int i = 0; i < patterns.size(); i++) {
            query.setParameter("w" + i, patterns.get(i));
        }
        tag.ifPresent(t -> query.setParameter("tag", t));
        ids.ifPresent(i -> query.setParameter("ids", i));
        return query.getResultList();
    }

    /** How many visible packs carry each tag; tags no visible pack carries are absent. */
    Map<String, Long> visibleTagCounts(EntityManager em) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object o : em.createNativeQuery("select t.tag, count(*) from pack_tags t join packs p on p.id = t.pack_id "
                + "where p.status = 'PUBLISHED' and p.hidden = false group by t.tag").getResultList()) {
            Object[] row = (Object[]) o;
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The releases each visible pack's published versions were tried on (by the author) or confirmed on. */
    List<PackRelease> visibleReleases(EntityManager em) {
        String visibleVersion = " join pack_versions v on v.id = x.version_id join packs p on p.id = v.pack_id "
                + "where v.status = 'PUBLISHED' and p.status = 'PUBLISHED' and p.hidden = false";
        List<?> rows = em.createNativeQuery("select v.pack_id, x.odigos_version from pack_version_releases x"
                + visibleVersion + " union select v.pack_id, x.odigos_version from pack_confirmations x"
                + visibleVersion).getResultList();
        return rows.stream().map(o -> (Object[]) o)
                .map(row -> new PackRelease(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    /** How many ratings of each star count (index 0 for one star, 4 for five) the pack has. */
    long[] starCounts(EntityManager em, long packId) {
        long[] counts = new long[5];
        for (Object o : em.createNativeQuery("select stars, count(*) from pack_ratings where pack_id = ?1 "
                + "group by stars").setParameter(1, packId).getResultList()) {
            Object[] row = (Object[]) o;
            counts[((Number) row[0]).intValue() - 1] = ((Number) row[1]).longValue();
        }
        return counts;
    }
}
