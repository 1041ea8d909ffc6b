package io.odigos.community.hackathons;

import io.odigos.community.core.Refusal;
import io.odigos.community.hackathons.JudgingService.Challenge;
import io.odigos.community.hackathons.JudgingService.Criterion;
import io.odigos.community.hackathons.JudgingService.Prize;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every read and write of the hackathon tables. Hackathons, teams, hackers and submissions are entities, read in
 * JPQL; the tables without one (challenges, prizes, criteria, judges, announcements, scores, votes, results) are read
 * and written in native SQL whose rows become records here, never leaving as arrays (each is read whole or written
 * once, so an entity per table would add mapping without making anything simpler). Every method runs inside the
 * caller's transaction.
 */
final class HackathonStore {

    // ---- hackathons ----

    /** The hackathon, or null. */
    Hackathon find(EntityManager em, long id) {
        return em.find(Hackathon.class, id);
    }

    /** The hackathon, refused if it was deleted since the member's button or form was shown. */
    Hackathon existing(EntityManager em, long id) {
        Hackathon h = find(em, id);
        if (h == null) {
            throw new Refusal("That hackathon no longer exists.");
        }
        return h;
    }

    /** The earliest hackathon whose judging closes after {@code now}, else the one that finished last. */
    Optional<Hackathon> current(EntityManager em, Instant now) {
        List<Hackathon> running = em.createQuery("select h from Hackathon h where h.judgingCloses > :now "
                        + "order by h.registrationOpens", Hackathon.class)
                .setParameter("now", now).setMaxResults(1).getResultList();
        if (!running.isEmpty()) {
            return Optional.of(running.get(0));
        }
        return em.createQuery("select h from Hackathon h order by h.judgingCloses desc", Hackathon.class)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The hackathon with its challenges, criteria, prizes and judges, each list kept in the admin's order. */
    void insert(EntityManager em, Hackathon h, HackathonDraft draft) {
        em.persist(h);
        em.flush(); // the id the other rows refer to
        List<HackathonPart> challenges = draft.challenges();
        for (int i = 0; i < challenges.size(); i++) {
            execute(em, "insert into hackathon_challenges (hackathon_id, position, name, description) "
                    + "values (?1, ?2, ?3, ?4)", h.id(), i + 1, challenges.get(i).name(), challenges.get(i).detail());
        }
        List<HackathonDraft.Criterion> criteria = draft.judgedBy();
        for (int i = 0; i < criteria.size(); i++) {
            execute(em, "insert into hackathon_criteria (hackathon_id, position, name, weight) values (?1, ?2, ?3, ?4)",
                    h.id(), i + 1, criteria.get(i).name(), criteria.get(i).weight());
        }
        List<HackathonPart> prizes = draft.prizes();
        for (int i = 0; i < prizes.size(); i++) {
            HackathonPart prize = prizes.get(i);
            execute(em, "insert into hackathon_prizes (hackathon_id, position, name, description, peoples_choice) "
                            + "values (?1, ?2, ?3, ?4, ?5)", h.id(), i + 1, prize.name(), prize.detail(),
                    HackathonDraft.isPeoplesChoice(prize));
        }
        for (String judge : draft.judges()) {
            execute(em, "insert into hackathon_judges (hackathon_id, member_id) values (?1, ?2)", h.id(), judge);
        }
    }

    /** Records that a step (a phase's announcement, a reminder) was taken; false if it was taken before. */
    boolean recordStep(EntityManager em, long hackathonId, String step, Instant at) {
        return execute(em, "insert into hackathon_announcements (hackathon_id, phase, posted_at) select ?1, ?2, ?3 "
                + "from hackathons where id = ?1 and not exists (select 1 from hackathon_announcements a "
                + "where a.hackathon_id = ?1 and a.phase = ?2)", hackathonId, step, at) == 1;
    }

    // ---- hackers and teams ----

    /** The member's registration, or null. */
    Hacker hacker(EntityManager em, long hackathonId, String memberId) {
        return em.find(Hacker.class, new Hacker.Key(hackathonId, memberId));
    }

    /** The member's registration, row-locked so two team changes by the same member run one after the other. */
    Hacker lockHacker(EntityManager em, long hackathonId, String memberId) {
        return em.find(Hacker.class, new Hacker.Key(hackathonId, memberId), LockModeType.PESSIMISTIC_WRITE);
    }

    void insert(EntityManager em, Hacker hacker) {
        em.persist(hacker);
    }

    /** Every registered hacker, earliest first. */
    List<String> hackers(EntityManager em, long hackathonId) {
        return em.createQuery("select k.memberId from Hacker k where k.hackathonId = :h order by k.registeredAt",
                String.class).setParameter("h", hackathonId).getResultList();
    }

    /** Hackers without a team who asked to find one, earliest first. */
    List<Hacker> lookingForTeam(EntityManager em, long hackathonId) {
        return em.createQuery("select k from Hacker k where k.hackathonId = :h and k.teamId is null "
                + "and k.lookingForTeam = true order by k.registeredAt", Hacker.class)
                .setParameter("h", hackathonId).getResultList();
    }

    /** The team, or null. */
    Team team(EntityManager em, long teamId) {
        return em.find(Team.class, teamId);
    }

    /** The team, row-locked so two joiners cannot both take its last place; null if none. */
    Team lockTeam(EntityManager em, long teamId) {
        return em.find(Team.class, teamId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The hackathon's teams by name. */
    List<Team> teams(EntityManager em, long hackathonId) {
        return em.createQuery("select t from Team t where t.hackathonId = :h order by t.name", Team.class)
                .setParameter("h", hackathonId).getResultList();
    }

    /** Whether the hackathon has a team of that name, ignoring case. */
    boolean teamNameTaken(EntityManager em, long hackathonId, String name) {
        return !em.createQuery("select t.id from Team t where t.hackathonId = :h and lower(t.name) = :n", Long.class)
                .setParameter("h", hackathonId).setParameter("n", name.toLowerCase()).getResultList().isEmpty();
    }

    Team insert(EntityManager em, Team team) {
        em.persist(team);
        em.flush(); // the id its founder joins
        return team;
    }

    void removeTeam(EntityManager em, long teamId) {
        em.remove(em.find(Team.class, teamId));
    }

    /** The team's members, earliest registered first. */
    List<String> teamMembers(EntityManager em, long teamId) {
        return em.createQuery("select k.memberId from Hacker k where k.teamId = :t order by k.registeredAt",
                String.class).setParameter("t", teamId).getResultList();
    }

    // ---- projects ----

    /** The hackathon's projects in the order they were entered. */
    List<Submission> submissions(EntityManager em, long hackathonId) {
        return em.createQuery("select s from Submission s where s.hackathonId = :h order by s.id", Submission.class)
                .setParameter("h", hackathonId).getResultList();
    }

    /** The project, or null. */
    Submission submission(EntityManager em, long id) {
        return em.find(Submission.class, id);
    }

    /** The project, refused if it was deleted since the member's button or form was shown. */
    Submission existingSubmission(EntityManager em, long id) {
        Submission s = submission(em, id);
        if (s == null) {
            throw new Refusal("That project no longer exists.");
        }
        return s;
    }

    /** The entrant's project (a team's, or a solo hacker's), if entered. */
    Optional<Submission> entry(EntityManager em, long hackathonId, String entrant) {
        return em.createQuery("select s from Submission s where s.hackathonId = :h and s.entrant = :e", Submission.class)
                .setParameter("h", hackathonId).setParameter("e", entrant).getResultList().stream().findFirst();
    }

    void insert(EntityManager em, Submission submission) {
        em.persist(submission);
    }

    /** Who made the project: the team's current members by id, or the solo hacker. */
    List<String> entrantMembers(EntityManager em, Submission s) {
        if (s.teamId() != null) {
            return em.createQuery("select k.memberId from Hacker k where k.teamId = :t order by k.memberId", String.class)
                    .setParameter("t", s.teamId()).getResultList();
        }
        return List.of(s.entrant().substring("solo:".length()));
    }

    // ---- challenges, criteria, prizes and judges ----

    List<Challenge> challenges(EntityManager em, long hackathonId) {
        return rows(em, "select id, name, description from hackathon_challenges where hackathon_id = ?1 order by position",
                r -> new Challenge(whole(r[0]), (String) r[1], (String) r[2]), hackathonId);
    }

    List<Criterion> criteria(EntityManager em, long hackathonId) {
        return rows(em, "select id, name, weight from hackathon_criteria where hackathon_id = ?1 order by position",
                r -> new Criterion(whole(r[0]), (String) r[1], (int) whole(r[2])), hackathonId);
    }

    List<Prize> prizes(EntityManager em, long hackathonId) {
        return rows(em, "select id, name, peoples_choice from hackathon_prizes where hackathon_id = ?1 order by position",
                r -> new Prize(whole(r[0]), (String) r[1], (Boolean) r[2]), hackathonId);
    }

    boolean isJudge(EntityManager em, long hackathonId, String memberId) {
        return !nativeQuery(em, "select 1 from hackathon_judges where hackathon_id = ?1 and member_id = ?2",
                hackathonId, memberId).getResultList().isEmpty();
    }

    // ---- scores, votes and results ----

    /** The judge's scores for the project, by criterion id, in place of any earlier ones. */
    void replaceScores(EntityManager em, long submissionId, String judgeId, Map<Long, Integer> scores) {
        execute(em, "delete from hackathon_scores where submission_id = ?1 and judge_id = ?2", submissionId, judgeId);
        scores.forEach((criterionId, score) -> execute(em, "insert into hackathon_scores (submission_id, judge_id, "
                + "criterion_id, score) values (?1, ?2, ?3, ?4)", submissionId, judgeId, criterionId, score));
    }

    /** The member's people's-choice vote; false if they have voted in this hackathon before. */
    boolean addVote(EntityManager em, long hackathonId, String memberId, long submissionId, Instant at) {
        return execute(em, "insert into hackathon_votes (hackathon_id, member_id, submission_id, voted_at) "
                + "select ?1, ?2, ?3, ?4 from hackathons where id = ?1 and not exists (select 1 from "
                + "hackathon_votes v where v.hackathon_id = ?1 and v.member_id = ?2)",
                hackathonId, memberId, submissionId, at) == 1;
    }

    /** Every project of the hackathon with who made it, its judges' average per criterion and its community votes. */
    List<ScoredProject> scoredProjects(EntityManager em, long hackathonId) {
        Map<Long, Map<Long, Double>> averages = new HashMap<>();
        rows(em, "select s.submission_id, s.criterion_id, avg(cast(s.score as double precision)) from hackathon_scores s "
                        + "join hackathon_submissions x on x.id = s.submission_id where x.hackathon_id = ?1 "
                        + "group by s.submission_id, s.criterion_id", Function.identity(), hackathonId)
                .forEach(r -> averages.computeIfAbsent(whole(r[0]), k -> new HashMap<>())
                        .put(whole(r[1]), ((Number) r[2]).doubleValue()));
        Map<Long, Long> votes = new HashMap<>();
        rows(em, "select submission_id, count(*) from hackathon_votes where hackathon_id = ?1 group by submission_id",
                Function.identity(), hackathonId).forEach(r -> votes.put(whole(r[0]), whole(r[1])));
        return submissions(em, hackathonId).stream()
                .map(s -> new ScoredProject(s, entrantMembers(em, s), averages.getOrDefault(s.id(), Map.of()),
                        votes.getOrDefault(s.id(), 0L)))
                .toList();
    }

    boolean resultsPublished(EntityManager em, long hackathonId) {
        return !nativeQuery(em, "select 1 from hackathon_results where hackathon_id = ?1", hackathonId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    void recordResult(EntityManager em, long hackathonId, long prizeId, long submissionId) {
        execute(em, "insert into hackathon_results (hackathon_id, prize_id, submission_id) values (?1, ?2, ?3)",
                hackathonId, prizeId, submissionId);
    }

    // ---- native SQL ----

    private static int execute(EntityManager em, String sql, Object... parameters) {
        return nativeQuery(em, sql, parameters).executeUpdate();
    }

    /** Each row, an array of its columns, mapped at once by {@code row}. */
    private static <T> List<T> rows(EntityManager em, String sql, Function<Object[], T> row, Object... parameters) {
        return ((List<?>) nativeQuery(em, sql, parameters).getResultList()).stream()
                .map(r -> row.apply((Object[]) r)).toList();
    }

    private static Query nativeQuery(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    /** A whole-number column, whichever Java type the database's driver gives it. */
    private static long whole(Object column) {
        return ((Number) column).longValue();
    }
}
