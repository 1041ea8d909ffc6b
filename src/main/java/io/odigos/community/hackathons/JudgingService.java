package io.odigos.community.hackathons;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Bans;
import io.odigos.community.core.CommunityFacts;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Projects, judging and results: hackers submit and edit until the deadline; judges score every criterion of each
 * project (never their own); members cast one people's-choice vote (never for their own); weighted totals rank the
 * projects and admins publish the winners.
 *
 * Ranking: by weighted total (the weight-averaged mean of the judges' scores per criterion), ties broken by more
 * community votes, then by the earlier first submission. The people's-choice prize goes to the most votes, ties
 * broken by the ranking; a project may win it and a jury prize both.
 */
public final class JudgingService {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 10;

    private final Database database;
    private final HackathonStore store;
    private final SlackOutbox outbox;
    private final AdminWrites admin;
    private final CommunityFacts facts;
    private final Bans bans;
    private final Clock clock;
    private final String channel;

    JudgingService(Database database, HackathonStore store, SlackOutbox outbox, AdminWrites admin, CommunityFacts facts,
                   Bans bans, Clock clock, String channel) {
        this.database = database;
        this.store = store;
        this.bans = bans;
        this.outbox = outbox;
        this.admin = admin;
        this.facts = facts;
        this.clock = clock;
        this.channel = channel;
    }

    public record Challenge(long id, String name, String description) {
    }

    public record Criterion(long id, String name, int weight) {
    }

    public record Prize(long id, String name, boolean peoplesChoice) {
    }

    // ---- projects ----

    /** Creates the member's entry (their team's, or theirs alone) or updates it, while hacking is on. */
    public Submission submit(long hackathonId, String memberId, ProjectDraft draft) {
        bans.requireNotBanned(memberId);
        Map<String, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return database.inTransaction(em -> {
            Hackathon h = store.existing(em, hackathonId);
            Phase phase = h.phaseAt(clock.instant());
            if (phase != Phase.HACKING) {
                throw new Refusal(phase.ordinal() > Phase.HACKING.ordinal()
                        ? "Submissions for " + h.title() + " closed " + HackathonMessages.when(h.submissionsClose()) + "."
                        : "Submissions open when hacking starts.");
            }
            Hacker me = store.hacker(em, hackathonId, memberId);
            if (me == null) {
                throw new Refusal("Only registered hackers can submit; " + h.title() + " registration is closed.");
            }
            if (store.challenges(em, hackathonId).stream().noneMatch(c -> c.id() == draft.challengeId())) {
                throw new InvalidInput(Map.of(ProjectForm.CHALLENGE, "Pick one of this hackathon's challenges."));
            }
            String entrant = Submission.entrantOf(me);
            Submission s = store.entry(em, hackathonId, entrant).orElse(null);
            if (s == null) {
                s = new Submission(hackathonId, entrant, me.teamId(), memberId, clock.instant());
                s.apply(draft, clock.instant());
                store.insert(em, s);
            } else {
                s.apply(draft, clock.instant());
            }
            return s;
        });
    }

    /** The project of the member's team (or their own), if entered. */
    public Optional<Submission> submissionOf(long hackathonId, String memberId) {
        return database.inTransaction(em -> {
            Hacker me = store.hacker(em, hackathonId, memberId);
            return me == null ? Optional.empty() : store.entry(em, hackathonId, Submission.entrantOf(me));
        });
    }

    public List<Submission> submissions(long hackathonId) {
        return database.inTransaction(em -> store.submissions(em, hackathonId));
    }

    public Optional<Submission> submission(long submissionId) {
        return Optional.ofNullable(database.inTransaction(em -> store.submission(em, submissionId)));
    }

    public List<Challenge> challenges(long hackathonId) {
        return database.inTransaction(em -> store.challenges(em, hackathonId));
    }

    public List<Criterion> criteria(long hackathonId) {
        return database.inTransaction(em -> store.criteria(em, hackathonId));
    }

    public boolean isJudge(long hackathonId, String memberId) {
        return database.inTransaction(em -> store.isJudge(em, hackathonId, memberId));
    }

    // ---- judging and voting ----

    /** Records a judge's scores for every criterion of one project, replacing earlier ones, while judging is on. */
    public void score(long submissionId, String judgeId, Map<Long, Integer> scores) {
        database.runInTransaction(em -> {
            Submission s = store.existingSubmission(em, submissionId);
            Hackathon h = store.existing(em, s.hackathonId());
            if (!store.isJudge(em, h.id(), judgeId)) {
                throw new Refusal("Only the judges of " + h.title() + " can score projects.");
            }
            requireJudging(h);
            if (store.entrantMembers(em, s).contains(judgeId)) {
                throw new Refusal("You cannot score your own team's project.");
            }
            Map<String, String> problems = new LinkedHashMap<>();
            Map<Long, Integer> scored = new LinkedHashMap<>(); // one score per criterion, nothing else
            for (Criterion c : store.criteria(em, h.id())) {
                Integer score = scores.get(c.id());
                if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
                    problems.put(ProjectForm.CRITERION_PREFIX + c.id(), "Score " + c.name() + " from " + MIN_SCORE
                            + " to " + MAX_SCORE + ".");
                }
                scored.put(c.id(), score);
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            store.replaceScores(em, submissionId, judgeId, scored);
        });
    }

    /** The member's one people's-choice vote, while judging is on; not for their own team. */
    public void vote(long submissionId, String memberId) {
        database.runInTransaction(em -> {
            Submission s = store.existingSubmission(em, submissionId);
            Hackathon h = store.existing(em, s.hackathonId());
            requireJudging(h);
            if (store.entrantMembers(em, s).contains(memberId)) {
                throw new Refusal("You cannot vote for your own team's project.");
            }
            if (!store.addVote(em, h.id(), memberId, submissionId, clock.instant())) {
                throw new Refusal("You have already cast your people's-choice vote for " + h.title() + ".");
            }
        });
    }

    /** Every project, best first, by the rule in this class's description. */
    public List<Ranked> ranking(long hackathonId) {
        return database.inTransaction(em -> ranking(em, hackathonId));
    }

    private List<Ranked> ranking(EntityManager em, long hackathonId) {
        List<Criterion> criteria = store.criteria(em, hackathonId);
        int totalWeight = criteria.stream().mapToInt(Criterion::weight).sum();
        List<Ranked> ranked = new ArrayList<>();
        for (ScoredProject p : store.scoredProjects(em, hackathonId)) {
            double total = totalWeight == 0 ? 0 : criteria.stream()
                    .mapToDouble(c -> c.weight() * p.averages().getOrDefault(c.id(), 0.0)).sum() / totalWeight;
            ranked.add(new Ranked(p.submission(), p.members(), p.averages(), total, p.votes()));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::weightedTotal).reversed()
                .thenComparing(Comparator.comparingLong(Ranked::votes).reversed())
                .thenComparing(r -> r.submission().submittedAt())
                .thenComparingLong(r -> r.submission().id()));
        return ranked;
    }

    // ---- results ----

    /** Decides the winners once judging has closed, announces them, and records participants and winners as facts. */
    public Map<Prize, Ranked> publishResults(long hackathonId, String adminId) {
        Map<Prize, Ranked> winners = admin.write(adminId, "hackathon.results", em -> {
            Hackathon h = store.existing(em, hackathonId);
            if (h.phaseAt(clock.instant()) != Phase.FINISHED) {
                throw new Refusal("Results can be published once judging closes, " + HackathonMessages.when(
                        h.startOf(Phase.FINISHED)) + ".");
            }
            if (store.resultsPublished(em, hackathonId)) {
                throw new Refusal("The results of " + h.title() + " are already published.");
            }
            List<Ranked> ranking = ranking(em, hackathonId);
            if (ranking.isEmpty()) {
                throw new Refusal(h.title() + " has no projects to award.");
            }
            List<Ranked> byVotes = new ArrayList<>(ranking);
            byVotes.sort(Comparator.comparingLong(Ranked::votes).reversed()); // stable: ties keep the jury's order
            Map<Prize, Ranked> result = new LinkedHashMap<>();
            int place = 0;
            for (Prize prize : store.prizes(em, hackathonId)) {
                Ranked winner = prize.peoplesChoice() ? byVotes.get(0) : place < ranking.size() ? ranking.get(place++) : null;
                if (winner != null) {
                    result.put(prize, winner);
                    store.recordResult(em, hackathonId, prize.id(), winner.submission().id());
                }
            }
            Instant now = clock.instant();
            String reference = "hackathon:" + hackathonId;
            Set<String> participants = new LinkedHashSet<>();
            ranking.forEach(r -> participants.addAll(r.members()));
            participants.forEach(m -> facts.record(em, CommunityFacts.HACKATHON_PARTICIPANT, m, reference, h.title(), now));
            result.forEach((prize, r) -> r.members().forEach(m ->
                    facts.record(em, CommunityFacts.HACKATHON_WINNER, m, reference + ":prize:" + prize.id(), prize.name(), now)));
            String text = HackathonMessages.results(h, result);
            outbox.enqueue(em, OutgoingMessage.to(channel, text, null));
            participants.forEach(m -> outbox.enqueue(em, OutgoingMessage.dm(m, text, null)));
            return new Audited<>(result, reference, h.title());
        });
        return winners;
    }

    /** Every project with its scores and votes as CSV, best first, for the admin's records. */
    public String csv(long hackathonId) {
        return database.inTransaction(em -> {
            List<Criterion> criteria = store.criteria(em, hackathonId);
            Map<Long, String> challengeNames = new HashMap<>();
            store.challenges(em, hackathonId).forEach(c -> challengeNames.put(c.id(), c.name()));
            StringBuilder csv = new StringBuilder("rank,project,entrant,members,challenge,repository,demo");
            criteria.forEach(c -> csv.append(',').append(Csv.field(c.name() + " (x" + c.weight() + ")")));
            csv.append(",weighted_total,community_votes\r\n");
            int rank = 0;
            for (Ranked r : ranking(em, hackathonId)) {
                Submission s = r.submission();
                csv.append(++rank).append(',').append(Csv.field(s.name())).append(',').append(Csv.field(s.entrant()))
                        .append(',').append(Csv.field(String.join(" ", r.members()))).append(',')
                        .append(Csv.field(challengeNames.get(s.challengeId()))).append(',')
                        .append(Csv.field(s.repositoryUrl())).append(',').append(Csv.field(s.demoUrl()));
                criteria.forEach(c -> csv.append(',').append(String.format(java.util.Locale.ROOT, "%.2f",
                        r.averages().getOrDefault(c.id(), 0.0))));
                csv.append(',').append(String.format(java.util.Locale.ROOT, "%.2f", r.weightedTotal())).append(',')
                        .append(r.votes()).append("\r\n");
            }
            return csv.toString();
        });
    }

    // ---- helpers ----

    private void requireJudging(Hackathon h) {
        Phase phase = h.phaseAt(clock.instant());
        if (phase != Phase.JUDGING) {
            throw new Refusal(phase == Phase.FINISHED ? "Judging and voting for " + h.title() + " are closed."
                    : "Judging and voting open when submissions close.");
        }
    }
}
