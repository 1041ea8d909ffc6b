package io.odigos.community.feedback;

/** Where a submission came from. */
public enum FeedbackSource {
    SLASH_COMMAND,
    MESSAGE_SHORTCUT,
    API
}
