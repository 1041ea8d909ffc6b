package io.odigos.community.ownership;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackService;
import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.feedback.ItemLeads;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Claims and the admins' decisions on them: a member offers to lead a planned item or proposes a plugin, within
 * their limit; every admin gets *Approve* / *Decline*, and the first decision wins. Every write is one transaction.
 */
public final class Claims {

    private final Database database;
    private final OwnershipStore store;
    private final FeedbackService feedback;
    private final ItemLeads leads;
    private final Releases releases;
    private final SlackOutbox outbox;
    private final AdminWrites admin;
    private final Bans bans;
    private final Clock clock;
    private final int maxClaims;
    private final Duration checkInEvery;
    private final List<String> admins;

    Claims(Database database, OwnershipStore store, FeedbackService feedback, ItemLeads leads, Releases releases,
           SlackOutbox outbox, AdminWrites admin, Bans bans, Clock clock, int maxClaims, Duration checkInEvery,
           List<String> admins) {
        this.database = database;
        this.store = store;
        this.feedback = feedback;
        this.leads = leads;
        this.releases = releases;
        this.outbox = outbox;
        this.admin = admin;
        this.bans = bans;
        this.clock = clock;
        this.maxClaims = maxClaims;
        this.checkInEvery = checkInEvery;
        this.admins = List.copyOf(admins);
    }

    /** The member's offer to lead a planned item; refused clearly, with nothing stored, when it cannot be. */
    public Claim claimItem(String memberId, long itemId) {
        bans.requireNotBanned(memberId);
        FeedbackItem item = feedback.find(itemId).orElseThrow(() -> new Refusal("There is no request #" + itemId + "."));
        requireClaimable(item);
        return store(memberId, em -> {
            store.activeOn(em, itemId).ifPresent(existing -> {
                throw new Refusal(OwnershipMessages.alreadyClaimed(existing, memberId));
            });
            return Claim.ofItem(memberId, itemId, item.title(), freeSlot(em, memberId), clock.instant());
        });
    }

    /** The member's proposal of a plugin they will build; the draft's problems come back under their fields. */
    public Claim proposePlugin(String memberId, PluginDraft draft) {
        bans.requireNotBanned(memberId);
        draft.check();
        return store(memberId, em -> Claim.ofPlugin(memberId, draft, freeSlot(em, memberId), clock.instant()));
    }

    private static void requireClaimable(FeedbackItem item) {
        String ref = "#" + item.id();
        if (item.hidden()) {
            throw new Refusal("That request was removed by a moderator.");
        }
        if (item.mergedIntoId() != null) {
            throw new Refusal(ref + " was merged into #" + item.mergedIntoId() + "; offer to lead that one.");
        }
        if (item.status() == FeedbackStatus.SHIPPED) {
            throw new Refusal(ref + " has already shipped; there is nothing left to lead.");
        }
        if (item.status() == FeedbackStatus.DECLINED) {
            throw new Refusal(ref + " was declined, so it cannot be led.");
        }
        if (item.status() != FeedbackStatus.PLANNED) {
            throw new Refusal("Only planned roadmap items can be led; " + ref + " is "
                    + item.status().label().toLowerCase(Locale.ROOT) + ".");
        }
    }

    /**
     * The item may have changed since the claim (a claim racing the admin's status change is read before the change
     * commits): an item shipped, declined, hidden or merged since is not approved; in progress is fine.
     */
    private void requireStillLeadable(long itemId) {
        FeedbackItem item = feedback.find(itemId).orElseThrow(() -> new Refusal("Request #" + itemId + " is gone."));
        if (item.status() != FeedbackStatus.IN_PROGRESS) {
            try {
                requireClaimable(item);
            } catch (Refusal e) {
                throw new Refusal(e.getMessage() + " Decline the claim instead.");
            }
        }
    }

    /** Stores the claim and asks the admins; a concurrent claim that took the item or the last place refuses this one. */
    private Claim store(String memberId, Function<EntityManager, Claim> build) {
        try {
            return database.inTransaction(em -> {
                Claim claim = store.insert(em, build.apply(em));
                outbox.enqueue(em, OutgoingMessage.dm(memberId, OwnershipMessages.claimed(claim), null));
                for (String admin : admins) {
                    outbox.enqueue(em, OutgoingMessage.dm(admin, OwnershipMessages.toAdmins(claim),
                            OwnershipViews.decision(claim)));
                }
                return claim;
            });
        } catch (ConstraintViolationException e) { // the unique active item or holder slot
            throw new Refusal("Someone claimed it at the same moment, or you reached your limit; nothing was stored. "
                    + "`" + OwnershipMessages.COMMAND + "` shows your claims.");
        }
    }

