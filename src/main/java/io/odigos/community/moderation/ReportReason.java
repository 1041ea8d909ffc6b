package io.odigos.community.moderation;

import java.util.Arrays;
import java.util.Optional;

/** Why a member reports an item; the choices of the report form. */
public enum ReportReason {
    SPAM("Spam"),
    OFF_TOPIC("Off-topic"),
    ABUSIVE("Abusive"),
    OTHER("Other");

    private final String label;

    ReportReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<ReportReason> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
