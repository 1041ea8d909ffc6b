package io.odigos.community.knowledge;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.SlackText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The *Share a guide* modal: title, summary, kind, link, body in mrkdwn, topics, Odigos version and whether the
 * public page may show the author's name. Opened empty, prefilled from a Slack thread, or with the entry a reviewer
 * sent back (then its note shows on top).
 */
final class EntryForm {

    static final String CALLBACK = "kb-entry-form";
    static final String INPUT = "value";
    /** The one option of the "show my name" checkbox. */
    static final String SHOW = "show";

    /** What the form carries: the entry being edited (null: a new one) and the thread it was saved from. */
    record State(Long entryId, String sourceThread) {
    }

    private EntryForm() {
    }

    /** A new entry, empty or with a thread's text as its body and the thread's link. */
    static View share(List<String> topics, String body, String sourceThread) {
        String clipped = body == null || body.isBlank() ? null : SlackText.clip(body.strip(), EntryDraft.MAX_BODY);
        EntryDraft start = new EntryDraft(null, null, null, null, clipped, List.of(), null, sourceThread, false);
        return view(topics, start, new State(null, sourceThread), null);
    }

    /** The entry its author edits after a reviewer asked for changes. */
    static View edit(List<String> topics, KnowledgeEntry entry) {
        EntryDraft current = new EntryDraft(entry.title(), entry.summary(), entry.kind(), entry.link(), entry.body(),
                entry.topics(), entry.odigosVersion(), entry.sourceThread(), entry.showAuthor());
        return view(topics, current, new State(entry.id(), entry.sourceThread()), entry.reviewNote());
    }

    private static View view(List<String> topics, EntryDraft d, State state, String reviewNote) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(reviewNote == null
                ? "Share a tutorial, guide, best practice or workshop material. A reviewer reads it before it is "
                        + "listed; you hear from them in a DM."
                : ":pencil2: The reviewer asked:\n>" + SlackText.escape(reviewNote).replace("\n", "\n>")));
        blocks.add(text(EntryDraft.TITLE, "Title", false, false, EntryDraft.MAX_TITLE, d.title()));
        blocks.add(text(EntryDraft.SUMMARY, "Summary: what does it teach?", false, true, EntryDraft.MAX_SUMMARY,
                d.summary()));
        List<OptionObject> kinds = Arrays.stream(EntryKind.values()).map(k -> BlockKit.option(k.label(), k.name()))
                .toList();
        OptionObject kind = d.kind() == null ? null : kinds.get(d.kind().ordinal());
        blocks.add(BlockKit.input(EntryDraft.KIND, "Kind", false,
                BlockKit.select(INPUT, List.of(BlockKit.optionGroup("Kinds", kinds)), kind)));
        blocks.add(BlockKit.input(EntryDraft.LINK, "Link to the guide (or write it below)", true,
                BlockKit.link(INPUT, d.link())));
        blocks.add(text(EntryDraft.BODY, "The guide itself, in Slack formatting (or give a link above)", true, true,
                EntryDraft.MAX_BODY, d.body()));
        List<OptionObject> offered = topics.stream().map(t -> BlockKit.option(t, t)).toList();
        blocks.add(BlockKit.input(EntryDraft.TOPICS, "Topics (up to " + EntryDraft.MAX_TOPICS + ")", false,
                BlockKit.multiSelect(INPUT, offered, offered.stream().filter(o -> d.topics().contains(o.getValue()))
                        .toList())));
        blocks.add(BlockKit.input(EntryDraft.VERSION, "Odigos version it was written for", false,
                BlockElements.plainTextInput(p -> p.actionId(INPUT).maxLength(16).initialValue(d.odigosVersion())
                        .placeholder(plainText("e.g. 1.0")))));
        OptionObject show = OptionObject.builder().text(BlockCompositions.plainText("Show my name on the public page"))
                .value(SHOW).build();
        blocks.add(BlockKit.input(EntryDraft.SHOW_AUTHOR, "Credit", true, BlockElements.checkboxes(c -> c.actionId(INPUT)
                .options(List.of(show)).initialOptions(d.showAuthor() ? List.of(show) : null))));
        return BlockKit.modal(CALLBACK, state.entryId() == null ? "Share a guide" : "Edit your entry",
                state.entryId() == null ? "Send for review" : "Resubmit", state, blocks);
    }

    private static LayoutBlock text(String blockId, String label, boolean optional, boolean multiline, int max,
                                    String initial) {
        return BlockKit.input(blockId, label, optional, BlockElements.plainTextInput(p -> p.actionId(INPUT)
                .multiline(multiline).maxLength(max).initialValue(initial)));
    }

    /** The draft as typed, or {@link InvalidInput} for a kind no option has; the draft's rules run in the service. */
    static EntryDraft read(ModalValues values, State state) {
        String kind = values.text(EntryDraft.KIND);
        EntryKind chosen = Arrays.stream(EntryKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        if (kind != null && chosen == null) {
            throw new InvalidInput(Map.of(EntryDraft.KIND, "Pick a kind from the list."));
        }
        return new EntryDraft(values.text(EntryDraft.TITLE), values.text(EntryDraft.SUMMARY), chosen,
                values.text(EntryDraft.LINK), values.text(EntryDraft.BODY), values.selected(EntryDraft.TOPICS),
                values.text(EntryDraft.VERSION), state.sourceThread(),
                values.selected(EntryDraft.SHOW_AUTHOR).contains(SHOW));
    }
}
