package io.odigos.community.ownership;

import static io.odigos.community.slack.SlackText.escape;

import io.odigos.community.slack.SlackText;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** The words of ownership's DMs, replies and refusals; member-written text is always escaped. */
final class OwnershipMessages {

    static final String COMMAND = "/own";

    private OwnershipMessages() {
    }

    static String mention(String memberId) {
        return "<@" + memberId + ">";
    }

    /** "#12 *Title*" for an item, "the plugin *Name*" for a plugin. */
    static String what(Claim claim) {
        return claim.kind() == ClaimKind.ITEM ? "#" + claim.itemId() + " *" + escape(claim.subject()) + "*"
                : "the plugin *" + escape(claim.subject()) + "*";
    }

    static String ref(Claim claim) {
        return "claim " + claim.id() + " (" + what(claim) + ")";
    }

    static String help() {
        return "`" + COMMAND + " <request id>` offers to lead a planned roadmap item · `" + COMMAND
                + " plugin` proposes a plugin you will build · `" + COMMAND + " release <claim>` gives one up · `"
                + COMMAND + "` shows your claims";
    }

    // ---- the member's side ----

    static String claimed(Claim claim) {
        return ":raising_hand: Thanks! Your offer to lead " + what(claim) + " waits for an admin; you will hear from me.";
    }

    static String toAdmins(Claim claim) {
        String offer = claim.kind() == ClaimKind.ITEM ? " offers to lead " + what(claim)
                : " proposes to build " + what(claim) + ": " + escape(claim.pluginSummary()) + " (<"
                + claim.pluginLink() + "|repository or design>)";
        return ":raising_hand: " + mention(claim.memberId()) + offer + " (claim " + claim.id() + ").";
    }

    static String approved(Claim claim, Duration every) {
        return ":tada: You lead " + what(claim) + " now. I will check in every " + every.toDays()
                + " days: say how it goes, ask for help, or release it if plans change.";
    }

    static String declined(Claim claim, String reason) {
        return ":no_entry_sign: Your offer to lead " + what(claim) + " was declined: " + escape(reason);
    }

    static String decided(Claim claim) {
        return switch (claim.status()) {
            case APPROVED -> ":white_check_mark: " + mention(claim.memberId()) + " leads " + what(claim) + ".";
            case DECLINED -> ":white_check_mark: Declined " + ref(claim) + "; " + mention(claim.memberId())
                    + " was told why.";
            default -> ":white_check_mark: " + ref(claim) + " is " + claim.status().name().toLowerCase(Locale.ROOT) + ".";
        };
    }

    static String alreadyDecided(Claim claim) {
        return switch (claim.status()) {
            case APPROVED -> "Claim " + claim.id() + " was already approved"
                    + (claim.decidedBy() == null ? "" : " by " + mention(claim.decidedBy())) + "; nothing changed.";
            case DECLINED -> "Claim " + claim.id() + " was already declined"
                    + (claim.decidedBy() == null ? "" : " by " + mention(claim.decidedBy())) + "; nothing changed.";
            default -> "Claim " + claim.id() + " is no longer waiting (it was " + claim.status().name().toLowerCase(Locale.ROOT)
                    + "); nothing changed.";
        };
    }

    // ---- check-ins ----

    static String checkInText(Claim claim) {
        return ":wave: How is " + what(claim) + " going?";
    }

    static String warning(Claim claim, Duration silence, Duration grace) {
        return ":hourglass: I have not heard about " + what(claim) + " for " + silence.toDays() + " days. Say how it "
                + "goes with *Progress* within " + grace.toDays() + " days, or it is released for someone else to lead.";
    }

    static String progressThanks(Claim claim) {
        return ":white_check_mark: Noted for " + what(claim) + ". Thanks for the update.";
    }

    static String helpAsked(Claim claim) {
        return ":sos: The admins know you need help with " + what(claim) + "; one will get in touch.";
    }

    static String helpToAdmins(Claim claim, String note) {
        return ":sos: " + mention(claim.memberId()) + " needs help with " + what(claim) + ": " + escape(note);
    }

    static String releasedToOwner(Claim claim, String reason) {
        return ":wave: You no longer lead " + what(claim) + (reason == null ? "" : ": " + escape(reason))
                + ". Thank you for your work on it.";
    }

    static String freeAgain(Claim claim) {
        return ":raising_hand: " + what(claim) + ", which you asked for or voted for, has nobody leading it any more. "
                + "Want to lead it? `" + COMMAND + " " + claim.itemId() + "`";
    }

    static String silentRelease(Duration silence, Duration grace) {
        return "no check-in for " + (silence.toDays() + grace.toDays()) + " days, " + grace.toDays()
                + " of them after a warning";
    }

    static String shippedToOwner(Claim claim) {
        return ":rocket: " + what(claim) + " shipped, and you led it! It counts as a Feature contribution, with the "
                + "*Feature owner* badge.";
    }

    static String endedWithItem(Claim claim, String how) {
        return ":information_source: " + what(claim) + " was " + how + ", so your claim on it has ended.";
    }

    static String releasedByYou(Claim claim) {
        return ":white_check_mark: Released " + what(claim) + "; its voters hear it is free again.";
    }

    // ---- refusals ----

    static String notYours(Claim claim) {
        return "Claim " + claim.id() + " belongs to " + mention(claim.memberId()) + "; nothing changed.";
    }

    static String noLongerActive(Claim claim) {
        return "You no longer lead " + what(claim) + " (it was " + claim.status().name().toLowerCase(Locale.ROOT)
                + "); nothing changed.";
    }

    static String alreadyClaimed(Claim existing, String memberId) {
        if (existing.memberId().equals(memberId)) {
            return "You already offered to lead #" + existing.itemId() + (existing.status() == ClaimStatus.APPROVED
                    ? ", and you lead it." : "; it waits for an admin.");
        }
        return existing.status() == ClaimStatus.APPROVED
                ? "#" + existing.itemId() + " is already led by " + mention(existing.memberId()) + "."
                : "Someone already offered to lead #" + existing.itemId() + "; it waits for an admin.";
    }

    static String overLimit(int max) {
        return "You already hold " + max + " claim" + (max == 1 ? "" : "s") + ", the most a member may hold at once. "
                + "Give one up first with `" + COMMAND + " release <claim>`.";
    }

    static String dateOf(Instant at) {
        return SlackText.date(at, at.toString());
    }
}
