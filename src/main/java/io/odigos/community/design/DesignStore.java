package io.odigos.community.design;

import io.odigos.community.core.Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every query of the design tables. Documents are entities; questions, reactions, answers, ideas and votes are only
 * ever touched by these statements, so they are native SQL read into records on the spot.
 */
final class DesignStore {

    /** A question with its +1 and Concern counts and how many answers it has. */
    record Question(long id, int position, String text, int plusOnes, int concerns, int answers) {
    }

    /** A brainstorm idea; {@code feedbackItemId} is set once it was handed over as a feature request. */
    record Idea(long id, long documentId, String authorId, String text, int votes, Long feedbackItemId) {
    }

    /** One written answer to a question. */
    record Answer(long questionId, String memberId, String text) {
    }

    DesignDocument insert(EntityManager em, DesignDocument document, List<String> questions) {
        em.persist(document);
        em.flush();
        for (int i = 0; i < questions.size(); i++) {
            em.createNativeQuery("insert into design_questions (document_id, position, text) values (?1, ?2, ?3)")
                    .setParameter(1, document.id()).setParameter(2, i + 1).setParameter(3, questions.get(i))
                    .executeUpdate();
        }
        return document;
    }

    Optional<DesignDocument> find(EntityManager em, long id) {
        return Optional.ofNullable(em.find(DesignDocument.class, id));
    }

