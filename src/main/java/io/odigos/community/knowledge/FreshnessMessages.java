package io.odigos.community.knowledge;

import io.odigos.community.releases.OdigosVersion;
import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import java.util.List;

/** The "still accurate?" question a guide's author gets when a newer Odigos minor release ships, and its answers. */
final class FreshnessMessages {

    static final String STILL_ACCURATE = "kb-still-accurate";
    static final String MARK_OUTDATED = "kb-mark-outdated";

    private FreshnessMessages() {
    }

    static String question(KnowledgeEntry e, OdigosVersion current) {
        return ":hourglass: Odigos " + current + " is out. Is your guide *" + escape(e.title()) + "*, written for Odigos "
                + escape(e.odigosVersion()) + ", still accurate?";
    }

    static List<LayoutBlock> questionBlocks(KnowledgeEntry e, OdigosVersion current) {
        String id = Long.toString(e.id());
        return BlockKit.message(List.of(BlockKit.section(question(e, current)),
                BlockKit.context(KnowledgeViews.entryLine(e)),
                BlockKit.actions(List.of(BlockKit.primaryButton("Still accurate", STILL_ACCURATE, id),
                        BlockKit.button("Mark outdated", MARK_OUTDATED, id))),
                BlockKit.context("Outdated guides stay listed, labelled as outdated, until you share an updated one.")));
    }

    static String answered(KnowledgeEntry e) {
        return e.outdated() ? ":warning: Marked outdated: *" + escape(e.title()) + "* is labelled so wherever it is listed."
                : ":white_check_mark: Thanks: *" + escape(e.title()) + "* now says Odigos " + escape(e.odigosVersion()) + ".";
    }

    static String notTheAuthor() {
        return "Only the guide's author answers this; nothing changed.";
    }

    static String notAsked() {
        return "This guide is no longer waiting for that answer; nothing changed.";
    }

    static String gone() {
        return "That guide is no longer published; nothing changed.";
    }
}
