package io.odigos.community.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Arrays;
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

    void addTopic(EntityManager em, String name) {
        em.createNativeQuery("insert into kb_topics (name, position) select ?1, coalesce(max(position), 0) + 1 "
                + "from kb_topics").setParameter(1, name).executeUpdate();
    }

    boolean removeTopic(EntityManager em, String name) {
        return em.createNativeQuery("delete from kb_topics where name = ?1").setParameter(1, name).executeUpdate() == 1;
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

    // ---- kb-slack: sharing, review, rating, credit, metric, digest, Home ----

    /** The member's own entries, whatever their status, newest first. */
    List<KnowledgeEntry> entriesOf(EntityManager em, String authorId, int limit) {
        return em.createQuery("select e from KnowledgeEntry e where e.authorId = :a order by e.createdAt desc, e.id desc",
                        KnowledgeEntry.class)
                .setParameter("a", authorId).setMaxResults(limit).getResultList();
    }

    /** Entries waiting for a reviewer, oldest first. */
    List<KnowledgeEntry> pending(EntityManager em) {
        return em.createQuery("select e from KnowledgeEntry e where e.status = :s order by e.updatedAt, e.id",
                        KnowledgeEntry.class)
                .setParameter("s", EntryStatus.PENDING).getResultList();
    }

    /** Counts one view of a published entry in SQL, so concurrent openings all count; false when it is not one. */
    boolean countView(EntityManager em, long entryId) {
        return em.createNativeQuery("update kb_entries set views = views + 1 where id = ?1 and status = ?2")
                .setParameter(1, entryId).setParameter(2, EntryStatus.PUBLISHED.name()).executeUpdate() == 1;
    }

    /** A member's vote on an entry: helpful or not, and the comment they left with a "not helpful". */
    record Vote(boolean helpful, String comment) {
    }

    Optional<Vote> vote(EntityManager em, long entryId, String memberId) {
        List<?> rows = em.createNativeQuery("select helpful, comment from kb_votes where entry_id = ?1 and member_id = ?2")
                .setParameter(1, entryId).setParameter(2, memberId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Vote(Boolean.TRUE.equals(r[0]), (String) r[1])).findFirst();
    }

    /** Records or changes the member's vote (a changed vote drops the comment its old answer had). */
    void saveVote(EntityManager em, long entryId, String memberId, boolean helpful, boolean exists, Instant at) {
        String sql = exists
                ? "update kb_votes set helpful = ?3, comment = null, voted_at = ?4 where entry_id = ?1 and member_id = ?2"
                : "insert into kb_votes (entry_id, member_id, helpful, voted_at) values (?1, ?2, ?3, ?4)";
        em.createNativeQuery(sql).setParameter(1, entryId).setParameter(2, memberId).setParameter(3, helpful)
                .setParameter(4, at).executeUpdate();
    }

    void saveComment(EntityManager em, long entryId, String memberId, String comment) {
        em.createNativeQuery("update kb_votes set comment = ?3 where entry_id = ?1 and member_id = ?2")
                .setParameter(1, entryId).setParameter(2, memberId).setParameter(3, comment).executeUpdate();
    }

    /** Moves the entry's vote counters in SQL, in the vote's transaction. */
    void addToCounts(EntityManager em, long entryId, int helpful, int notHelpful) {
        em.createNativeQuery("update kb_entries set helpful = helpful + ?2, not_helpful = not_helpful + ?3 where id = ?1")
                .setParameter(1, entryId).setParameter(2, helpful).setParameter(3, notHelpful).executeUpdate();
    }

    /** Published tutorials and guides ({@link EntryKind#isTutorial()}) published from {@code from} up to {@code to}. */
    long tutorialsPublished(EntityManager em, Instant from, Instant to) {
        List<EntryKind> tutorials = Arrays.stream(EntryKind.values()).filter(EntryKind::isTutorial).toList();
        return em.createQuery("select count(e) from KnowledgeEntry e where e.status = :s and e.kind in :kinds "
                        + "and e.publishedAt >= :from and e.publishedAt <= :to", Long.class)
                .setParameter("s", EntryStatus.PUBLISHED).setParameter("kinds", tutorials)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Entries published in [from, to), oldest first. */
    List<KnowledgeEntry> publishedBetween(EntityManager em, Instant from, Instant to, int limit) {
        return em.createQuery("select e from KnowledgeEntry e where e.status = :s and e.publishedAt >= :from "
                        + "and e.publishedAt < :to order by e.publishedAt, e.id", KnowledgeEntry.class)
                .setParameter("s", EntryStatus.PUBLISHED).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList();
    }

    /** Published, current entries members found helpful, most helpful first. */
    List<KnowledgeEntry> mostHelpful(EntityManager em, int limit) {
        return em.createQuery("select e from KnowledgeEntry e where e.status = :s and e.outdated = false "
                        + "and e.helpful > 0 order by e.helpful desc, e.notHelpful, e.publishedAt desc, e.id desc",
                        KnowledgeEntry.class)
                .setParameter("s", EntryStatus.PUBLISHED).setMaxResults(limit).getResultList();
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