    /** The document under its row lock: every change of its window, outcome or post takes it first. */
    Optional<DesignDocument> locked(EntityManager em, long id) {
        return Optional.ofNullable(em.find(DesignDocument.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Open documents whose reminder is due, soonest first: the sweep's first work list. */
    List<Long> dueReminders(EntityManager em, Instant now, int limit) {
        return em.createQuery("select d.id from DesignDocument d where d.closedAt is null and d.remindAt <= :now "
                + "order by d.remindAt, d.id", Long.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Open documents whose window has ended: the sweep's second work list. */
    List<Long> dueClosings(EntityManager em, Instant now, int limit) {
        return em.createQuery("select d.id from DesignDocument d where d.closedAt is null and d.closesAt <= :now "
                + "order by d.closesAt, d.id", Long.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Documents and brainstorms still open, closing soonest first. */
    List<DesignDocument> open(EntityManager em, int limit) {
        return em.createQuery("select d from DesignDocument d where d.closedAt is null order by d.closesAt, d.id",
                DesignDocument.class).setMaxResults(limit).getResultList();
    }

    /** Closed ones, most recently closed first. */
    List<DesignDocument> recentlyClosed(EntityManager em, int limit) {
        return em.createQuery("select d from DesignDocument d where d.closedAt is not null "
                + "order by d.closedAt desc, d.id desc", DesignDocument.class).setMaxResults(limit).getResultList();
    }

    List<DesignDocument> byAuthor(EntityManager em, String authorId, int limit) {
        return em.createQuery("select d from DesignDocument d where d.authorId = :a order by d.openedAt desc, d.id desc",
                DesignDocument.class).setParameter("a", authorId).setMaxResults(limit).getResultList();
    }

    /** Outcomes recorded in [from, to), oldest first. */
    List<DesignDocument> outcomesBetween(EntityManager em, Instant from, Instant to, int limit) {
        return em.createQuery("select d from DesignDocument d where d.outcomeAt >= :f and d.outcomeAt < :t "
                        + "order by d.outcomeAt, d.id", DesignDocument.class)
                .setParameter("f", from).setParameter("t", to).setMaxResults(limit).getResultList();
    }

    List<Question> questions(EntityManager em, long documentId) {
        List<?> rows = em.createNativeQuery("select q.id, q.position, q.text, "
                        + "(select count(*) from design_reactions r where r.question_id = q.id and r.reaction = 'PLUS_ONE'), "
                        + "(select count(*) from design_reactions r where r.question_id = q.id and r.reaction = 'CONCERN'), "
                        + "(select count(*) from design_answers a where a.question_id = q.id) "
                        + "from design_questions q where q.document_id = ?1 order by q.position")
                .setParameter(1, documentId).getResultList();
        List<Question> questions = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            questions.add(new Question(number(r[0]), (int) number(r[1]), (String) r[2], (int) number(r[3]),
                    (int) number(r[4]), (int) number(r[5])));
        }
        return questions;
    }

    /** The document a question belongs to, if the question exists. */
    Optional<Long> documentOfQuestion(EntityManager em, long questionId) {
        List<?> ids = em.createNativeQuery("select document_id from design_questions where id = ?1")
                .setParameter(1, questionId).getResultList();
        return ids.stream().findFirst().map(DesignStore::number);
    }

    /** The member's reaction to the question, replacing the one they gave before. */
    void react(EntityManager em, long questionId, String memberId, Reaction reaction, Instant at) {
        em.createNativeQuery("delete from design_reactions where question_id = ?1 and member_id = ?2")
                .setParameter(1, questionId).setParameter(2, memberId).executeUpdate();
        em.createNativeQuery("insert into design_reactions (question_id, member_id, reaction, reacted_at) "
                        + "values (?1, ?2, ?3, ?4)").setParameter(1, questionId).setParameter(2, memberId)
                .setParameter(3, reaction.name()).setParameter(4, at).executeUpdate();
    }

    Optional<Reaction> reactionOf(EntityManager em, long questionId, String memberId) {
        List<?> found = em.createNativeQuery("select reaction from design_reactions where question_id = ?1 "
                + "and member_id = ?2").setParameter(1, questionId).setParameter(2, memberId).getResultList();
        return found.stream().findFirst().map(r -> Reaction.valueOf((String) r));
    }

    void answer(EntityManager em, long questionId, String memberId, String text, Instant at) {
        em.createNativeQuery("insert into design_answers (question_id, member_id, answer, answered_at) "
                        + "values (?1, ?2, ?3, ?4)").setParameter(1, questionId).setParameter(2, memberId)
                .setParameter(3, text).setParameter(4, at).executeUpdate();
    }

    List<Answer> answers(EntityManager em, long documentId, int limit) {
        List<?> rows = em.createNativeQuery("select a.question_id, a.member_id, a.answer from design_answers a "
                        + "join design_questions q on q.id = a.question_id where q.document_id = ?1 "
                        + "order by q.position, a.answered_at, a.id")
                .setParameter(1, documentId).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new Answer(number(r[0]), (String) r[1], (String) r[2])).toList();
    }

    /** Everyone who reacted to, answered, proposed or upvoted anything on the document, in first-seen order. */
    Set<String> participants(EntityManager em, long documentId) {
        List<?> ids = em.createNativeQuery("select r.member_id from design_reactions r join design_questions q "
                        + "on q.id = r.question_id where q.document_id = ?1 "
                        + "union select a.member_id from design_answers a join design_questions q "
                        + "on q.id = a.question_id where q.document_id = ?1 "
                        + "union select i.author_id from design_ideas i where i.document_id = ?1 "
                        + "union select v.member_id from design_idea_votes v join design_ideas i "
                        + "on i.id = v.idea_id where i.document_id = ?1")
                .setParameter(1, documentId).getResultList();
        Set<String> members = new LinkedHashSet<>();
        ids.forEach(id -> members.add((String) id));
        return members;
    }

    long insertIdea(EntityManager em, long documentId, String authorId, String text, Instant at) {
        em.createNativeQuery("insert into design_ideas (document_id, author_id, text, created_at, vote_count) "
                        + "values (?1, ?2, ?3, ?4, 0)").setParameter(1, documentId).setParameter(2, authorId)
                .setParameter(3, text).setParameter(4, at).executeUpdate();
        return number(em.createNativeQuery("select max(id) from design_ideas where document_id = ?1 and author_id = ?2")
                .setParameter(1, documentId).setParameter(2, authorId).getSingleResult());
    }

    Optional<Idea> idea(EntityManager em, long ideaId) {
        return ideas(em, "i.id = ?1", ideaId, 1).stream().findFirst();
    }

    /** A brainstorm's ideas, most upvoted first (then the oldest). */
    List<Idea> topIdeas(EntityManager em, long documentId, int limit) {
        return ideas(em, "i.document_id = ?1", documentId, limit);
    }

    long ideaCount(EntityManager em, long documentId) {
        return number(em.createNativeQuery("select count(*) from design_ideas where document_id = ?1")
                .setParameter(1, documentId).getSingleResult());
    }

    /** Adds the member's upvote; false when they had already given it (the key refuses a second). */
    boolean upvote(EntityManager em, long ideaId, String memberId, Instant at) {
        boolean added = Database.insertOnce(em, "insert into design_idea_votes (idea_id, member_id, voted_at) "
                + "values (?, ?, ?)", ideaId, memberId, java.sql.Timestamp.from(at));
        if (added) {
            countVotes(em, ideaId, 1);
        }
        return added;
    }

    /** Takes the member's upvote back; false when there was none. */
    boolean undoUpvote(EntityManager em, long ideaId, String memberId) {
        boolean removed = em.createNativeQuery("delete from design_idea_votes where idea_id = ?1 and member_id = ?2")
                .setParameter(1, ideaId).setParameter(2, memberId).executeUpdate() == 1;
        if (removed) {
            countVotes(em, ideaId, -1);
        }
        return removed;
    }

    /** Marks the idea handed over as this feedback item; false when it already was (the caller holds the lock). */
    boolean handedOver(EntityManager em, long ideaId, long feedbackItemId, String adminId, Instant at) {
        return em.createNativeQuery("update design_ideas set feedback_item_id = ?1, handed_by = ?2, handed_at = ?3 "
                        + "where id = ?4 and feedback_item_id is null").setParameter(1, feedbackItemId)
                .setParameter(2, adminId).setParameter(3, at).setParameter(4, ideaId).executeUpdate() == 1;
    }

    /** Locks the idea's row, so two admins' clicks hand it over once. */
    void lockIdea(EntityManager em, long ideaId) {
        em.createNativeQuery("select id from design_ideas where id = ?1 for update").setParameter(1, ideaId)
                .getResultList();
    }

    private List<Idea> ideas(EntityManager em, String where, long parameter, int limit) {
        List<?> rows = em.createNativeQuery("select i.id, i.document_id, i.author_id, i.text, i.vote_count, "
                        + "i.feedback_item_id from design_ideas i where " + where
                        + " order by i.vote_count desc, i.created_at, i.id")
                .setParameter(1, parameter).setMaxResults(limit).getResultList();
        List<Idea> ideas = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            ideas.add(new Idea(number(r[0]), number(r[1]), (String) r[2], (String) r[3], (int) number(r[4]),
                    r[5] == null ? null : number(r[5])));
        }
        return ideas;
    }

    private void countVotes(EntityManager em, long ideaId, int change) {
        em.createNativeQuery("update design_ideas set vote_count = vote_count + ?1 where id = ?2")
                .setParameter(1, change).setParameter(2, ideaId).executeUpdate();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
