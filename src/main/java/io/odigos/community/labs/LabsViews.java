package io.odigos.community.labs;

import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.SlackText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Labs' Block Kit: the /labs list with Join and Leave, and the admins' view of a beta with its stage buttons. */
final class LabsViews {

    /** Betas /labs lists at most in each part; a message holds 50 blocks. */
    static final int LISTED = 20;
    static final int PAST = 5;
    static final int DESCRIPTION_SHOWN = 300;
    /** Admin view buttons, each valued with the beta's id; a stage's is {@link #move(BetaStage)}. */
    static final String MOVE = "labs-admin-move-";
    static final String SHIP = "labs-admin-ship";
    static final String OPT_IN = "labs-admin-optin";
    static final String EXPORT = "labs-admin-export";
    static final int PARTICIPANTS_NAMED = 30;

    private LabsViews() {
    }

    static List<LayoutBlock> listing(Participation.Listing listing) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Odigos Labs"));
        if (listing.open().isEmpty()) {
            blocks.add(BlockKit.section("No betas to try right now. New ones are announced in the digest."));
        }
        listing.open().stream().limit(LISTED).forEach(b -> blocks.add(betaLine(b, listing.joined().contains(b.id()))));
        if (!listing.past().isEmpty()) {
            blocks.add(BlockKit.context("*Past betas* " + listing.past().stream().limit(PAST)
                    .map(b -> LabsMessages.name(b) + " (" + b.stage().label() + ")").collect(Collectors.joining(", "))));
        }
        return BlockKit.message(blocks);
    }

    /** A beta with the button this member needs: *Leave* when they take part, *Join* otherwise. */
    static LayoutBlock betaLine(Beta b, boolean joined) {
        ButtonElement button = joined ? BlockKit.button("Leave", LabsMessages.LEAVE, Long.toString(b.id()))
                : BlockKit.primaryButton("Join", LabsMessages.JOIN, Long.toString(b.id()));
        return BlockKit.section(line(b) + "\n" + escape(SlackText.clip(b.description(), DESCRIPTION_SHOWN)), button);
    }

    static String line(Beta b) {
        return "#" + b.id() + " " + LabsMessages.name(b) + " · " + b.stage().label() + " · " + escape(b.version());
    }

    /** The action id of the admin view's button to this stage (Slack wants action ids unique in a block). */
    static String move(BetaStage stage) {
        return MOVE + stage.name().toLowerCase(java.util.Locale.ROOT);
    }

    static View summary(LabsReports.Summary s) {
        Beta b = s.beta();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(line(b) + "\n" + escape(SlackText.clip(b.description(), DESCRIPTION_SHOWN))));
        blocks.add(BlockKit.section("*Participants: " + s.participants().size() + "* · gave feedback: "
                + s.feedbackGivers() + "\n" + s.participants().stream().limit(PARTICIPANTS_NAMED)
                .map(p -> LabsMessages.mention(p.memberId()) + (p.optedInBy() == null ? "" : " (opted in)"))
                .collect(Collectors.joining(", "))
                + (s.participants().size() > PARTICIPANTS_NAMED ? ", …" : "")));
        blocks.add(BlockKit.section("*Versions* " + s.versions().stream().map(v -> escape(v.version()))
                .collect(Collectors.joining(" → "))));
        List<String> questions = b.questions();
        StringBuilder counts = new StringBuilder("*Answers per question and version*");
        if (s.counts().isEmpty()) {
            counts.append("\nNo feedback yet.");
        }
        s.counts().forEach(c -> counts.append("\n• ").append(escape(c.version())).append(" · Q").append(c.question())
                .append(" ").append(c.question() <= questions.size() ? escape(questions.get(c.question() - 1)) : "")
                .append(": ").append(c.answers()));
        blocks.add(BlockKit.section(counts.toString()));
        if (!s.latest().isEmpty()) {
            blocks.add(BlockKit.section("*Latest answers*\n" + s.latest().stream().map(a -> "• "
                    + LabsMessages.mention(a.memberId()) + " on " + escape(a.version()) + ", Q" + a.question() + ": "
                    + escape(SlackText.clip(a.answer(), 200))).collect(Collectors.joining("\n"))));
        }
        String id = Long.toString(b.id());
        if (b.stage().isEnded()) {
            blocks.add(BlockKit.context(b.stage().label() + ". What changed: " + escape(b.outcome())));
            blocks.add(BlockKit.actions(List.of(BlockKit.button("Export CSV", EXPORT, id))));
        } else {
            List<ButtonElement> stages = new ArrayList<>();
            for (BetaStage stage : BetaStage.values()) {
                if (stage != b.stage()) {
                    stages.add(BlockKit.button(stage == BetaStage.GA ? "Graduate (GA)" : stage == BetaStage.RETIRED
                            ? "Retire" : "Move to " + stage.label(), move(stage), Long.toString(b.id())));
                }
            }
            blocks.add(BlockKit.actions(stages));
            blocks.add(BlockKit.actions(List.of(BlockKit.button("Ship a version", SHIP, id),
                    BlockKit.button("Opt members in", OPT_IN, id), BlockKit.button("Export CSV", EXPORT, id))));
        }
        return BlockKit.modal("labs-summary", SlackText.clip(b.name(), 24), null, null, blocks);
    }
}
