package io.odigos.community.ownership;

import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.FormText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-field modals about a claim: the owner's *Progress* and *Need help* notes, and an admin's reason to decline.
 * Each reaches other people as a DM, so it is checked like any member text.
 */
final class NoteForm {

    static final String NOTE = "ownership_note";
    static final String INPUT = "value";
    static final int MAX = 500;

    /** Which claim the note is about. */
    record State(long claimId) {
    }

    enum Purpose {
        PROGRESS("ownership_progress_form", "Progress", "What moved since the last check-in?", "Send"),
        HELP("ownership_help_form", "Need help", "What would help? The admins read this.", "Ask for help"),
        DECLINE("ownership_decline_form", "Decline claim", "Why is it declined? The member reads this.", "Decline");

        final String callback;
        final String title;
        final String label;
        final String submit;

        Purpose(String callback, String title, String label, String submit) {
            this.callback = callback;
            this.title = title;
            this.label = label;
            this.submit = submit;
        }

        View view(long claimId, String about) {
            return BlockKit.modal(callback, title, submit, new State(claimId), List.of(
                    BlockKit.section(about),
                    BlockKit.input(NOTE, label, false, BlockElements.plainTextInput(p -> p.actionId(INPUT)
                            .multiline(true).maxLength(MAX)))));
        }
    }

    private NoteForm() {
    }

    /** Refuses, under the note's field, a missing, overlong or broadcasting text; answers it stripped. */
    static String checked(String note) {
        Map<String, String> problems = new HashMap<>();
        FormText.check(problems, NOTE, note, MAX, "Write a line or two.");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return note.strip();
    }
}
