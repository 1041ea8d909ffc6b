package io.odigos.community.labs;

import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.OutgoingMessage;
import java.util.List;
import java.util.stream.Collectors;

/** Every word Labs says: DMs to participants, the thanks in the channel, refusals and the admins' answers. */
final class LabsMessages {

    static final String COMMAND = "/labs";
    static final String JOIN = "labs-join";
    static final String LEAVE = "labs-leave";
    static final String GIVE_FEEDBACK = "labs-give-feedback";
    /** A thanks names the participants who gave feedback only up to this many; beyond, it gives counts. */
    static final int THANKS_NAMED = 10;

    private LabsMessages() {
    }

    static String name(Beta beta) {
        return "*" + escape(beta.name()) + "*";
    }

    static String mention(String memberId) {
        return "<@" + memberId + ">";
    }

    // ---- participants' DMs ----

    /** What a new participant gets: how to turn it on, and the feedback button. */
    static OutgoingMessage welcome(String memberId, Beta beta, String optedInBy) {
        String why = optedInBy == null ? "You joined " + name(beta) + " in Odigos Labs."
                : mention(optedInBy) + " opted you in to " + name(beta) + " in Odigos Labs.";
        String text = ":test_tube: " + why + " " + escape(beta.description()) + "\n\n*How to turn it on* ("
                + escape(beta.version()) + ")\n" + beta.enabling() + "\n\nTry it, then tell us how it went with "
                + "*Give feedback*. Leave any time with `" + COMMAND + "`.";
        return OutgoingMessage.dm(memberId, text, withFeedbackButton(text, beta));
    }

    static OutgoingMessage newVersion(String memberId, Beta beta, String changes) {
        String text = ":package: " + name(beta) + " " + escape(beta.version()) + " is out. What changed:\n"
                + escape(changes) + "\n\nYou may give feedback again for this version.";
        return OutgoingMessage.dm(memberId, text, withFeedbackButton(text, beta));
    }

    static OutgoingMessage ended(String memberId, Beta beta) {
        String what = beta.stage() == BetaStage.GA ? " has graduated: it is generally available now."
                : " is retired: it will not ship as it was.";
        return OutgoingMessage.dm(memberId, ":tada: " + name(beta) + what + " Thank you for trying it.\n\n"
                + "*What changed because of your feedback*\n" + escape(beta.outcome()), null);
    }

    private static List<LayoutBlock> withFeedbackButton(String text, Beta beta) {
        return List.of(BlockKit.section(text), BlockKit.actions(List.of(BlockKit.primaryButton("Give feedback",
                GIVE_FEEDBACK, Long.toString(beta.id())))));
    }

    /** The channel's thanks on graduation or retirement: counts, and names when few gave feedback. */
    static String thanks(Beta beta, int participants, List<String> feedbackGivers) {
        String what = beta.stage() == BetaStage.GA ? " has graduated from Odigos Labs" : " is retired from Odigos Labs";
        String named = feedbackGivers.isEmpty() || feedbackGivers.size() > THANKS_NAMED ? ""
                : " (" + feedbackGivers.stream().map(LabsMessages::mention).collect(Collectors.joining(", ")) + ")";
        return ":test_tube: " + name(beta) + what + ". Thank you to the " + participants + " "
                + plural(participants, "member") + " who tried it and the " + feedbackGivers.size() + " who gave "
                + "feedback" + named + ".\n*What changed because of the feedback*\n" + escape(beta.outcome());
    }

    static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    // ---- answers to clicks ----

    static String joined(Beta beta) {
        return ":white_check_mark: You joined " + name(beta) + "; the instructions are in your DM.";
    }

    static String alreadyIn(Beta beta) {
        return "You already take part in " + name(beta) + "; nothing changed.";
    }

    static String left(Beta beta) {
        return "You left " + name(beta) + ". Your feedback stays; thank you.";
    }

    static String notIn(Beta beta) {
        return "You do not take part in " + name(beta) + "; nothing changed.";
    }

    static String thanksForFeedback(Beta beta, String version) {
        return ":pray: Thank you: your feedback on " + name(beta) + " " + escape(version) + " reached the team.";
    }

    // ---- refusals ----

    static String gone() {
        return "That beta no longer exists; nothing changed.";
    }

    static String ended(Beta beta) {
        return name(beta) + (beta.stage() == BetaStage.GA ? " has graduated" : " is retired")
                + ": it no longer takes participants or feedback.";
    }

    static String joinFirst(Beta beta) {
        return "Join " + name(beta) + " with `" + COMMAND + "` before giving feedback on it.";
    }

    static String answeredAlready(Beta beta, String version) {
        return "You already gave feedback on " + name(beta) + " " + escape(version) + ". You can again when a new "
                + "version ships.";
    }

    static String noSuchBeta(String id) {
        return "There is no beta `" + escape(id) + "`. `" + COMMAND + "` lists them with their numbers.";
    }

    // ---- admins ----

    static String created(Beta beta) {
        return ":test_tube: Created beta #" + beta.id() + " " + name(beta) + " (" + beta.stage().label() + ", "
                + escape(beta.version()) + ").";
    }

    static String moved(Beta beta) {
        return ":white_check_mark: " + name(beta) + " is now in " + beta.stage().label() + ".";
    }

    static String shipped(Beta beta, int told) {
        return ":package: " + name(beta) + " " + escape(beta.version()) + " shipped; " + told + " "
                + plural(told, "participant") + " will hear about it.";
    }

    static String optedIn(Beta beta, int added, int skipped) {
        return ":white_check_mark: Opted " + added + " " + plural(added, "member") + " in to " + name(beta)
                + (skipped > 0 ? " (" + skipped + " already in or banned)" : "") + "; each gets the instructions.";
    }

    static String endedFor(Beta beta, int told) {
        return ":tada: " + name(beta) + " is " + beta.stage().label() + "; " + told + " "
                + plural(told, "participant") + " will be told, and the channel thanked.";
    }

    static String groupFailed(String group, String reason) {
        return ":warning: I could not read the members of the user group `" + escape(group) + "` (" + escape(reason)
                + "); nobody was opted in from it.";
    }
}
