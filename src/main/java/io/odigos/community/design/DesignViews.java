package io.odigos.community.design;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.SlackText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The Block Kit of design documents and brainstorms: the channel post, the DMs with buttons, the listings. */
final class DesignViews {

    static final String OPEN_FORM = "design_open_form";
    static final String BRAINSTORM_FORM = "design_brainstorm_form";
    static final String GIVE_FEEDBACK = "design_give_feedback";
    static final String ADD_IDEA = "design_add_idea";
    static final String RECORD_OUTCOME = "design_record_outcome";
    // one button per question or idea in a post, and Slack wants each action id in a message unique
    static final String PLUS_ONE = "design_plus_one_";
    static final String CONCERN = "design_concern_";
    static final String UPVOTE = "design_upvote_";
    static final String UNDO_UPVOTE = "design_undo_upvote_";
    static final String TO_FEEDBACK = "design_to_feedback_";
    static final int IDEAS_SHOWN = 10;

    private DesignViews() {
    }

    static Pattern family(String prefix) {
        return Pattern.compile(Pattern.quote(prefix) + "\\d+");
    }

    static String id(long value) {
        return Long.toString(value);
    }

    /** A document's channel post: summary, link, window, each question with its counts and buttons. */
    static List<LayoutBlock> documentPost(DesignDocument d, List<DesignStore.Question> questions) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header(":memo: " + d.title()));
        blocks.add(BlockKit.section(SlackText.escape(d.summary()) + "\n" + DesignMessages.link(d)));
        blocks.add(BlockKit.context(window(d)));
        for (DesignStore.Question q : questions) {
            blocks.add(BlockKit.section("*" + q.position() + ".* " + SlackText.escape(q.text()) + "\n:+1: "
                    + q.plusOnes() + " · :warning: " + q.concerns() + " · " + q.answers()
                    + (q.answers() == 1 ? " answer" : " answers")));
            if (d.isOpen()) {
                blocks.add(BlockKit.actions(List.of(
                        BlockKit.button(":+1: +1 (" + q.plusOnes() + ")", PLUS_ONE + q.id(), id(q.id())),
                        BlockKit.button(":warning: Concern (" + q.concerns() + ")", CONCERN + q.id(), id(q.id())))));
            }
        }
        if (d.isOpen()) {
            blocks.add(BlockKit.actions(List.of(BlockKit.primaryButton("Give feedback", GIVE_FEEDBACK, id(d.id())))));
        }
        return BlockKit.message(blocks);
    }

    /** A brainstorm's channel post: the open question, the window and the top ideas with their upvotes. */
    static List<LayoutBlock> brainstormPost(DesignDocument d, List<DesignStore.Idea> top, long ideas) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header(":bulb: " + d.title()));
        blocks.add(BlockKit.section(SlackText.escape(d.summary())));
        blocks.add(BlockKit.context(window(d) + " · " + ideas + (ideas == 1 ? " idea" : " ideas")));
        for (DesignStore.Idea idea : top) {
            blocks.add(BlockKit.section("*" + idea.votes() + "* :arrow_up: " + SlackText.escape(idea.text()) + " (<@"
                    + idea.authorId() + ">)" + (idea.feedbackItemId() == null ? ""
                    : " · :inbox_tray: feature request #" + idea.feedbackItemId())));
            List<ButtonElement> buttons = new ArrayList<>();
            if (d.isOpen()) {
                buttons.add(BlockKit.button(":arrow_up: Upvote", UPVOTE + idea.id(), id(idea.id())));
                buttons.add(BlockKit.button("Take back my upvote", UNDO_UPVOTE + idea.id(), id(idea.id())));
            }
            if (idea.feedbackItemId() == null) {
                buttons.add(BlockKit.button("To feedback", TO_FEEDBACK + idea.id(), id(idea.id())));
            }
            if (!buttons.isEmpty()) {
                blocks.add(BlockKit.actions(buttons));
            }
        }
        if (ideas > top.size()) {
            blocks.add(BlockKit.context("The top " + top.size() + " of " + ideas + " ideas."));
        }
        if (d.isOpen()) {
            blocks.add(BlockKit.actions(List.of(BlockKit.primaryButton("Submit an idea", ADD_IDEA, id(d.id())))));
        }
        return BlockKit.message(blocks);
    }

    private static String window(DesignDocument d) {
        String by = "Shared by <@" + d.authorId() + ">";
        if (d.outcome() != null) {
            return by + " · " + DesignMessages.outcome(d);
        }
        if (!d.isOpen()) {
            return by + " · feedback closed " + DesignMessages.when(d.closedAt());
        }
        String period = d.remindAt() == null ? " · :hourglass_flowing_sand: final comment period" : "";
        return by + " · open for feedback until " + DesignMessages.when(d.closesAt()) + period;
    }

    /** The DM at the close: how the questions were received, and the button to record the outcome. */
    static List<LayoutBlock> recordOutcome(DesignDocument d, List<DesignStore.Question> questions) {
        StringBuilder counts = new StringBuilder();
        questions.forEach(q -> counts.append("*").append(q.position()).append(".* ").append(SlackText.escape(q.text()))
                .append(" · :+1: ").append(q.plusOnes()).append(" · :warning: ").append(q.concerns()).append(" · ")
                .append(q.answers()).append(q.answers() == 1 ? " answer\n" : " answers\n"));
        return List.of(BlockKit.section(DesignMessages.recordOutcomeText(d)), BlockKit.section(counts.toString()),
                BlockKit.actions(List.of(BlockKit.primaryButton("Record the outcome", RECORD_OUTCOME, id(d.id())))));
    }

    static List<LayoutBlock> brainstormClosed(DesignDocument d, List<DesignStore.Idea> top) {
        StringBuilder ideas = new StringBuilder(top.isEmpty() ? "No ideas were submitted." : "Top ideas:\n");
        top.forEach(i -> ideas.append("• *").append(i.votes()).append("* :arrow_up: ")
                .append(SlackText.escape(i.text())).append(" (<@").append(i.authorId()).append(">)\n"));
        return List.of(BlockKit.section(DesignMessages.brainstormClosedText(d)), BlockKit.section(ideas.toString()));
    }

    /** One line about a document: title, kind, window or outcome. */
    static String line(DesignDocument d) {
        String state = d.outcome() != null ? DesignMessages.outcome(d)
                : d.isOpen() ? "open until " + DesignMessages.when(d.closesAt())
                : "closed " + DesignMessages.when(d.closedAt());
        return (d.isBrainstorm() ? ":bulb: " : ":memo: ") + DesignMessages.title(d) + " (#" + d.id() + ") · " + state;
    }

    /** What `/design` answers: open documents and brainstorms, recent ones, and the buttons to start one. */
    static List<LayoutBlock> listing(List<DesignDocument> open, List<DesignDocument> recent) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Open for feedback"));
        blocks.add(BlockKit.section(open.isEmpty() ? "Nothing is open for feedback right now." : lines(open)));
        if (!recent.isEmpty()) {
            blocks.add(BlockKit.header("Recently closed"));
            blocks.add(BlockKit.section(lines(recent)));
        }
        blocks.add(BlockKit.actions(List.of(BlockKit.button("Share a design document", OPEN_FORM, "open"),
                BlockKit.button("Start a brainstorm", BRAINSTORM_FORM, "brainstorm"))));
        blocks.add(BlockKit.context(DesignMessages.help()));
        return blocks;
    }

    static String lines(List<DesignDocument> documents) {
        StringBuilder b = new StringBuilder();
        documents.forEach(d -> b.append(line(d)).append('\n'));
        return b.toString();
    }
}
