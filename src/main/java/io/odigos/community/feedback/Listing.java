package io.odigos.community.feedback;

import java.util.Locale;

/** The ways members browse requests. */
public enum Listing {
    TOP("Top voted"),
    NEWEST("Newest"),
    MINE("Mine"),
    SEARCH("Search");

    private final String label;

    Listing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
