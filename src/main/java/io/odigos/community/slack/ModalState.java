package io.odigos.community.slack;

import com.google.gson.Gson;
import io.odigos.community.core.Refusal;

/**
 * The one format of a modal's {@code private_metadata}: a small record per form, as JSON. Slack keeps at most 3,000
 * characters there, so writing more is the bot's bug and fails at once instead of at {@code views.open}. A modal
 * opened before an upgrade may come back with another shape; reading it refuses with words, never a 500.
 */
public final class ModalState {

    /** Slack's limit on {@code private_metadata}. */
    public static final int MAX_LENGTH = 3000;
    public static final String OUT_OF_DATE = "This form is out of date; open it again.";

    private static final Gson GSON = new Gson();

    private ModalState() {
    }

    public static String write(Record state) {
        String json = GSON.toJson(state);
        if (json.length() > MAX_LENGTH) {
            throw new IllegalStateException(state.getClass().getSimpleName() + " needs " + json.length()
                    + " characters of private_metadata; Slack keeps " + MAX_LENGTH);
        }
        return json;
    }

    /** The state a modal carries; refuses when it is missing or not what this form writes. */
    public static <T extends Record> T read(String json, Class<T> type) {
        T state;
        try {
            state = json == null ? null : GSON.fromJson(json, type);
        } catch (RuntimeException e) { // Gson's parse errors, or the record's own check of its components
            throw new Refusal(OUT_OF_DATE);
        }
        if (state == null) {
            throw new Refusal(OUT_OF_DATE);
        }
        return state;
    }
}
