package io.odigos.community.labs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a beta stands, as PostHog's early access features do: concept, alpha, beta, then GA or retired for good. */
public enum BetaStage {
    CONCEPT("Concept"),
    ALPHA("Alpha"),
    BETA("Beta"),
    GA("GA (graduated)"),
    RETIRED("Retired");

    /** The stages a beta is created in and moves between freely; GA and retirement end it. */
    public static final List<BetaStage> OPEN = List.of(CONCEPT, ALPHA, BETA);

    private final String label;

    BetaStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Graduated or retired: no one joins or gives feedback any more. */
    public boolean isEnded() {
        return this == GA || this == RETIRED;
    }

    /** Accepts "beta", "GA", "retired". */
    public static Optional<BetaStage> parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(key)).findFirst();
    }
}
