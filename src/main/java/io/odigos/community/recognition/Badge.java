package io.odigos.community.recognition;

/**
 * A badge from the catalogue and the rule that earns it: {@code github} merged pull requests of any kind, or
 * {@code count} contributions of {@code kind}, or a community fact of type {@code fact} (hackathon participant...).
 */
public record Badge(String id, String name, String emoji, String description, Integer github, ContributionKind kind,
                    Integer count, String fact) {

    public String display() {
        return emoji + " " + name;
    }

    /** The rule in words, for the published catalogue. */
    public String rule() {
        if (github != null) {
            return github == 1 ? "a first merged pull request" : github + " merged pull requests";
        }
        if (kind != null) {
            return count + " " + kind.label().toLowerCase(java.util.Locale.ROOT) + " contribution" + (count == 1 ? "" : "s");
        }
        if (fact != null) {
            return "recorded as " + fact.replace('.', ' ');
        }
        return "awarded by admins";
    }
}
