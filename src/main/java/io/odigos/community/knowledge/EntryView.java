package io.odigos.community.knowledge;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import io.odigos.community.slack.BlockKit;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry in full, in a modal: it opens from wherever entries are listed (a search answer, Home, a digest) and its
 * vote buttons update it in place. Members see their own vote and what their last click did.
 */
final class EntryView {

    static final String CALLBACK = "kb-entry-view";
    /** Value: the entry's id. */
    static final String HELPFUL = "kb-helpful";
    /** Value: the entry's id; opens the comment form on top. */
    static final String NOT_HELPFUL = "kb-not-helpful";

    private EntryView() {
    }

    /** {@code note}: what the member's last click did, or null when the entry was just opened. */
    static View view(Ratings.Shown shown, String note) {
        KnowledgeEntry e = shown.entry();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header(e.title()));
        blocks.addAll(KnowledgeMessages.details(e));
        blocks.add(BlockKit.context(e.views() + (e.views() == 1 ? " view" : " views") + " · " + e.helpful()
                + " found it helpful · " + e.notHelpful() + " did not"));
        String id = Long.toString(e.id());
        boolean helpful = shown.helpful().orElse(false);
        boolean notHelpful = shown.helpful().map(h -> !h).orElse(false);
        blocks.add(BlockKit.section("*Was this helpful?*" + (note == null ? "" : "\n" + note)));
        blocks.add(BlockKit.actions(List.of(vote(":thumbsup: Helpful", HELPFUL, id, helpful),
                vote(":thumbsdown: Not helpful", NOT_HELPFUL, id, notHelpful))));
        return BlockKit.modal(CALLBACK, "Knowledge base", null, null, blocks);
    }

    /** The member's current answer shows as the primary button. */
    private static ButtonElement vote(String label, String actionId, String id, boolean chosen) {
        return chosen ? BlockKit.primaryButton(label, actionId, id) : BlockKit.button(label, actionId, id);
    }

    static String voted(Ratings.Outcome outcome, boolean helpful) {
        String answer = helpful ? "*Helpful*" : "*Not helpful*";
        return switch (outcome) {
            case COUNTED -> ":white_check_mark: Thanks, your vote counts: " + answer + ".";
            case CHANGED -> ":arrows_counterclockwise: You changed your vote to " + answer + ".";
            case UNCHANGED -> "You already said " + answer + "; nothing changed.";
        };
    }
}
