package io.odigos.community.events;

/** The kinds of community event. */
public enum EventKind {
    COMMUNITY_CALL("Community call", ":telephone_receiver:"),
    WEBINAR("Webinar", ":tv:"),
    WORKSHOP("Workshop", ":hammer_and_wrench:"),
    OFFICE_HOURS("Office hours", ":raising_hand:");

    private final String label;
    private final String emoji;

    EventKind(String label, String emoji) {
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
