package io.odigos.community.feedback;

import io.odigos.community.slack.SlackText;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a member sent, before it is accepted: checked field by field, all problems at once. */
public record FeedbackSubmission(FeedbackKind kind, Map<FeedbackField, String> values) {

    public FeedbackSubmission {
        Map<FeedbackField, String> trimmed = new EnumMap<>(FeedbackField.class);
        values.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                trimmed.put(field, value.strip());
            }
        });
        values = Map.copyOf(trimmed);
    }

    public String value(FeedbackField field) {
        return values.get(field);
    }

    /** Problems by field, in the order the fields are asked; empty when the submission can be accepted. */
    public Map<FeedbackField, String> problems() {
        Map<FeedbackField, String> problems = new LinkedHashMap<>();
        for (FeedbackField field : FeedbackField.askedFor(kind)) {
            String value = values.get(field);
            if (value == null) {
                if (field.isRequiredFor(kind)) {
                    problems.put(field, field.label() + " is required.");
                }
                continue;
            }
            if (value.length() > field.maxLength()) {
                problems.put(field, "Please keep this under " + field.maxLength() + " characters (it has "
                        + value.length() + ").");
            } else if (!field.choices().isEmpty() && field.choices().stream().noneMatch(value::equalsIgnoreCase)) {
                problems.put(field, "Choose one of: " + String.join(", ", field.choices()) + ".");
            } else if (field == FeedbackField.TITLE && SlackText.hasBroadcast(value)) {
                problems.put(field, "A title cannot mention @channel, @here or @everyone.");
            } else if (field == FeedbackField.TITLE && value.contains("\n")) {
                problems.put(field, "Keep the title to one line.");
            }
        }
        return problems;
    }

    /** The canonical spelling of a choice field's value (as listed), so "go" is stored as "Go". */
    String normalized(FeedbackField field) {
        String value = values.get(field);
        if (value == null || field.choices().isEmpty()) {
            return value;
        }
        return field.choices().stream().filter(value::equalsIgnoreCase).findFirst().orElse(value);
    }
}
