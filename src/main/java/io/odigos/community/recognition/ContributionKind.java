package io.odigos.community.recognition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a contribution was. */
public enum ContributionKind {
    BUG_FIX("Bug fix"),
    DOCUMENTATION("Documentation"),
    FEATURE("Feature"),
    TUTORIAL("Tutorial"),
    TALK("Talk"),
    MENTORING("Mentoring"),
    EVENT_ORGANISING("Event organising"),
    REVIEW("Review"),
    TRIAGE("Triage"),
    COMMUNITY_SUPPORT("Community support"),
    PACK("Observability pack"),
    BETA_TESTING("Beta testing");

    private final String label;

    ContributionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts "bug-fix", "bug_fix", "Bug fix". */
    public static Optional<ContributionKind> parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(k -> k.name().equals(key)).findFirst();
    }
}
