package io.odigos.community.ownership;

import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owners' check-ins and their answers. The minutely sweep takes each approved claim with something due under its
 * row lock and decides again there: a check-in DM moves {@code next_check_in_at} on, the warning sets
 * {@code warned_at}, the release ends the claim. Each change is committed with its messages, so a second sweep, a
 * restart or another instance finds nothing left to do and nothing is said twice.
 */
public final class OwnerCheckIns {

    private static final Logger log = LoggerFactory.getLogger(OwnerCheckIns.class);
    /** Silence before the one warning, and the grace after it before the claim is released. */
    static final Duration SILENCE = Duration.ofDays(30);
    static final Duration GRACE = Duration.ofDays(7);
    private static final int SWEEP_BATCH = 200;

    private final Database database;
    private final OwnershipStore store;
    private final Releases releases;
    private final SlackOutbox outbox;
    private final Clock clock;
    private final Duration every;
    private final List<String> admins;

    OwnerCheckIns(Database database, OwnershipStore store, Releases releases, SlackOutbox outbox, Clock clock,
                  Duration every, List<String> admins) {
        this.database = database;
        this.store = store;
        this.releases = releases;
        this.outbox = outbox;
        this.clock = clock;
        this.every = every;
        this.admins = List.copyOf(admins);
    }

    /** Sends what is due by the domain clock; answers how many claims it acted on. Run by {@link OwnershipSweepJob}. */
    public int sweep() {
        Instant now = clock.instant();
        int acted = 0;
        for (long id : database.inTransaction(em -> store.due(em, now, now.minus(SILENCE), now.minus(GRACE),
                SWEEP_BATCH))) {
            if (database.inTransaction(em -> actIfDue(em, id, now))) {
                acted++;
            }
        }
        if (acted > 0) {
            log.info("Checked in on {} feature owner(s)", acted);
        }
        return acted;
    }

    private boolean actIfDue(EntityManager em, long id, Instant now) {
        Claim claim = store.lock(em, id).orElse(null);
        if (claim == null || claim.status() != ClaimStatus.APPROVED) {
            return false; // released, shipped or answered meanwhile, by another instance or the owner
        }
        if (claim.warnedAt() != null && !claim.warnedAt().plus(GRACE).isAfter(now)) {
            releases.release(em, claim, OwnershipMessages.silentRelease(SILENCE, GRACE), now);
            return true;
        }
        boolean acted = false;
        if (claim.warnedAt() == null && !claim.heardAt().plus(SILENCE).isAfter(now)) {
            claim.warned(now);
            String warning = OwnershipMessages.warning(claim, SILENCE, GRACE);
            outbox.enqueue(em, OutgoingMessage.dm(claim.memberId(), warning, OwnershipViews.checkIn(claim, warning)));
            acted = true;
        }
        if (!claim.nextCheckInAt().isAfter(now)) {
            claim.checkInSent(now.plus(every));
            if (!acted) { // the warning carries the same buttons: one DM, not two
                String question = OwnershipMessages.checkInText(claim);
                outbox.enqueue(em, OutgoingMessage.dm(claim.memberId(), question, OwnershipViews.checkIn(claim, question)));
            }
            acted = true;
        }
        return acted;
    }

    /** *Progress* with a note: the owner is heard from, and a warning is forgiven. */
    public String progress(String memberId, long claimId, String note) {
        String text = NoteForm.checked(note);
        return database.inTransaction(em -> {
            Claim claim = owned(em, memberId, claimId);
            claim.heardFrom(text, clock.instant());
            return OwnershipMessages.progressThanks(claim);
        });
    }

    /** *Need help* with a note: the owner is heard from, and the admins are told. */
    public String needHelp(String memberId, long claimId, String note) {
        String text = NoteForm.checked(note);
        return database.inTransaction(em -> {
            Claim claim = owned(em, memberId, claimId);
            claim.heardFrom(text, clock.instant());
            for (String admin : admins) {
                outbox.enqueue(em, OutgoingMessage.dm(admin, OwnershipMessages.helpToAdmins(claim, text), null));
            }
            return OwnershipMessages.helpAsked(claim);
        });
    }

    /** *Release it* or {@code /own release <claim>}: the owner gives the claim up, approved or still waiting; the item's voters hear it is free again. */
    public String release(String memberId, long claimId) {
        return database.inTransaction(em -> {
            Claim claim = store.lock(em, claimId).orElseThrow(() -> Claims.noSuchClaim(claimId));
            requireOwner(claim, memberId);
            if (!claim.status().isActive()) {
                throw new Refusal(OwnershipMessages.noLongerActive(claim));
            }
            releases.release(em, claim, null, clock.instant());
            return OwnershipMessages.releasedByYou(claim);
        });
    }

    /** Refuses before its form opens a check-in button that is not the member's, or whose claim has ended. */
    public void requireAnswerable(String memberId, long claimId) {
        database.runInTransaction(em -> owned(em, memberId, claimId));
    }

    /** The member's approved claim, row-locked; a stale or foreign button is refused and changes nothing. */
    Claim owned(EntityManager em, String memberId, long claimId) {
        Claim claim = store.lock(em, claimId).orElseThrow(() -> Claims.noSuchClaim(claimId));
        requireOwner(claim, memberId);
        if (claim.status() != ClaimStatus.APPROVED) {
            throw new Refusal(OwnershipMessages.noLongerActive(claim));
        }
        return claim;
    }

    private static void requireOwner(Claim claim, String memberId) {
        if (!claim.memberId().equals(memberId)) {
            throw new Refusal(OwnershipMessages.notYours(claim));
        }
    }
}
