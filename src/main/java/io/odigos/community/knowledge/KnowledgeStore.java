package io.odigos.community.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every query of the knowledge base's tables: JPQL over {@link KnowledgeEntry}, native SQL read into values for the
 * tables without an entity (topics, votes, the index's change log). Writes take the caller's EntityManager, so the
 * service decides the transaction.
 */
final class KnowledgeStore {

    // ---- topics ----

    List<String> topics(EntityManager em) {
        List<?> rows = em.createNativeQuery("select name from kb_topics order by position, name").getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    // ---- entries ----

    /** Stores a new entry and notes the change for every instance's search index. */
    KnowledgeEntry insert(EntityManager em, KnowledgeEntry entry, Instant at) {
        em.persist(entry);
        em.flush(); // the id, for the change log
        changed(em, entry.id(), at);
        return entry;
    }

    Optional<KnowledgeEntry> entry(EntityManager em, long id) {
        return Optional.ofNullable(em.find(KnowledgeEntry.class, id));
    }

    /** The entry's row, locked: review decisions and the author's edits are decided one at a time. */
    Optional<KnowledgeEntry> lockedEntry(EntityManager em, long id) {
        return Optional.ofNullable(em.find(KnowledgeEntry.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Published entries, newest first. */
    List<KnowledgeEntry> published(EntityManager em, int limit) {
        return em.createQuery("select e from KnowledgeEntry e where e.status = :s order by e.publishedAt desc, e.id desc",
                        KnowledgeEntry.class)
                .setParameter("s", EntryStatus.PUBLISHED).setMaxResults(limit).getResultList();
    }

    // ---- the search index's change log ----

    /** Notes, in the writer's transaction, that the entry changed: every instance reindexes it from this row. */
    void changed(EntityManager em, long entryId, Instant at) {
        em.createNativeQuery("insert into kb_index_changes (entry_id, changed_at) values (?1, ?2)")
                .setParameter(1, entryId).setParameter(2, at).executeUpdate();
    }

    // ---- freshness ----

    /** Published, not outdated entries whose author was not yet asked about {@code version}. */
    List<Long> notAskedAbout(EntityManager em, String version, int limit) {
        return em.createQuery("select e.id from KnowledgeEntry e where e.status = :s and e.outdated = false "
                        + "and (e.accuracyAskedFor is null or e.accuracyAskedFor <> :v) order by e.id", Long.class)
                .setParameter("s", EntryStatus.PUBLISHED).setParameter("v", version).setMaxResults(limit)
                .getResultList();
    }

    // ---- kb-web: the public pages' reads, published entries only ----

    /** Every topic in the admins' order, with how many published entries it has. */
    List<TopicCount> publishedTopics(EntityManager em) {
        List<?> rows = em.createNativeQuery("select t.name, count(e.id) from kb_topics t "
                + "left join kb_entry_topics et on et.topic = t.name "
                + "left join kb_entries e on e.id = et.entry_id and e.status = 'PUBLISHED' "
                + "group by t.name, t.position order by t.position, t.name").getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new TopicCount(String.valueOf(r[0]), ((Number) r[1]).longValue())).toList();
    }

    /** Published entries filed under a topic, newest first. */
    List<KnowledgeEntry> publishedIn(EntityManager em, String topic, int limit) {
        return em.createQuery("select e from KnowledgeEntry e where e.status = :s and :t member of e.topics "
                        + "order by e.publishedAt desc, e.id desc", KnowledgeEntry.class)
                .setParameter("s", EntryStatus.PUBLISHED).setParameter("t", topic).setMaxResults(limit)
                .getResultList();
    }

    /** Published entries of a kind, newest first. */
    List<KnowledgeEntry> publishedOf(EntityManager em, EntryKind kind, int limit) {
        return em.createQuery("select e from KnowledgeEntry e where e.status = :s and e.kind = :k "
                        + "order by e.publishedAt desc, e.id desc", KnowledgeEntry.class)
                .setParameter("s", EntryStatus.PUBLISHED).setParameter("k", kind).setMaxResults(limit)
                .getResultList();
    }

    /** How many published entries each kind has. */
    List<KindCount> publishedKinds(EntityManager em) {
        return em.createQuery("select new io.odigos.community.knowledge.KindCount(e.kind, count(e)) "
                        + "from KnowledgeEntry e where e.status = :s group by e.kind", KindCount.class)
                .setParameter("s", EntryStatus.PUBLISHED).getResultList();
    }
}
