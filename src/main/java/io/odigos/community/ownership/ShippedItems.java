package io.odigos.community.ownership;

import io.odigos.community.core.CommunityFacts;
import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.feedback.ItemLeads;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What an item's status change does to its claim, in the change's transaction: shipped, the owner is credited (a
 * FEATURE contribution and the {@code ownership.shipped} fact behind the *Feature owner* badge) and the announcement
 * names them; shipped before a claim was approved, or declined, the claim ends and its member is told.
 */
final class ShippedItems implements ItemLeads.StatusListener {

    /** The fact behind the *Feature owner* badge; reference {@code ownership:<claim>}, detail the item's title. */
    static final String SHIPPED_FACT = "ownership.shipped";

    private final OwnershipStore store;
    private final CommunityFacts facts;
    private final OwnershipCredit credit;
    private final SlackOutbox outbox;
    private final Clock clock;

    ShippedItems(OwnershipStore store, CommunityFacts facts, OwnershipCredit credit, SlackOutbox outbox, Clock clock) {
        this.store = store;
        this.facts = facts;
        this.credit = credit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Optional<String> changed(EntityManager em, long itemId, String title, FeedbackStatus before,
                                    FeedbackStatus after) {
        if (after != FeedbackStatus.SHIPPED && after != FeedbackStatus.DECLINED) {
            return Optional.empty(); // planned -> in progress keeps its owner
        }
        Optional<Claim> active = store.activeOn(em, itemId).flatMap(c -> store.lock(em, c.id()));
        if (active.isEmpty() || !active.get().status().isActive()) {
            return Optional.empty();
        }
        Claim claim = active.get();
        Instant now = clock.instant();
        if (after == FeedbackStatus.SHIPPED && claim.status() == ClaimStatus.APPROVED) {
            String reference = "ownership:" + claim.id();
            claim.end(ClaimStatus.SHIPPED, now, null);
            facts.record(em, SHIPPED_FACT, claim.memberId(), reference, title, now);
            credit.credit(em, claim.memberId(), "Led " + title + " to release", reference);
            outbox.enqueue(em, OutgoingMessage.dm(claim.memberId(), OwnershipMessages.shippedToOwner(claim), null));
            return Optional.of(claim.memberId());
        }
        claim.end(ClaimStatus.CLOSED, now, "the item was " + after.label().toLowerCase(java.util.Locale.ROOT));
        outbox.enqueue(em, OutgoingMessage.dm(claim.memberId(), OwnershipMessages.endedWithItem(claim,
                after.label().toLowerCase(java.util.Locale.ROOT)), null));
        return Optional.empty();
    }
}
