package io.odigos.community.labs;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Bans;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.FormText;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Admins' decisions about betas, each audited and each taken on the beta's locked row: create, move between the open
 * stages, ship a version (its participants are told once: the version's row is the proof), opt members in, and
 * graduate or retire with what changed because of the feedback (participants told and the channel thanked once:
 * the end is a stage a beta leaves never).
 */
public final class LabsAdmin {

    /** The outcome form's block: what changed because of the feedback. */
    static final String OUTCOME = "labs-outcome";
    static final int MAX_OUTCOME = 2000;

    private final AdminWrites adminWrites;
    private final Members members;
    private final LabsStore store;
    private final Bans bans;
    private final SlackOutbox outbox;
    private final String channel;
    private final Clock clock;

    LabsAdmin(AdminWrites adminWrites, Members members, LabsStore store, Bans bans, SlackOutbox outbox, String channel,
              Clock clock) {
        this.adminWrites = adminWrites;
        this.members = members;
        this.store = store;
        this.bans = bans;
        this.outbox = outbox;
        this.channel = channel;
        this.clock = clock;
    }

    public void requireAdmin(String userId) {
        members.requireAdmin(userId);
    }

    public Beta create(String adminId, BetaDraft draft) {
        members.requireAdmin(adminId);
        check(draft.problems());
        return adminWrites.write(adminId, "labs-new", em -> {
            Instant now = clock.instant();
            Beta beta = store.insert(em, new Beta(draft, adminId, now));
            store.shipOnce(em, beta.id(), beta.version(), null, now);
            return new Audited<>(beta, target(beta), "created " + beta.name() + " in " + beta.stage().label());
        });
    }

    /** Moves between concept, alpha and beta; graduating and retiring go through {@link #end}. */
    public Beta move(String adminId, long betaId, BetaStage next) {
        if (next.isEnded()) {
            throw new IllegalArgumentException("an end takes what changed: " + next);
        }
        return adminWrites.write(adminId, "labs-stage", em -> {
            Beta beta = lockedOpen(em, betaId);
            if (beta.stage() == next) {
                throw new Refusal(LabsMessages.name(beta) + " is in " + next.label() + " already; nothing changed.");
            }
            beta.moveTo(next);
            return new Audited<>(beta, target(beta), "moved to " + next.label());
        });
    }

    /** The beta an admin may ship a version of, or end, now: refused at once, before its form opens. */
    public Beta requireOpen(String adminId, long betaId) {
        return adminWrites.write(adminId, "labs-read", em -> Audited.nothing(openBeta(store.beta(em, betaId), betaId)));
    }

    /** Ships a version and tells each participant what changed; a version number ships once. */
    public Beta ship(String adminId, long betaId, VersionDraft draft) {
        members.requireAdmin(adminId);
        check(draft.problems());
        return adminWrites.write(adminId, "labs-version", em -> {
            Beta beta = lockedOpen(em, betaId);
            if (!store.shipOnce(em, betaId, draft.version(), draft.changes(), clock.instant())) {
                throw new InvalidInput(Map.of(VersionDraft.VERSION, LabsMessages.name(beta) + " shipped "
                        + draft.version() + " already; give the new version's number."));
            }
            beta.ship(draft.version());
            for (LabsStore.Participant p : store.participants(em, betaId)) {
                outbox.enqueueBulk(em, LabsMessages.newVersion(p.memberId(), beta, draft.changes()));
            }
            return new Audited<>(beta, target(beta), "shipped " + draft.version());
        });
    }

    /** What an opt-in did: members added (each told), and those skipped (in already, or banned). */
    public record OptedIn(Beta beta, int added, int skipped) {
    }

    /** Opts members in as if each had joined; banned members and participants are skipped. */
    public OptedIn optIn(String adminId, long betaId, List<String> memberIds, String source) {
        members.requireAdmin(adminId);
        List<String> distinct = List.copyOf(new LinkedHashSet<>(memberIds));
        List<String> allowed = distinct.stream().filter(m -> !bans.isBanned(m)).toList();
        return adminWrites.write(adminId, "labs-optin", em -> {
            Beta beta = lockedOpen(em, betaId);
            int added = 0;
            for (String member : allowed) {
                if (store.joinOnce(em, betaId, member, adminId, clock.instant())) {
                    outbox.enqueueBulk(em, LabsMessages.welcome(member, beta, adminId));
                    added++;
                }
            }
            return new Audited<>(new OptedIn(beta, added, distinct.size() - added), target(beta),
                    "opted in " + added + " of " + distinct.size() + " from " + source);
        });
    }

    /**
     * Graduates (GA) or retires the beta with what changed because of the feedback: every participant is told and
     * the channel thanks them, in the same transaction, so it happens once.
     */
    public Beta end(String adminId, long betaId, BetaStage last, String whatChanged) {
        if (!last.isEnded()) {
            throw new IllegalArgumentException("not an end: " + last);
        }
        members.requireAdmin(adminId);
        String outcome = FormText.stripped(whatChanged);
        Map<String, String> problems = new LinkedHashMap<>();
        FormText.check(problems, OUTCOME, outcome, MAX_OUTCOME, "Say what changed because of the feedback.");
        check(problems);
        return adminWrites.write(adminId, "labs-stage", em -> {
            Beta beta = lockedOpen(em, betaId);
            beta.end(last, outcome, clock.instant());
            List<LabsStore.Participant> participants = store.participants(em, betaId);
            for (LabsStore.Participant p : participants) {
                outbox.enqueueBulk(em, LabsMessages.ended(p.memberId(), beta));
            }
            // those who left after giving feedback tried it too
            List<String> givers = store.feedbackGiverIds(em, betaId);
            Set<String> tried = new LinkedHashSet<>(givers);
            participants.forEach(p -> tried.add(p.memberId()));
            outbox.enqueue(em, OutgoingMessage.to(channel, LabsMessages.thanks(beta, tried.size(), givers), null));
            return new Audited<>(beta, target(beta), "moved to " + last.label() + ": " + outcome);
        });
    }

    private Beta lockedOpen(EntityManager em, long betaId) {
        return openBeta(store.lockedBeta(em, betaId), betaId);
    }

    private static Beta openBeta(Optional<Beta> found, long betaId) {
        Beta beta = found.orElseThrow(() -> new Refusal(LabsMessages.noSuchBeta(Long.toString(betaId))));
        if (beta.stage().isEnded()) {
            throw new Refusal(LabsMessages.ended(beta));
        }
        return beta;
    }

    private static void check(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static String target(Beta beta) {
        return "labs-beta:" + beta.id();
    }
}
