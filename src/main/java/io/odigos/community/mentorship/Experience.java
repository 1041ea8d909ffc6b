package io.odigos.community.mentorship;

/** How much a mentee has contributed to open source before, as the request form offers it. */
public enum Experience {
    NEW("New to open source"),
    SOME("A few contributions elsewhere"),
    EXPERIENCED("Experienced, new to Odigos");

    private final String label;

    Experience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
