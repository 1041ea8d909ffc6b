package io.odigos.community.design;

/** A member's quick answer to one question of a design document. */
public enum Reaction {
    PLUS_ONE("+1"),
    CONCERN("Concern");

    private final String label;

    Reaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
