package io.odigos.community.moderation;

import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static io.odigos.community.slack.SlackText.clip;
import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.moderation.AwaitingApproval.PendingApproval;
import io.odigos.community.moderation.Moderatable.ModeratedItem;
import io.odigos.community.slack.BlockKit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Block Kit for moderation: the member's report form and the admins' queue. */
final class ModerationViews {

    static final String REPORT_CALLBACK = "moderation_report";
    static final String QUEUE_CALLBACK = "moderation_queue";
    static final String HIDE = "moderation_hide";
    static final String RESTORE = "moderation_restore";
    static final String DISMISS = "moderation_dismiss";
    /** Two blocks an item: with the headers this stays well inside a modal's 100 blocks. */
    static final int QUEUE_ITEMS = 40;
    static final int APPROVALS_SHOWN = 10;

    View reportModal(ReportForm form, ModeratedItem item) {
        List<OptionObject> reasons = Arrays.stream(ReportReason.values())
                .map(r -> option(plainText(r.label()), r.name())).toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("You are reporting *" + escape(clip(item.title(), 300)) + "*"));
        blocks.add(Blocks.input(i -> i.blockId(Reports.REASON).label(plainText("Why?"))
                .element(BlockElements.staticSelect(s -> s.actionId("value").options(reasons)))));
        blocks.add(Blocks.input(i -> i.blockId(Reports.NOTE).label(plainText("Anything admins should know?")).optional(true)
                .element(BlockElements.plainTextInput(p -> p.actionId("value").multiline(true).maxLength(Report.NOTE_MAX)))));
        blocks.add(BlockKit.context(":lock: Only community admins see reports and who sent them."));
        return BlockKit.modal(REPORT_CALLBACK, "Report a post", "Report", form, blocks);
    }

    View queueModal(Reports.Queue queue, String notice) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (notice != null) {
            blocks.add(BlockKit.context(notice));
        }
        blocks.add(BlockKit.header(":triangular_flag_on_post: Reported posts"));
        if (queue.items().isEmpty()) {
            blocks.add(BlockKit.section("No open reports. :tada:"));
        }
        queue.items().stream().limit(QUEUE_ITEMS).forEach(reported -> {
            blocks.add(BlockKit.section(describe(reported)));
            blocks.add(BlockKit.actions(actions(reported)));
        });
        if (queue.items().size() > QUEUE_ITEMS) {
            blocks.add(BlockKit.context("…and " + (queue.items().size() - QUEUE_ITEMS)
                    + " more reported posts; handle these first to see them."));
        }
        blocks.add(BlockKit.header(":hourglass: Waiting for approval"));
        if (queue.awaitingApproval().isEmpty()) {
            blocks.add(BlockKit.section("Nothing waits for approval."));
        } else {
            StringBuilder text = new StringBuilder();
            for (PendingApproval pending : queue.awaitingApproval().stream().limit(APPROVALS_SHOWN).toList()) {
                text.append("• ").append(pending.description());
                if (pending.link() != null) {
                    text.append(" <").append(pending.link()).append("|open>");
                }
                text.append('\n');
            }
            if (queue.awaitingApproval().size() > APPROVALS_SHOWN) {
                text.append("…and ").append(queue.awaitingApproval().size() - APPROVALS_SHOWN).append(" more");
            }
            blocks.add(BlockKit.section(text.toString()));
        }
        return BlockKit.modal(QUEUE_CALLBACK, "Moderation queue", null, null, blocks);
    }

    private static String describe(Reports.ReportedItem reported) {
        ModeratedItem item = reported.item();
        StringBuilder text = new StringBuilder();
        if (item == null) {
            text.append("_").append(escape(reported.target().value())).append(" no longer exists_");
        } else {
            String title = escape(clip(item.title(), 200));
            text.append(item.link() == null ? "*" + title + "*" : "*<" + item.link() + "|" + title + ">*");
            if (item.hidden()) {
                text.append(" _(hidden)_");
            }
        }
        int count = reported.reports().size();
        text.append("\n:triangular_flag_on_post: ").append(count).append(count == 1 ? " report · " : " reports · ")
                .append(reported.reasons().entrySet().stream()
                        .map(e -> e.getKey().label() + (e.getValue() > 1 ? " ×" + e.getValue() : ""))
                        .collect(Collectors.joining(", ")));
        Set<String> reporters = new LinkedHashSet<>();
        reported.reports().forEach(r -> reporters.add("<@" + r.reporterId() + ">"));
        text.append("\nReported by ").append(String.join(", ", reporters));
        reported.reports().stream().filter(r -> r.note() != null).limit(5).forEach(r ->
                text.append("\n>").append(escape(clip(r.note().replace('\n', ' '), 300))));
        return text.toString();
    }

    private static List<BlockElement> actions(Reports.ReportedItem reported) {
        String value = reported.target().value();
        List<BlockElement> buttons = new ArrayList<>();
        if (reported.item() != null && !reported.item().hidden()) {
            var hide = BlockKit.button("Hide post", HIDE, value);
            hide.setStyle("danger");
            buttons.add(hide);
        } else if (reported.item() != null) {
            buttons.add(BlockKit.button("Restore post", RESTORE, value));
        }
        buttons.add(BlockKit.button("Dismiss reports", DISMISS, value));
        return buttons;
    }
}
