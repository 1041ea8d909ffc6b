package io.odigos.community.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an item stands. Open items can be voted on; closed ones are kept for the record. */
public enum FeedbackStatus {
    NEW("New", ":new:", true),
    UNDER_REVIEW("Under review", ":mag:", true),
    PLANNED("Planned", ":calendar:", true),
    IN_PROGRESS("In progress", ":hammer_and_wrench:", true),
    SHIPPED("Shipped", ":rocket:", false),
    DECLINED("Declined", ":no_entry_sign:", false),
    DUPLICATE("Duplicate", ":twisted_rightwards_arrows:", false);

    private final String label;
    private final String emoji;
    private final boolean open;

    FeedbackStatus(String label, String emoji, boolean open) {
        this.label = label;
        this.emoji = emoji;
        this.open = open;
    }

    public String label() {
        return label;
    }

    public String emoji() {
        return emoji;
    }

    public boolean isOpen() {
        return open;
    }

    /** Accepts "in-progress", "in_progress", "In progress" and the like. */
    public static Optional<FeedbackStatus> parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(s -> s.name().equals(key)).findFirst();
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
