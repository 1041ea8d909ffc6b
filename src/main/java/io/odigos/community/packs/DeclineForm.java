package io.odigos.community.packs;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.slack.BlockKit;
import java.util.List;

/** The reason an admin gives for declining a pack version; the author reads it in a DM. */
final class DeclineForm {

    static final String CALLBACK = "pack-decline-form";
    static final String REASON = "pack-decline-reason";
    static final int MAX_REASON = 1000;

    /** The version being declined. */
    record State(long versionId) {
    }

    private DeclineForm() {
    }

    static View view(PackReviews.Decided d) {
        List<LayoutBlock> blocks = List.of(
                BlockKit.section("Decline " + PackMessages.versioned(d.pack(), d.version()) + " by "
                        + PackMessages.mention(d.pack().authorId()) + ". They get your reason in a DM."),
                BlockKit.input(REASON, "Why? What should the author change?", false, BlockElements.plainTextInput(
                        p -> p.actionId(PackForm.INPUT).multiline(true).maxLength(MAX_REASON))));
        return BlockKit.modal(CALLBACK, "Decline a pack", "Decline", new State(d.version().id()), blocks);
    }
}
