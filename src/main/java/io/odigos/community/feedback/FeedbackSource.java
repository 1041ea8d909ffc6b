package io.odigos.community.feedback;

/** Where a submission came from. */
public enum FeedbackSource {
    SLASH_COMMAND,
    MESSAGE_SHORTCUT,
    API,
    /** A discussion started on GitHub, in the mirrored category (its sourceLink is the discussion). */
    GITHUB
}
