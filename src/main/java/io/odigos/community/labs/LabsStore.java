package io.odigos.community.labs;

import io.odigos.community.core.Database;
import io.odigos.community.core.SqlValues;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every query of the Labs tables: JPQL over {@link Beta}, native SQL read into records for the tables without an
 * entity (versions, participants, feedback and answers). Writes take the caller's EntityManager.
 */
final class LabsStore {

    /** Someone trying a beta; {@code optedInBy} is the admin who opted them in, null when they joined. */
    record Participant(String memberId, String optedInBy, Instant joinedAt) {
    }

    /** One answer of one feedback. */
    record Answer(String memberId, String version, int question, String answer, Instant givenAt) {
    }

    /** How many answered a question of a version. */
    record QuestionCount(String version, int question, long answers) {
    }

    /** A version as it shipped. */
    record Version(String version, String changes, Instant shippedAt) {
    }

    // ---- betas ----

    Beta insert(EntityManager em, Beta beta) {
        em.persist(beta);
        em.flush(); // the id, for the first version's row
        return beta;
    }

    Optional<Beta> beta(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Beta.class, id));
    }

    /** The beta's row, locked: stage moves, versions and opt-ins are decided one at a time. */
    Optional<Beta> lockedBeta(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Beta.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Betas members can join, newest first. */
    List<Beta> open(EntityManager em, int limit) {
        return em.createQuery("select b from Beta b where b.stage in :open order by b.createdAt desc, b.id desc",
                Beta.class).setParameter("open", BetaStage.OPEN).setMaxResults(limit).getResultList();
    }

    /** Graduated and retired betas, latest first. */
    List<Beta> past(EntityManager em, int limit) {
        return em.createQuery("select b from Beta b where b.endedAt is not null order by b.endedAt desc, b.id desc",
                Beta.class).setMaxResults(limit).getResultList();
    }

    /** Betas opened in [from, to) that are still open: one that ended meanwhile is news as an ending. */
    List<Beta> openedBetween(EntityManager em, Instant from, Instant to, int limit) {
        return em.createQuery("select b from Beta b where b.createdAt >= :from and b.createdAt < :to "
                        + "and b.stage in :open order by b.createdAt, b.id", Beta.class)
                .setParameter("from", from).setParameter("to", to).setParameter("open", BetaStage.OPEN)
                .setMaxResults(limit).getResultList();
    }

    List<Beta> endedBetween(EntityManager em, Instant from, Instant to, int limit) {
        return em.createQuery("select b from Beta b where b.endedAt >= :from and b.endedAt < :to "
                        + "order by b.endedAt, b.id", Beta.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
    }

    /** The open betas a member takes part in, newest first. */
    List<Beta> joinedBy(EntityManager em, String memberId, int limit) {
        List<?> ids = sql(em, "select beta_id from labs_participants where member_id = ?1", memberId)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b from Beta b where b.id in :ids and b.stage in :open "
                        + "order by b.createdAt desc, b.id desc", Beta.class)
                .setParameter("ids", ids.stream().map(i -> ((Number) i).longValue()).toList())
                .setParameter("open", BetaStage.OPEN).setMaxResults(limit).getResultList();
    }

    // ---- versions ----

    /** Records a shipped version unless the beta shipped it already; whether it was added. */
    boolean shipOnce(EntityManager em, long betaId, String version, String changes, Instant at) {
        return Database.insertOnce(em, "insert into labs_versions (beta_id, version, changes, shipped_at) "
                + "values (?, ?, ?, ?)", betaId, version, changes, at.atOffset(ZoneOffset.UTC));
    }

    List<Version> versions(EntityManager em, long betaId) {
        List<?> rows = sql(em, "select version, changes, shipped_at from labs_versions where beta_id = ?1 "
                + "order by shipped_at, version", betaId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Version((String) r[0], (String) r[1],
                SqlValues.instant(r[2]))).toList();
    }

    // ---- participants ----

    /** Adds the participant unless they take part already; whether they were added. */
    boolean joinOnce(EntityManager em, long betaId, String memberId, String optedInBy, Instant at) {
        return Database.insertOnce(em, "insert into labs_participants (beta_id, member_id, opted_in_by, joined_at) "
                + "values (?, ?, ?, ?)", betaId, memberId, optedInBy, at.atOffset(ZoneOffset.UTC));
    }

    boolean leave(EntityManager em, long betaId, String memberId) {
        return sql(em, "delete from labs_participants where beta_id = ?1 and member_id = ?2", betaId, memberId)
                .executeUpdate() == 1;
    }

    boolean isParticipant(EntityManager em, long betaId, String memberId) {
        return !sql(em, "select 1 from labs_participants where beta_id = ?1 and member_id = ?2", betaId, memberId)
                .getResultList().isEmpty();
    }

    /** Everyone trying the beta, first joined first. */
    List<Participant> participants(EntityManager em, long betaId) {
        List<?> rows = sql(em, "select member_id, opted_in_by, joined_at from labs_participants "
                + "where beta_id = ?1 order by joined_at, member_id", betaId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Participant((String) r[0], (String) r[1],
                SqlValues.instant(r[2]))).toList();
    }

    // ---- feedback ----

    /** Stores a member's answers on a version unless they answered that version already; whether it was added. */
    boolean answerOnce(EntityManager em, long betaId, String memberId, String version, Map<Integer, String> answers,
                       Instant at) {
        if (!Database.insertOnce(em, "insert into labs_feedback (beta_id, member_id, version, given_at) "
                + "values (?, ?, ?, ?)", betaId, memberId, version, at.atOffset(ZoneOffset.UTC))) {
            return false;
        }
        answers.forEach((question, answer) -> sql(em, "insert into labs_answers (beta_id, member_id, version, "
                + "question, answer) values (?1, ?2, ?3, ?4, ?5)", betaId, memberId, version, question, answer)
                .executeUpdate());
        return true;
    }

    boolean answered(EntityManager em, long betaId, String memberId, String version) {
        return !sql(em, "select 1 from labs_feedback where beta_id = ?1 and member_id = ?2 and version = ?3", betaId,
                memberId, version).getResultList().isEmpty();
    }

    /** How many members gave feedback on any version of the beta. */
    long feedbackGivers(EntityManager em, long betaId) {
        return ((Number) sql(em, "select count(distinct member_id) from labs_feedback where beta_id = ?1", betaId)
                .getSingleResult()).longValue();
    }

    /** Members who gave feedback on any version, in the order they first did. */
    List<String> feedbackGiverIds(EntityManager em, long betaId) {
        List<?> rows = sql(em, "select member_id from labs_feedback where beta_id = ?1 group by member_id "
                + "order by min(given_at), member_id", betaId).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    List<QuestionCount> answerCounts(EntityManager em, long betaId) {
        List<?> rows = sql(em, "select a.version, a.question, count(*) from labs_answers a join labs_feedback f "
                + "on f.beta_id = a.beta_id and f.member_id = a.member_id and f.version = a.version "
                + "where a.beta_id = ?1 group by a.version, a.question order by min(f.given_at), a.question", betaId)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new QuestionCount((String) r[0],
                ((Number) r[1]).intValue(), ((Number) r[2]).longValue())).toList();
    }

    /** Answers, latest feedback first ({@code limit} 0: all of them). */
    List<Answer> answers(EntityManager em, long betaId, int limit) {
        Query query = sql(em, "select a.member_id, a.version, a.question, a.answer, f.given_at from labs_answers a "
                + "join labs_feedback f on f.beta_id = a.beta_id and f.member_id = a.member_id and f.version = a.version "
                + "where a.beta_id = ?1 order by f.given_at desc, a.member_id, a.question", betaId);
        if (limit > 0) {
            query.setMaxResults(limit);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Answer((String) r[0], (String) r[1],
                ((Number) r[2]).intValue(), (String) r[3], SqlValues.instant(r[4]))).toList();
    }

    private static Query sql(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
