package io.odigos.community.labs;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.ModalValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labs' modals: a new beta, a new version, opting members in, graduating or retiring (what changed), and a
 * participant's feedback with the beta's questions. Each carries the little it needs in its state record.
 */
final class LabsForms {

    static final String NEW_BETA = "labs-new-form";
    static final String NEW_VERSION = "labs-version-form";
    static final String OPT_IN = "labs-optin-form";
    static final String OUTCOME = "labs-outcome-form";
    static final String FEEDBACK = "labs-feedback-form";
    static final String INPUT = "value";
    static final String GROUP = "labs-optin-group";
    static final String MEMBERS = "labs-optin-members";
    /** A user group's id as Slack shows it (S0614TZR7), or pasted as its mention. */
    static final Pattern GROUP_ID = Pattern.compile("(?:<!subteam\\^)?(S[A-Z0-9]{2,20})(?:\\|[^>]*)?>?");

    record BetaRef(long betaId) {
    }

    record Ending(long betaId, BetaStage stage) {
    }

    record Feedback(long betaId, String version) {
    }

    private LabsForms() {
    }

    static View newBeta() {
        List<OptionObject> stages = BetaStage.OPEN.stream().map(s -> BlockKit.option(s.label(), s.name())).toList();
        List<LayoutBlock> blocks = List.of(
                BlockKit.section("A beta members can try before release. Participants get the instructions by DM "
                        + "and answer your questions for each version."),
                text(BetaDraft.NAME, "Name", false, BetaDraft.MAX_NAME, null),
                text(BetaDraft.DESCRIPTION, "What it does", true, BetaDraft.MAX_DESCRIPTION, null),
                text(BetaDraft.ENABLING, "How to turn it on (Slack formatting, `code` allowed)", true,
                        BetaDraft.MAX_ENABLING, null),
                BlockKit.input(BetaDraft.STAGE, "Stage", false, BlockKit.select(INPUT,
                        List.of(BlockKit.optionGroup("Stages", stages)), stages.get(BetaStage.BETA.ordinal()))),
                text(BetaDraft.QUESTIONS, "Questions to answer, one per line (1 to " + BetaDraft.MAX_QUESTIONS + ")",
                        true, BetaDraft.MAX_QUESTIONS * (BetaDraft.MAX_QUESTION + 1), null),
                BlockKit.input(BetaDraft.VERSION, "First version", false, BlockElements.plainTextInput(p ->
                        p.actionId(INPUT).maxLength(BetaDraft.MAX_VERSION).initialValue("v0.1"))));
        return BlockKit.modal(NEW_BETA, "New beta", "Create", null, blocks);
    }

    static BetaDraft readBeta(ModalValues values) {
        String stage = values.text(BetaDraft.STAGE);
        BetaStage chosen = BetaStage.parse(stage).orElse(null);
        if (stage != null && chosen == null) {
            throw new InvalidInput(Map.of(BetaDraft.STAGE, "Pick a stage from the list."));
        }
        return new BetaDraft(values.text(BetaDraft.NAME), values.text(BetaDraft.DESCRIPTION),
                values.text(BetaDraft.ENABLING), chosen, values.text(BetaDraft.QUESTIONS), values.text(BetaDraft.VERSION));
    }

    static View newVersion(Beta beta) {
        return BlockKit.modal(NEW_VERSION, "Ship a version", "Ship", new BetaRef(beta.id()), List.of(
                BlockKit.section(LabsMessages.name(beta) + " is at " + beta.version() + ". Every participant gets "
                        + "what changed by DM."),
                BlockKit.input(VersionDraft.VERSION, "New version", false, BlockElements.plainTextInput(p ->
                        p.actionId(INPUT).maxLength(BetaDraft.MAX_VERSION))),
                text(VersionDraft.CHANGES, "What changed", true, VersionDraft.MAX_CHANGES, null)));
    }

    static VersionDraft readVersion(ModalValues values) {
        return new VersionDraft(values.text(VersionDraft.VERSION), values.text(VersionDraft.CHANGES));
    }

    static View optIn(Beta beta) {
        return BlockKit.modal(OPT_IN, "Opt members in", "Opt in", new BetaRef(beta.id()), List.of(
                BlockKit.section("Opt members in to " + LabsMessages.name(beta) + ": each gets the instructions by DM, "
                        + "as if they had joined. Banned members and participants are skipped."),
                BlockKit.input(GROUP, "Everyone in a user group: its ID (S0614TZR7; in Slack, the group's menu > "
                        + "Copy group ID)", true, BlockElements.plainTextInput(p -> p.actionId(INPUT).maxLength(40))),
                BlockKit.input(MEMBERS, "And/or these members", true,
                        BlockElements.multiUsersSelect(m -> m.actionId(INPUT)))));
    }

    /** Who to opt in: a user group's id (or null) and members; problems under their fields. */
    record OptIn(String group, List<String> members) {
    }

    static OptIn readOptIn(ModalValues values) {
        String typed = values.text(GROUP);
        List<String> members = values.users(MEMBERS);
        Map<String, String> problems = new LinkedHashMap<>();
        String group = null;
        if (typed != null && !typed.isBlank()) {
            Matcher m = GROUP_ID.matcher(typed.strip());
            if (m.matches()) {
                group = m.group(1);
            } else {
                problems.put(GROUP, "Give the group's ID, like S0614TZR7.");
            }
        } else if (members.isEmpty()) {
            problems.put(MEMBERS, "Pick members, or give a user group.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new OptIn(group, members);
    }

    static View outcome(Beta beta, BetaStage last) {
        String verb = last == BetaStage.GA ? "Graduate" : "Retire";
        return BlockKit.modal(OUTCOME, verb + " the beta", verb, new Ending(beta.id(), last), List.of(
                BlockKit.section(verb + " " + LabsMessages.name(beta) + ". Every participant gets a DM with what you "
                        + "write here, and the channel thanks them."),
                text(LabsAdmin.OUTCOME, "What changed because of the feedback", true, LabsAdmin.MAX_OUTCOME, null)));
    }

    static View feedback(Beta beta) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("Your feedback on " + LabsMessages.name(beta) + " " + beta.version()
                + ". Answer what you can; the team reads every answer."));
        List<String> questions = beta.questions();
        for (int i = 0; i < questions.size(); i++) {
            blocks.add(text(FeedbackAnswers.block(i + 1), questions.get(i), true, true, FeedbackAnswers.MAX_ANSWER,
                    null));
        }
        return BlockKit.modal(FEEDBACK, "Give feedback", "Send", new Feedback(beta.id(), beta.version()), blocks);
    }

    static FeedbackAnswers readFeedback(ModalValues values, int questions) {
        Map<Integer, String> answers = new LinkedHashMap<>();
        for (int i = 1; i <= questions; i++) {
            String answer = values.text(FeedbackAnswers.block(i));
            if (answer != null) {
                answers.put(i, answer);
            }
        }
        return new FeedbackAnswers(answers);
    }

    private static LayoutBlock text(String blockId, String label, boolean multiline, int max, String initial) {
        return text(blockId, label, false, multiline, max, initial);
    }

    private static LayoutBlock text(String blockId, String label, boolean optional, boolean multiline, int max,
                                    String initial) {
        return BlockKit.input(blockId, label, optional, BlockElements.plainTextInput(p -> p.actionId(INPUT)
                .multiline(multiline).maxLength(max).initialValue(initial)));
    }
}
