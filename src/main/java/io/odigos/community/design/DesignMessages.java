package io.odigos.community.design;

import io.odigos.community.slack.SlackText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The words of design documents and brainstorms: every sentence a member reads, with their text escaped. */
final class DesignMessages {

    static final String COMMAND = "/design";
    private static final DateTimeFormatter FALLBACK = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private DesignMessages() {
    }

    static String title(DesignDocument d) {
        return "*" + SlackText.escape(d.title()) + "*";
    }

    static String when(Instant at) {
        return SlackText.date(at, FALLBACK.format(at));
    }

    /** The document's link with its kind as label; the link was checked to hold no Slack markup. */
    static String link(DesignDocument d) {
        return d.link() == null ? "" : "<" + SlackText.escape(d.link()) + "|" + DesignDraft.linkKind(d.link()) + ">";
    }

    static String what(DesignDocument d) {
        return d.isBrainstorm() ? "brainstorm" : "design document";
    }

    static String opened(DesignDocument d) {
        return ":memo: Your " + what(d) + " " + title(d) + " is open for feedback until " + when(d.closesAt())
                + ". It is being announced in the community channel; you will be asked "
                + (d.isBrainstorm() ? "to look at the top ideas" : "for the outcome") + " when the window closes.";
    }

    static String gone() {
        return "That design document, question or idea is not here any more; nothing changed.";
    }

    static String closed(DesignDocument d) {
        return "Feedback on " + title(d) + " closed " + when(d.closedAt() == null ? d.closesAt() : d.closedAt())
                + "; nothing changed.";
    }

    static String postText(DesignDocument d) {
        return (d.isBrainstorm() ? "Brainstorm: " : "Open for feedback: ") + d.title();
    }

    static String finalCommentPeriod(DesignDocument d) {
        return ":hourglass_flowing_sand: *Final comment period* for the " + what(d) + " " + title(d)
                + ": feedback closes " + when(d.closesAt()) + ". Add your "
                + (d.isBrainstorm() ? "ideas and upvotes" : "+1, concerns and answers") + " on its post before then.";
    }

    static String recordOutcomeText(DesignDocument d) {
        return "Feedback on " + title(d) + " has closed. Record its outcome (accepted, changed, declined or postponed) "
                + "with a short summary; everyone who gave feedback will hear it.";
    }

    static String brainstormClosedText(DesignDocument d) {
        return "The brainstorm " + title(d) + " has closed. An admin can hand its top ideas to feedback as feature "
                + "requests with *To feedback* on its post.";
    }

    static String notYours(DesignDocument d) {
        return "Only the author of " + title(d) + " or a community admin can record its outcome.";
    }

    static String outcomeAlready(DesignDocument d) {
        return "The outcome of " + title(d) + " was already recorded by <@" + d.outcomeBy() + ">: "
                + d.outcome().label() + ". Nothing changed.";
    }

    static String stillOpen(DesignDocument d) {
        return "Feedback on " + title(d) + " is open until " + when(d.closesAt())
                + "; record the outcome once it closes (an admin can close it early with `/community-admin design-close "
                + d.id() + "`).";
    }

    static String outcome(DesignDocument d) {
        return d.outcome().emoji() + " *" + d.outcome().label() + "*: " + SlackText.escape(d.outcomeSummary());
    }

    static String outcomeToParticipant(DesignDocument d) {
        return "Thank you for your feedback on " + title(d) + ". The outcome is in:\n" + outcome(d);
    }

    static String outcomeAnnounced(DesignDocument d) {
        return ":memo: The design document " + title(d) + " has an outcome, after the community's feedback:\n"
                + outcome(d) + (d.link() == null ? "" : "\n" + link(d));
    }

    static String recorded(DesignDocument d) {
        return "Recorded: " + title(d) + " is " + d.outcome().label().toLowerCase(java.util.Locale.ROOT)
                + ". Everyone who gave feedback is being told.";
    }

    static String closedEarly(DesignDocument d) {
        return "Closed feedback on " + title(d) + " (#" + d.id() + "). "
                + (d.isBrainstorm() ? "Its author has the top ideas." : "Its author was asked for the outcome.");
    }

    static String answersKept(int count) {
        return "Thank you: " + (count == 1 ? "your answer is" : count + " answers are")
                + " with the author. You can come back and add more until the window closes.";
    }

    static String ideaAdded() {
        return "Thank you: your idea is on the brainstorm's post, where others can upvote it.";
    }

    static String alreadyHandedOver(DesignStore.Idea idea) {
        return "That idea was already handed to feedback as request #" + idea.feedbackItemId() + "; nothing changed.";
    }

    static String handedOver(DesignStore.Idea idea, long item) {
        return "Handed to feedback as request #" + item + ", credited to <@" + idea.authorId() + ">.";
    }

    /** The feature request's title: the idea's first line, in feedback's 150 characters. */
    static String requestTitle(DesignStore.Idea idea) {
        return SlackText.clip(idea.text().lines().findFirst().orElse(idea.text()).strip(), 150);
    }

    static String requestProblem(DesignDocument brainstorm, DesignStore.Idea idea) {
        return "From the brainstorm \"" + brainstorm.title() + "\" (" + idea.votes() + " upvote"
                + (idea.votes() == 1 ? "" : "s") + "):\n" + idea.text();
    }

    static String help() {
        return "`/design` lists documents and brainstorms open for feedback · `/design open` shares a design document "
                + "for feedback · `/design brainstorm` asks the community an open question";
    }
}
