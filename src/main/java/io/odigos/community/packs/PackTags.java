package io.odigos.community.packs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tags a pack may carry, four kinds each with a fixed list, so filters on the portal and in Slack find every pack
 * that means the same thing ("Go", never "golang" and "go"). A tag is stored as "kind:value", like "language:Java".
 */
public enum PackTags {
    LANGUAGE("Language", List.of("Java", "Go", "Python", "Node.js", ".NET", "PHP", "Ruby", "Rust", "C++")),
    DESTINATION("Destination", List.of("Tempo", "Jaeger", "Prometheus", "Loki", "Grafana Cloud", "Elasticsearch",
            "ClickHouse", "Datadog", "Honeycomb", "New Relic", "Dynatrace", "Splunk", "Coralogix", "OTLP")),
    SIGNAL("Signal", List.of("Traces", "Metrics", "Logs")),
    SCENARIO("Scenario", List.of("PII and compliance", "Sampling and cost", "Troubleshooting", "Service mesh",
            "Multi-cluster", "Getting started", "Performance"));

    private final String label;
    private final List<String> choices;

    PackTags(String label, List<String> choices) {
        this.label = label;
        this.choices = choices;
    }

    public String label() {
        return label;
    }

    public List<String> choices() {
        return choices;
    }

    /** The stored form, like "language:Java". */
    public String tag(String value) {
        return name().toLowerCase(Locale.ROOT) + ":" + value;
    }

    /** The kind of a stored tag; empty for one no kind offers (a tag dropped from a list since). */
    public static Optional<PackTags> kindOf(String tag) {
        return Arrays.stream(values()).filter(k -> k.choices.stream().anyMatch(v -> k.tag(v).equals(tag))).findFirst();
    }

    /** The value part of a stored tag, as shown. */
    public static String shown(String tag) {
        return tag.substring(tag.indexOf(':') + 1);
    }

    /** Whether the stored tag is one of the offered ones. */
    public static boolean known(String tag) {
        return kindOf(tag).isPresent();
    }
}
