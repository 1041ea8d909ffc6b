package io.odigos.community.hackathons;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.AuditLog;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Members;
import io.odigos.community.core.OneShotTriggers;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quartz.JobKey;
import org.quartz.TriggerKey;

/**
 * The rules of a hackathon: creating it, its phases by date (each announced once), registration, teams within
 * their size limits and the board where people find each other. Each change is one transaction.
 */
public final class HackathonService {

    static final String GROUP = "hackathons";
    static final JobKey JOB = JobKey.jobKey("hackathon-step", GROUP);
    static final String HACKATHON_ID = "hackathonId";
    static final String STEP = "step";
    /** Reminders to registered hackers before submissions close. */
    static final List<Duration> SUBMISSION_REMINDERS = List.of(Duration.ofHours(24), Duration.ofHours(1));

    private final Database database;
    private final SlackOutbox outbox;
    private final AuditLog audit;
    private final Members members;
    private final AdminWrites admin;
    private final Clock clock;
    private final String channel;
    private final OneShotTriggers triggers;

    public HackathonService(Database database, SlackOutbox outbox, AuditLog audit, Members members, Clock clock,
                            String channel, OneShotTriggers triggers) {
        this.database = database;
        this.outbox = outbox;
        this.audit = audit;
        this.members = members;
        this.admin = new AdminWrites(database, members, audit);
        this.clock = clock;
        this.channel = channel;
        this.triggers = triggers;
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- admins ----

    public Hackathon create(HackathonDraft draft, String adminId) {
        Hackathon created = admin.write(adminId, "hackathon.create", em -> {
            Map<String, String> problems = draft.problems(clock.instant());
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            Hackathon h = new Hackathon(draft, adminId, clock.instant());
            em.persist(h);
            em.flush();
            parts(em, "hackathon_challenges", h.id(), draft.challenges(), null);
            criteria(em, h.id(), draft.judgedBy());
            parts(em, "hackathon_prizes", h.id(), draft.prizes(), true);
            for (String judge : draft.judges()) {
                em.createNativeQuery("insert into hackathon_judges (hackathon_id, member_id) values (?1, ?2)")
                        .setParameter(1, h.id()).setParameter(2, judge).executeUpdate();
            }
            outbox.enqueue(em, OutgoingMessage.to(channel, HackathonMessages.created(h, draft), null));
            return new Audited<>(h, "hackathon:" + h.id(), h.title());
        });
        schedule(created);
        return created;
    }

    private static void criteria(EntityManager em, long hackathonId, List<HackathonDraft.Criterion> criteria) {
        for (int i = 0; i < criteria.size(); i++) {
            em.createNativeQuery("insert into hackathon_criteria (hackathon_id, position, name, weight) "
                            + "values (?1, ?2, ?3, ?4)").setParameter(1, hackathonId).setParameter(2, i + 1)
                    .setParameter(3, criteria.get(i).name()).setParameter(4, criteria.get(i).weight()).executeUpdate();
        }
    }

    private static void parts(EntityManager em, String table, long hackathonId, List<HackathonPart> parts,
                              Boolean prizes) {
        for (int i = 0; i < parts.size(); i++) {
            HackathonPart part = parts.get(i);
            String sql = "insert into " + table + " (hackathon_id, position, name, description"
                    + (prizes != null ? ", peoples_choice" : "") + ") values (?1, ?2, ?3, ?4" + (prizes != null ? ", ?5" : "") + ")";
            var q = em.createNativeQuery(sql).setParameter(1, hackathonId).setParameter(2, i + 1)
                    .setParameter(3, part.name()).setParameter(4, part.detail());
            if (prizes != null) {
                q.setParameter(5, HackathonDraft.isPeoplesChoice(part));
            }
            q.executeUpdate();
        }
    }

    /** One trigger per phase start and per submission reminder; each acts once (see {@link #step}). */
    private void schedule(Hackathon h) {
        Instant now = clock.instant();
        for (Phase phase : Phase.values()) {
            if (phase != Phase.ANNOUNCED && h.startOf(phase).isAfter(now)) {
                triggers.schedule(JOB, key(h.id(), phase.name()), h.startOf(phase),
                        Map.of(HACKATHON_ID, h.id(), STEP, phase.name()));
            }
        }
        for (Duration before : SUBMISSION_REMINDERS) {
            Instant at = h.submissionsClose().minus(before);
            if (at.isAfter(now)) {
                String step = reminderStep(before);
                triggers.schedule(JOB, key(h.id(), step), at, Map.of(HACKATHON_ID, h.id(), STEP, step));
            }
        }
    }

    static String reminderStep(Duration before) {
        return "remind-" + before.toMinutes();
    }

    static TriggerKey key(long hackathonId, String step) {
        return TriggerKey.triggerKey("hackathon-" + hackathonId + "-" + step, GROUP);
    }

    /**
     * What a trigger does when it fires: announce the phase that began (only if it is still the current one, so a
     * bot that was down does not announce a phase already over), or remind hackers before submissions close (only
     * while they are open). Recorded in the same transaction, so it happens once however often it fires.
     */
    public boolean step(long hackathonId, String step) {
        boolean acted = database.inTransaction(em -> {
            Hackathon h = em.find(Hackathon.class, hackathonId);
            if (h == null) {
                return false;
            }
            Instant now = clock.instant();
            Phase current = h.phaseAt(now);
            boolean reminder = step.startsWith("remind-");
            if (reminder ? current != Phase.HACKING : !current.name().equals(step)) {
                return false;
            }
            int recorded = em.createNativeQuery("insert into hackathon_announcements (hackathon_id, phase, posted_at) "
                            + "select ?1, ?2, ?3 from hackathons where id = ?1 and not exists (select 1 from "
                            + "hackathon_announcements a where a.hackathon_id = ?1 and a.phase = ?2)")
                    .setParameter(1, hackathonId).setParameter(2, step).setParameter(3, now).executeUpdate();
            if (recorded == 0) {
                return false;
            }
            if (reminder) {
                String text = HackathonMessages.submissionsCloseSoon(h, Duration.between(now, h.submissionsClose()));
                hackers(em, hackathonId).forEach(m -> outbox.enqueue(em, OutgoingMessage.dm(m, text, null)));
            } else {
                outbox.enqueue(em, OutgoingMessage.to(channel, HackathonMessages.phaseBegan(h, current), null));
            }
            return true;
        });
        return acted;
    }

    // ---- hackers ----

    /** The hackathon members act on: the earliest one not yet finished, else the latest. */
    public Optional<Hackathon> current() {
        Instant now = clock.instant();
        return database.inTransaction(em -> {
            List<Hackathon> running = em.createQuery("select h from Hackathon h where h.judgingCloses > :now "
                    + "order by h.registrationOpens", Hackathon.class).setParameter("now", now).setMaxResults(1).getResultList();
            if (!running.isEmpty()) {
                return Optional.of(running.get(0));
            }
            return em.createQuery("select h from Hackathon h order by h.judgingCloses desc", Hackathon.class)
                    .setMaxResults(1).getResultList().stream().findFirst();
        });
    }

    public Optional<Hackathon> find(long id) {
        return Optional.ofNullable(database.inTransaction(em -> em.find(Hackathon.class, id)));
    }

    public void register(long hackathonId, String memberId, String skills, boolean lookingForTeam) {
        String cleanSkills = skills == null || skills.isBlank() ? null : skills.strip();
        if (cleanSkills != null && cleanSkills.length() > Hacker.MAX_SKILLS) {
            throw new InvalidInput(Map.of(HackathonForm.SKILLS, "Keep it under " + Hacker.MAX_SKILLS + " characters."));
        }
        database.runInTransaction(em -> {
            Hackathon h = existing(em, hackathonId);
            if (!h.phaseAt(clock.instant()).registrationOpen()) {
                throw new Refusal("Registration for " + h.title() + " is not open: " + h.phaseAt(clock.instant()).description() + ".");
            }
            if (em.find(Hacker.class, new Hacker.Key(hackathonId, memberId)) != null) {
                throw new Refusal("You are already registered for " + h.title() + ".");
            }
            em.persist(new Hacker(hackathonId, memberId, cleanSkills, lookingForTeam, clock.instant()));
            outbox.enqueue(em, OutgoingMessage.dm(memberId, HackathonMessages.registered(h), null));
        });
    }

    public Team createTeam(long hackathonId, String memberId, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > Team.MAX_NAME || SlackText.hasBroadcast(clean) || clean.contains("\n")) {
            throw new InvalidInput(Map.of(HackathonForm.TEAM_NAME, "Give the team a one-line name of at most "
                    + Team.MAX_NAME + " characters, without @channel or @here."));
        }
        return database.inTransaction(em -> {
            Hackathon h = existing(em, hackathonId);
            Hacker me = teamless(em, h, memberId);
            boolean taken = !em.createQuery("select t.id from Team t where t.hackathonId = :h and lower(t.name) = :n",
                    Long.class).setParameter("h", hackathonId).setParameter("n", clean.toLowerCase()).getResultList().isEmpty();
            if (taken) {
                throw new InvalidInput(Map.of(HackathonForm.TEAM_NAME, "A team called " + clean + " exists; pick another name."));
            }
            Team team = new Team(hackathonId, clean, memberId, clock.instant());
            em.persist(team);
            em.flush();
            me.joinTeam(team.id());
            return team;
        });
    }

