package io.odigos.community.ownership;

import io.odigos.community.feedback.ItemLeads;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Giving a claim up, however it happens (the owner's *Release it*, an admin, or silence): the item is free again, its
 * post stops naming the owner, the owner is told, and the item's author and voters hear it is free, all in the
 * caller's transaction.
 */
final class Releases {

    private final ItemLeads leads;
    private final SlackOutbox outbox;

    Releases(ItemLeads leads, SlackOutbox outbox) {
        this.leads = leads;
        this.outbox = outbox;
    }

    void release(EntityManager em, Claim claim, String reason, Instant at) {
        boolean wasLed = claim.status() == ClaimStatus.APPROVED;
        claim.end(ClaimStatus.RELEASED, at, reason);
        outbox.enqueue(em, OutgoingMessage.dm(claim.memberId(), OwnershipMessages.releasedToOwner(claim, reason), null));
        if (claim.kind() != ClaimKind.ITEM) {
            return;
        }
        if (wasLed) {
            leads.leadChanged(em, claim.itemId());
        }
        String text = OwnershipMessages.freeAgain(claim);
        for (String member : leads.authorAndVoters(em, claim.itemId())) {
            if (!member.equals(claim.memberId())) {
                outbox.enqueueBulk(em, OutgoingMessage.dm(member, text, null)); // a fan-out: never ahead of urgent DMs
            }
        }
    }
}
