package io.odigos.community.ownership;

import static io.odigos.community.ownership.OwnershipMessages.dateOf;
import static io.odigos.community.ownership.OwnershipMessages.mention;
import static io.odigos.community.ownership.OwnershipMessages.what;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.SlackText;
import java.util.List;

/** Block Kit for ownership: the admins' decision, the owner's check-in, and a claim's line in lists. */
final class OwnershipViews {

    static final String APPROVE = "ownership_approve";
    static final String DECLINE = "ownership_decline";
    static final String PROGRESS = "ownership_progress";
    static final String NEED_HELP = "ownership_help";
    static final String RELEASE = "ownership_release";

    private OwnershipViews() {
    }

    static List<LayoutBlock> decision(Claim claim) {
        String id = Long.toString(claim.id());
        return BlockKit.message(List.of(BlockKit.section(OwnershipMessages.toAdmins(claim)),
                BlockKit.actions(List.of(BlockKit.primaryButton("Approve", APPROVE, id),
                        BlockKit.button("Decline", DECLINE, id)))));
    }

    /** {@code text} above the owner's three answers: the check-in's question, or the warning. */
    static List<LayoutBlock> checkIn(Claim claim, String text) {
        String id = Long.toString(claim.id());
        return BlockKit.message(List.of(BlockKit.section(text),
                BlockKit.actions(List.of(BlockKit.primaryButton("Progress", PROGRESS, id),
                        BlockKit.button("Need help", NEED_HELP, id), BlockKit.button("Release it", RELEASE, id)))));
    }

    /** One claim as its owner sees it: where it stands and, when approved, the next check-in. */
    static String ownLine(Claim claim) {
        return "• claim " + claim.id() + ", " + what(claim) + switch (claim.status()) {
            case REQUESTED -> ": waiting for an admin";
            case APPROVED -> ": you lead it · next check-in " + dateOf(claim.nextCheckInAt());
            default -> ": " + claim.status().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** One claim as admins list it. */
    static String adminLine(Claim claim) {
        return "• claim " + claim.id() + ": " + mention(claim.memberId()) + " · " + what(claim) + " · "
                + (claim.status() == ClaimStatus.REQUESTED ? "waiting since " + dateOf(claim.requestedAt())
                : "approved, last heard " + dateOf(claim.heardAt()) + (claim.warnedAt() == null ? ""
                : " · warned " + dateOf(claim.warnedAt()))
                + (claim.lastNote() == null ? "" : " · _" + SlackText.escape(SlackText.clip(claim.lastNote(), 150)) + "_"));
    }
}