    /** Joins a team with a free place; the team's row is locked so two joiners cannot overfill it. */
    public Team joinTeam(long hackathonId, String memberId, long teamId) {
        Team joined = database.inTransaction(em -> {
            Hackathon h = existing(em, hackathonId);
            Team team = em.find(Team.class, teamId, LockModeType.PESSIMISTIC_WRITE);
            if (team == null || team.hackathonId() != hackathonId) {
                throw new Refusal("That team is not part of " + h.title() + " (the button may be from an earlier hackathon).");
            }
            Hacker me = teamless(em, h, memberId);
            List<String> mates = teamMembers(em, teamId);
            if (mates.size() >= h.maxTeamSize()) {
                throw new Refusal(team.name() + " is full (" + h.maxTeamSize() + " people). Start your own team or ask "
                        + "on the board.");
            }
            me.joinTeam(teamId);
            for (String mate : mates) {
                outbox.enqueue(em, OutgoingMessage.dm(mate, HackathonMessages.joined(team, memberId), null));
            }
            return team;
        });
        return joined;
    }

    public void leaveTeam(long hackathonId, String memberId) {
        database.runInTransaction(em -> {
            Hackathon h = existing(em, hackathonId);
            if (!h.phaseAt(clock.instant()).teamsOpen()) {
                throw new Refusal("Teams for " + h.title() + " are final: " + h.phaseAt(clock.instant()).description() + ".");
            }
            Hacker me = em.find(Hacker.class, new Hacker.Key(hackathonId, memberId));
            if (me == null || me.teamId() == null) {
                throw new Refusal("You are not in a team.");
            }
            long teamId = me.teamId();
            me.leaveTeam();
            em.flush();
            if (teamMembers(em, teamId).isEmpty()) {
                em.remove(em.find(Team.class, teamId)); // nobody left: the name is free again
            }
        });
    }

