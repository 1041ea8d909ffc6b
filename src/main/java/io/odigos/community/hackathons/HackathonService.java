package io.odigos.community.hackathons;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.OneShotTriggers;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackText;
import jakarta.persistence.EntityManager;
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
    private final HackathonStore store;
    private final SlackOutbox outbox;
    private final AdminWrites admin;
    private final Clock clock;
    private final String channel;
    private final OneShotTriggers triggers;

    HackathonService(Database database, HackathonStore store, SlackOutbox outbox, AdminWrites admin, Clock clock,
                     String channel, OneShotTriggers triggers) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.admin = admin;
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
            store.insert(em, h, draft);
            outbox.enqueue(em, OutgoingMessage.to(channel, HackathonMessages.created(h, draft), null));
            return new Audited<>(h, "hackathon:" + h.id(), h.title());
        });
        schedule(created);
        return created;
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
            Hackathon h = store.find(em, hackathonId);
            if (h == null) {
                return false;
            }
            Instant now = clock.instant();
            Phase current = h.phaseAt(now);
            boolean reminder = step.startsWith("remind-");
            if (reminder ? current != Phase.HACKING : !current.name().equals(step)) {
                return false;
            }
            if (!store.recordStep(em, hackathonId, step, now)) {
                return false;
            }
            if (reminder) {
                String text = HackathonMessages.submissionsCloseSoon(h, Duration.between(now, h.submissionsClose()));
                store.hackers(em, hackathonId).forEach(m -> outbox.enqueue(em, OutgoingMessage.dm(m, text, null)));
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
        return database.inTransaction(em -> store.current(em, now));
    }

    public Optional<Hackathon> find(long id) {
        return Optional.ofNullable(database.inTransaction(em -> store.find(em, id)));
    }

    public void register(long hackathonId, String memberId, String skills, boolean lookingForTeam) {
        String cleanSkills = skills == null || skills.isBlank() ? null : skills.strip();
        if (cleanSkills != null && cleanSkills.length() > Hacker.MAX_SKILLS) {
            throw new InvalidInput(Map.of(HackathonForm.SKILLS, "Keep it under " + Hacker.MAX_SKILLS + " characters."));
        }
        database.runInTransaction(em -> {
            Hackathon h = store.existing(em, hackathonId);
            if (!h.phaseAt(clock.instant()).registrationOpen()) {
                throw new Refusal("Registration for " + h.title() + " is not open: " + h.phaseAt(clock.instant()).description() + ".");
            }
            if (store.hacker(em, hackathonId, memberId) != null) {
                throw new Refusal("You are already registered for " + h.title() + ".");
            }
            store.insert(em, new Hacker(hackathonId, memberId, cleanSkills, lookingForTeam, clock.instant()));
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
            Hackathon h = store.existing(em, hackathonId);
            Hacker me = teamless(em, h, memberId);
            if (store.teamNameTaken(em, hackathonId, clean)) {
                throw new InvalidInput(Map.of(HackathonForm.TEAM_NAME, "A team called " + clean + " exists; pick another name."));
            }
            Team team = store.insert(em, new Team(hackathonId, clean, memberId, clock.instant()));
            me.joinTeam(team.id());
            return team;
        });
    }

    /** Joins a team with a free place; the team's row is locked so two joiners cannot overfill it. */
    public Team joinTeam(long hackathonId, String memberId, long teamId) {
        Team joined = database.inTransaction(em -> {
            Hackathon h = store.existing(em, hackathonId);
            Team team = store.lockTeam(em, teamId);
            if (team == null || team.hackathonId() != hackathonId) {
                throw new Refusal("That team is not part of " + h.title() + " (the button may be from an earlier hackathon).");
            }
            Hacker me = teamless(em, h, memberId);
            List<String> mates = store.teamMembers(em, teamId);
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
            Hackathon h = store.existing(em, hackathonId);
            if (!h.phaseAt(clock.instant()).teamsOpen()) {
                throw new Refusal("Teams for " + h.title() + " are final: " + h.phaseAt(clock.instant()).description() + ".");
            }
            Hacker me = store.hacker(em, hackathonId, memberId);
            if (me == null || me.teamId() == null) {
                throw new Refusal("You are not in a team.");
            }
            long teamId = me.teamId();
            me.leaveTeam();
            em.flush();
            if (store.teamMembers(em, teamId).isEmpty()) {
                store.removeTeam(em, teamId); // nobody left: the name is free again
            }
        });
    }

    /** People looking for a team (with their skills) and teams with free places. */
    public Board board(long hackathonId) {
        return database.inTransaction(em -> {
            Hackathon h = store.existing(em, hackathonId);
            List<Board.OpenTeam> open = store.teams(em, hackathonId).stream()
                    .map(t -> new Board.OpenTeam(t, store.teamMembers(em, t.id())))
                    .filter(t -> t.members().size() < h.maxTeamSize()).toList();
            return new Board(store.lookingForTeam(em, hackathonId), open);
        });
    }

    /** The member's registration in the hackathon, if any. */
    public Optional<Hacker> hacker(long hackathonId, String memberId) {
        return Optional.ofNullable(database.inTransaction(em -> store.hacker(em, hackathonId, memberId)));
    }

    public Optional<Team> team(long teamId) {
        return Optional.ofNullable(database.inTransaction(em -> store.team(em, teamId)));
    }

    public List<String> teamMembers(long teamId) {
        return database.inTransaction(em -> store.teamMembers(em, teamId));
    }

    // ---- helpers ----

    /** The member's registration, refused unless registered, without a team, and while teams may change. */
    private Hacker teamless(EntityManager em, Hackathon h, String memberId) {
        Phase phase = h.phaseAt(clock.instant());
        if (!phase.teamsOpen()) {
            throw new Refusal("Teams for " + h.title() + " are final: " + phase.description() + ".");
        }
        Hacker me = store.lockHacker(em, h.id(), memberId);
        if (me == null) {
            throw new Refusal("Register for " + h.title() + " first.");
        }
        if (me.teamId() != null) {
            throw new Refusal("You are already in a team; leave it first to join another.");
        }
        return me;
    }
}
