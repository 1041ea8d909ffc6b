package io.odigos.community.feedback;

/** A request the feedback rules refuse; the message is what the member is told. Nothing was changed. */
public class FeedbackException extends RuntimeException {
    public FeedbackException(String message) {
        super(message);
    }
}
