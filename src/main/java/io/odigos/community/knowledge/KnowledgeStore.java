package io.odigos.community.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
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

    // ---- kb-search: the change log as each instance's index reads it ----

    /** One noted change: its place in the log and the entry to reindex. */
    record IndexChange(long seq, long entryId) {
    }

    /** The newest change's place in the log; 0 when there is none. */
    long lastChange(EntityManager em) {
        Object max = em.createNativeQuery("select max(seq) from kb_index_changes").getSingleResult();
        return max == null ? 0 : ((Number) max).longValue();
    }

    /** Changes after {@code seq}, oldest first, at most {@code limit}. */
    List<IndexChange> changesAfter(EntityManager em, long seq, int limit) {
        return changes(em.createNativeQuery("select seq, entry_id from kb_index_changes where seq > ?1 order by seq")
                .setParameter(1, seq).setMaxResults(limit).getResultList());
    }

    /** The changes at these places that are in the log by now (a slow writer committed them late). */
    List<IndexChange> changesAt(EntityManager em, Collection<Long> seqs) {
        if (seqs.isEmpty()) {
            return List.of();
        }
        return changes(em.createNativeQuery("select seq, entry_id from kb_index_changes where seq in (?1) order by seq")
                .setParameter(1, List.copyOf(seqs)).getResultList());
    }

    private static List<IndexChange> changes(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new IndexChange(((Number) row[0]).longValue(), ((Number) row[1]).longValue())).toList();
    }

    /** Forgets changes noted before {@code before}: every running instance has applied them long since. */
    int pruneChanges(EntityManager em, Instant before) {
        return em.createNativeQuery("delete from kb_index_changes where changed_at < ?1")
                .setParameter(1, before).executeUpdate();
    }
}
