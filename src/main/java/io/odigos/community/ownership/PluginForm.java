package io.odigos.community.ownership;

import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.ModalValues;
import java.util.List;

/** The *Propose a plugin* modal: its name, what it does, and a link to its repository or design (a URL input). */
final class PluginForm {

    static final String CALLBACK = "ownership_plugin";
    static final String INPUT = "value";

    /** Nothing to carry: the proposal is the member's. */
    record State() {
    }

    private PluginForm() {
    }

    static View view() {
        return BlockKit.modal(CALLBACK, "Propose a plugin", "Propose", new State(), List.of(
                BlockKit.context("Tell the admins what you will build; once approved you lead it and get a check-in "
                        + "every two weeks."),
                BlockKit.input(PluginDraft.NAME, "Name", false, BlockElements.plainTextInput(p -> p.actionId(INPUT)
                        .maxLength(PluginDraft.MAX_NAME))),
                BlockKit.input(PluginDraft.SUMMARY, "What it does", false, BlockElements.plainTextInput(p -> p
                        .actionId(INPUT).multiline(true).maxLength(PluginDraft.MAX_SUMMARY))),
                BlockKit.input(PluginDraft.LINK, "Repository or design", false, BlockKit.link(INPUT, null))));
    }

    static PluginDraft read(ModalValues values) {
        return new PluginDraft(values.text(PluginDraft.NAME), values.text(PluginDraft.SUMMARY),
                values.text(PluginDraft.LINK));
    }
}
