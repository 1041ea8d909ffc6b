package io.odigos.community.slack;

import java.util.Map;

/**
 * The checks every free-text field of a form shares, with the words members see under the field: present (when a
 * message for missing is given), within its length, and no @channel-style broadcast.
 */
public final class FormText {

    private FormText() {
    }

    /**
     * Adds the field's problem to {@code problems}, if it has one.
     *
     * @param value   the text as typed and {@link #stripped}: null when blank
     * @param missing what to say when it is blank; null when the field may be left empty
     */
    public static void check(Map<String, String> problems, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            if (missing != null) {
                problems.put(field, missing);
            }
        } else if (value.length() > max) {
            problems.put(field, "Keep it under " + max + " characters.");
        } else if (SlackText.hasBroadcast(value)) {
            problems.put(field, "It cannot mention @channel, @here or @everyone.");
        }
    }

    /** The text without its surrounding blanks; null when there is nothing else. */
    public static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
