package io.odigos.community.mentorship;

/** What a member answers to "how is it going": the three buttons of a check-in. */
enum CheckInAnswer {
    ON_TRACK("On track"),
    STUCK("Stuck"),
    FINISHED("Finished");

    private final String label;

    CheckInAnswer(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
