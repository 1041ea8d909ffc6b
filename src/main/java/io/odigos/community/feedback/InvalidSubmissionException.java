package io.odigos.community.feedback;

import java.util.Map;

/** A submission with problems in named fields; nothing was stored. */
public class InvalidSubmissionException extends RuntimeException {

    private final Map<FeedbackField, String> problems;

    public InvalidSubmissionException(Map<FeedbackField, String> problems) {
        super("invalid submission: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<FeedbackField, String> problems() {
        return problems;
    }
}
