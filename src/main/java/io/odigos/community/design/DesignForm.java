package io.odigos.community.design;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.SlackText;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The forms: opening a document or brainstorm, answering a document's questions, an idea, and the outcome. */
final class DesignForm {

    static final String OPEN_CALLBACK = "design_open";
    static final String ANSWERS_CALLBACK = "design_answers";
    static final String IDEA_CALLBACK = "design_idea";
    static final String OUTCOME_CALLBACK = "design_outcome";
    static final String IDEA = "idea";
    static final String OUTCOME = "outcome";
    static final String OUTCOME_SUMMARY = "outcome_summary";
    private static final String INPUT = "input";
    private static final String ANSWER_PREFIX = "answer_";

    /** What the opening form carries: which of the two it is. */
    record OpenState(DesignKind kind) {
    }

    /** What the other forms carry: the document, brainstorm or idea they are about. */
    record Target(long id) {
    }

    private DesignForm() {
    }

    static String answerBlock(long questionId) {
        return ANSWER_PREFIX + questionId;
    }

    static View open(DesignKind kind) {
        boolean document = kind == DesignKind.DOCUMENT;
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(text(DesignDraft.TITLE, "Title", false, false, DesignDraft.TITLE_CHARS));
        if (document) {
            blocks.add(BlockKit.input(DesignDraft.LINK, "Link to the document (GitHub pull request, Google Doc, markdown)",
                    false, BlockKit.link(INPUT, null)));
        }
        blocks.add(text(DesignDraft.SUMMARY, document ? "Summary" : "The open question", false, true,
                DesignDraft.SUMMARY_CHARS));
        if (document) {
            blocks.add(text(DesignDraft.QUESTIONS, "Questions for the community (one a line, up to "
                    + DesignDraft.MAX_QUESTIONS + ")", false, true, DesignDraft.MAX_QUESTIONS * (DesignDraft.QUESTION_CHARS + 1)));
        }
        blocks.add(BlockKit.input(DesignDraft.WINDOW_DAYS, "Feedback window, in days", true,
                BlockKit.wholeNumber(INPUT, DesignDraft.MIN_DAYS, DesignDraft.MAX_DAYS, DesignDraft.DEFAULT_DAYS)));
        blocks.add(BlockKit.input(DesignDraft.CLOSES_ON, "…or the day feedback closes (instead of the days)", true,
                BlockElements.datePicker(p -> p.actionId(INPUT))));
        blocks.add(BlockKit.context("The channel is reminded " + DesignDocument.FINAL_COMMENT_PERIOD.toDays()
                + " days before the window closes (the final comment period)."));
        return BlockKit.modal(OPEN_CALLBACK, document ? "Design document" : "Brainstorm", "Open for feedback",
                new OpenState(kind), blocks);
    }

    /** The member's draft from the opening form; a value Slack's inputs would never send is refused under its field. */
    static DesignDraft read(ModalValues values, DesignKind kind, Supplier<ZoneId> memberZone) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer days = values.wholeNumber(DesignDraft.WINDOW_DAYS, problems);
        LocalDate closesOn = null;
        String picked = values.text(DesignDraft.CLOSES_ON);
        if (picked != null) {
            try {
                closesOn = LocalDate.parse(picked);
            } catch (DateTimeParseException e) {
                problems.put(DesignDraft.CLOSES_ON, "Pick a day from the calendar.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        // the member's zone only matters for a picked day (and may cost a users.info call)
        ZoneId zone = closesOn == null ? ZoneOffset.UTC : memberZone.get();
        return new DesignDraft(kind, values.text(DesignDraft.TITLE), values.text(DesignDraft.LINK),
                values.text(DesignDraft.SUMMARY), values.get(DesignDraft.QUESTIONS), days, closesOn, zone);
    }

    static View answers(DesignDocument d, List<DesignStore.Question> questions) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(DesignMessages.title(d) + "\n" + DesignMessages.link(d)));
        questions.forEach(q -> blocks.add(text(answerBlock(q.id()), SlackText.clip(q.position() + ". " + q.text(), 2000),
                true, true, DesignDocuments.ANSWER_CHARS)));
        blocks.add(BlockKit.context("Answer the questions you have something to say about. The author reads every "
                + "answer; you can come back and add more until the window closes."));
        return BlockKit.modal(ANSWERS_CALLBACK, "Give feedback", "Send", new Target(d.id()), blocks);
    }

    /** The answers typed to the document's questions, by question id (empty ones as null). */
    static Map<Long, String> readAnswers(ModalValues values, List<DesignStore.Question> questions) {
        Map<Long, String> answers = new LinkedHashMap<>();
        questions.forEach(q -> answers.put(q.id(), values.text(answerBlock(q.id()))));
        return answers;
    }

    static View idea(DesignDocument brainstorm) {
        return BlockKit.modal(IDEA_CALLBACK, "Submit an idea", "Submit", new Target(brainstorm.id()), List.of(
                BlockKit.section(DesignMessages.title(brainstorm) + "\n" + SlackText.escape(brainstorm.summary())),
                text(IDEA, "Your idea", false, true, Brainstorms.IDEA_CHARS)));
    }

    /** The outcome form, with the written answers above it: what the author decides from. */
    static View outcome(DesignDocument d, List<DesignStore.Question> questions, List<DesignStore.Answer> answers) {
        var options = Arrays.stream(Outcome.values()).map(o -> BlockKit.option(o.label(), o.name())).toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(DesignMessages.title(d)));
        for (DesignStore.Question q : questions) {
            StringBuilder text = new StringBuilder("*" + q.position() + ". " + SlackText.escape(q.text()) + "*\n:+1: "
                    + q.plusOnes() + " · :warning: " + q.concerns());
            answers.stream().filter(a -> a.questionId() == q.id()).forEach(a -> text.append("\n• <@").append(a.memberId())
                    .append(">: ").append(SlackText.escape(a.text())));
            blocks.add(BlockKit.section(text.toString())); // clipped to a section's 3,000 characters
        }
        blocks.add(BlockKit.input(OUTCOME, "Outcome", false, BlockKit.select(INPUT,
                List.of(BlockKit.optionGroup("Outcome", options)), null)));
        blocks.add(text(OUTCOME_SUMMARY, "Summary: what was decided, and what changed because of the feedback", false,
                true, DesignOutcomes.SUMMARY_CHARS));
        blocks.add(BlockKit.context("Everyone who gave feedback gets it by DM, and it is posted in the community channel."));
        return BlockKit.modal(OUTCOME_CALLBACK, "Record the outcome", "Record", new Target(d.id()), blocks);
    }

    /** The outcome chosen; null when none (or, crafted, not one of them). */
    static Outcome readOutcome(ModalValues values) {
        String chosen = values.text(OUTCOME);
        return Arrays.stream(Outcome.values()).filter(o -> o.name().equals(chosen)).findFirst().orElse(null);
    }

    private static LayoutBlock text(String blockId, String label, boolean optional, boolean multiline, int max) {
        return BlockKit.input(blockId, label, optional, BlockElements.plainTextInput(p -> p.actionId(INPUT)
                .multiline(multiline).maxLength(max)));
    }
}
