package io.odigos.community.knowledge;

import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.FormText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-field modals about an entry: a reviewer's note (what to change, why it is declined) and a reader's comment
 * after *Not helpful*. Each text reaches the author as a DM, so it is checked like any member text.
 */
final class NoteForm {

    static final String NOTE = "kb-note";
    static final String INPUT = "value";

    /** Which entry the note is about. */
    record State(long entryId) {
    }

    enum Purpose {
        CHANGES("kb-changes-form", "Ask for changes", "What should the author change?", "Send to author", 1000, true),
        DECLINE("kb-decline-form", "Decline entry", "Why is it declined? The author reads this.", "Decline", 1000, true),
        COMMENT("kb-comment-form", "Not helpful", "What was missing or wrong? The author reads this; it is optional.",
                "Send", 500, false);

        final String callback;
        final String title;
        final String label;
        final String submit;
        final int max;
        final boolean required;

        Purpose(String callback, String title, String label, String submit, int max, boolean required) {
            this.callback = callback;
            this.title = title;
            this.label = label;
            this.submit = submit;
            this.max = max;
            this.required = required;
        }

        /** Refuses, under the note's field, a missing (when required), overlong or broadcasting text. */
        void check(String note) {
            Map<String, String> problems = new HashMap<>();
            FormText.check(problems, NOTE, note, max, required ? "Say what the author should know." : null);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }

        View view(KnowledgeEntry entry) {
            return BlockKit.modal(callback, title, submit, new State(entry.id()), List.of(
                    BlockKit.section(KnowledgeMessages.title(entry)),
                    BlockKit.input(NOTE, label, !required, BlockElements.plainTextInput(p -> p.actionId(INPUT)
                            .multiline(true).maxLength(max)))));
        }
    }

    private NoteForm() {
    }
}
