package io.odigos.community.feedback;

/** What a member is submitting. */
public enum FeedbackKind {
    FEATURE("Feature request", ":bulb:"),
    BUG("Bug report", ":beetle:");

    private final String label;
    private final String emoji;

    FeedbackKind(String label, String emoji) {
        this.label = label;
        this.emoji = emoji;
    }

    public String label() {
        return label;
    }

    public String emoji() {
        return emoji;
    }
}
