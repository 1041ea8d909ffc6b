package io.odigos.community.design;

/** What became of a design document once its feedback window closed. */
public enum Outcome {
    ACCEPTED("Accepted", ":white_check_mark:"),
    CHANGED("Changed after feedback", ":arrows_counterclockwise:"),
    DECLINED("Declined", ":x:"),
    POSTPONED("Postponed", ":hourglass:");

    private final String label;
    private final String emoji;

    Outcome(String label, String emoji) {
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