    /** People looking for a team (with their skills) and teams with free places. */
    public Board board(long hackathonId) {
        return database.inTransaction(em -> {
            Hackathon h = existing(em, hackathonId);
            List<Hacker> looking = em.createQuery("select k from Hacker k where k.hackathonId = :h and k.teamId is null "
                    + "and k.lookingForTeam = true order by k.registeredAt", Hacker.class)
                    .setParameter("h", hackathonId).getResultList();
            List<Board.OpenTeam> open = em.createQuery("select t from Team t where t.hackathonId = :h order by t.name",
                            Team.class).setParameter("h", hackathonId).getResultList().stream()
                    .map(t -> new Board.OpenTeam(t, teamMembers(em, t.id())))
                    .filter(t -> t.members().size() < h.maxTeamSize()).toList();
            return new Board(looking, open);
        });
    }

    /** The member's registration in the hackathon, if any. */
    public Optional<Hacker> hacker(long hackathonId, String memberId) {
        return Optional.ofNullable(database.inTransaction(em -> em.find(Hacker.class, new Hacker.Key(hackathonId, memberId))));
    }

    public Optional<Team> team(long teamId) {
        return Optional.ofNullable(database.inTransaction(em -> em.find(Team.class, teamId)));
    }

    public List<String> teamMembers(long teamId) {
        return database.inTransaction(em -> teamMembers(em, teamId));
    }

    // ---- helpers ----

    private static List<String> teamMembers(EntityManager em, long teamId) {
        return em.createQuery("select k.memberId from Hacker k where k.teamId = :t order by k.registeredAt", String.class)
                .setParameter("t", teamId).getResultList();
    }

    private static List<String> hackers(EntityManager em, long hackathonId) {
        return em.createQuery("select k.memberId from Hacker k where k.hackathonId = :h order by k.registeredAt",
                String.class).setParameter("h", hackathonId).getResultList();
    }

    private static Hackathon existing(EntityManager em, long id) {
        Hackathon h = em.find(Hackathon.class, id);
        if (h == null) {
            throw new Refusal("That hackathon no longer exists.");
        }
        return h;
    }

    /** The member's registration, refused unless registered, without a team, and while teams may change. */
    private Hacker teamless(EntityManager em, Hackathon h, String memberId) {
        Phase phase = h.phaseAt(clock.instant());
        if (!phase.teamsOpen()) {
            throw new Refusal("Teams for " + h.title() + " are final: " + phase.description() + ".");
        }
        Hacker me = em.find(Hacker.class, new Hacker.Key(h.id(), memberId), LockModeType.PESSIMISTIC_WRITE);
        if (me == null) {
            throw new Refusal("Register for " + h.title() + " first.");
        }
        if (me.teamId() != null) {
            throw new Refusal("You are already in a team; leave it first to join another.");
        }
        return me;
    }
}