    /** The lowest of the member's places 1..max that no active claim holds; refuses when all are held. */
    private String freeSlot(EntityManager em, String memberId) {
        var held = new HashSet<>(store.heldSlots(em, memberId));
        if (held.size() >= maxClaims) {
            throw new Refusal(OwnershipMessages.overLimit(maxClaims));
        }
        for (int place = 1; place <= maxClaims; place++) {
            if (!held.contains(Claim.slot(memberId, place))) {
                return Claim.slot(memberId, place);
            }
        }
        throw new Refusal(OwnershipMessages.overLimit(maxClaims));
    }

    /** The owner's display name, read from Slack after the claim was acknowledged; public pages show only this. */
    public void name(long claimId, String displayName) {
        database.runInTransaction(em -> store.lock(em, claimId).ifPresent(c -> {
            c.named(displayName);
            if (c.status() == ClaimStatus.APPROVED && c.kind() == ClaimKind.ITEM) {
                leads.leadChanged(em, c.itemId());
            }
        }));
    }

    public Claim approve(String adminId, long claimId) {
        return admin.write(adminId, "ownership.approve", em -> {
            Claim claim = waiting(em, claimId);
            if (claim.kind() == ClaimKind.ITEM) {
                requireStillLeadable(claim.itemId());
            }
            claim.approve(adminId, clock.instant(), checkInEvery);
            if (claim.kind() == ClaimKind.ITEM) {
                leads.leadChanged(em, claim.itemId());
            }
            outbox.enqueue(em, OutgoingMessage.dm(claim.memberId(), OwnershipMessages.approved(claim, checkInEvery),
                    null));
            return new Audited<>(claim, "ownership:" + claimId, claim.subject());
        });
    }

    public Claim decline(String adminId, long claimId, String reason) {
        String why = NoteForm.checked(reason);
        return admin.write(adminId, "ownership.decline", em -> {
            Claim claim = waiting(em, claimId);
            claim.decline(adminId, why, clock.instant());
            outbox.enqueue(em, OutgoingMessage.dm(claim.memberId(), OwnershipMessages.declined(claim, why), null));
            return new Audited<>(claim, "ownership:" + claimId, why);
        });
    }

    /** An admin ends an active claim; the owner and the item's voters are told. */
    public Claim release(String adminId, long claimId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("Give a reason, e.g. `/community-admin ownership-release 4 moved to the core team`.");
        }
        String why = NoteForm.checked(reason);
        return admin.write(adminId, "ownership.release", em -> {
            Claim claim = store.lock(em, claimId).orElseThrow(() -> noSuchClaim(claimId));
            if (!claim.status().isActive()) {
                throw new Refusal(OwnershipMessages.ref(claim) + " is already " + claim.status().name()
                        .toLowerCase(Locale.ROOT) + "; nothing changed.");
            }
            releases.release(em, claim, why, clock.instant());
            return new Audited<>(claim, "ownership:" + claimId, why);
        });
    }

    /** The claim under its row lock, still waiting for a decision: a second admin's click answers what happened. */
    private Claim waiting(EntityManager em, long claimId) {
        Claim claim = store.lock(em, claimId).orElseThrow(() -> noSuchClaim(claimId));
        if (claim.status() != ClaimStatus.REQUESTED) {
            throw new Refusal(OwnershipMessages.alreadyDecided(claim));
        }
        return claim;
    }

    static Refusal noSuchClaim(long id) {
        return new Refusal("There is no claim " + id + ".");
    }

    public Claim find(long claimId) {
        return database.inTransaction(em -> store.find(em, claimId)).orElseThrow(() -> noSuchClaim(claimId));
    }

    /** The member's requested and approved claims. */
    public List<Claim> mine(String memberId) {
        return database.inTransaction(em -> store.activeOf(em, memberId));
    }

    public List<Claim> waitingForAdmins(int limit) {
        return database.inTransaction(em -> store.waiting(em, limit));
    }

    public List<Claim> active(int limit) {
        return database.inTransaction(em -> store.active(em, limit));
    }

    /** Who leads the item, for feedback's views: the owner's Slack id, and their display name for public pages. */
    public Optional<ItemLeads.Lead> leadOf(long itemId) {
        return database.inTransaction(em -> store.leadOf(em, itemId)).map(c -> new ItemLeads.Lead(c.memberId(),
                c.ownerName() == null ? "a community member" : c.ownerName()));
    }
}
