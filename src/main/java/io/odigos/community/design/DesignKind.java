package io.odigos.community.design;

/** A design document shared for feedback, or a brainstorm: the same window and post, with no document. */
public enum DesignKind {
    DOCUMENT,
    BRAINSTORM
}
