package io.odigos.community.metrics;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a metric reads in Slack: value, target, a progress bar, the trend, or why it is unavailable; and its breakdown
 * into groups on a line of its own.
 */
final class MetricsText {

    static final int BAR_WIDTH = 10;

    private MetricsText() {
    }

    /** One metric as mrkdwn: "*Active contributors* (last 90 days)\n14 contributors · target 35 · … · ▓▓▓▓░░░░░░ 40 %". */
    static String describe(MetricValue m) {
        Metric metric = Metric.byId(m.id()).orElseThrow();
        StringBuilder b = new StringBuilder("*").append(m.name()).append("* (").append(m.window()).append(")\n");
        if (m.value().isEmpty()) {
            return b.append("unavailable: ").append(m.unavailableReason().orElse("no value"))
                    .append(" · target ").append(number(m.target(), metric)).append(' ').append(m.unit()).toString();
        }
        b.append(number(m.value().get(), metric)).append(' ').append(m.unit())
                .append(" · target ").append(number(m.target(), metric))
                .append(" · baseline ").append(number(m.baseline(), metric));
        m.progress().ifPresent(p -> b.append(" · ").append(bar(p)));
        m.trend().ifPresent(t -> b.append(" · ").append(trend(t, metric)));
        if (!m.breakdown().isEmpty()) {
            b.append('\n').append(breakdown(m.breakdown(), metric));
        }
        return b.toString();
    }

    /** One available metric in a line for members: "*Active contributors*: 14 contributors (target 35, last 90 days)". */
    static String headline(MetricValue m) {
        Metric metric = Metric.byId(m.id()).orElseThrow();
        return "*" + m.name() + "*: " + number(m.value().orElseThrow(), metric) + " " + m.unit() + " (target "
                + number(m.target(), metric) + ", " + m.window() + ")"
                + (m.breakdown().isEmpty() ? "" : "\n    " + breakdown(m.breakdown(), metric));
    }

    /** The groups side by side: "mentored 4 of 5 · 80 %; not mentored: nobody in this cohort". */
    static String breakdown(List<Reading.Share> shares, Metric metric) {
        return shares.stream().map(s -> s.percent().map(p -> s.label() + " " + s.count() + " of " + s.outOf() + " · "
                        + number(p, metric) + " %").orElse(s.label() + ": nobody in this cohort"))
                .collect(Collectors.joining("; "));
    }

    /** A text progress bar against target, "▓▓▓▓▓░░░░░ 50 %": full from 100 % on; the figure may go beyond. */
    static String bar(double progress) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, progress)) * BAR_WIDTH);
        return "▓".repeat(filled) + "░".repeat(BAR_WIDTH - filled) + " " + Math.round(progress * 100) + " %";
    }

    static String trend(MetricValue.Trend t, Metric metric) {
        String change = number(Math.abs(t.change()), metric);
        if (change.equals(number(0, metric))) {
            return "no change since " + t.since();
        }
        return (t.change() > 0 ? "▲ +" : "▼ −") + change + " since " + t.since();
    }

    static String number(double value, Metric metric) {
        return String.format(Locale.ROOT, "%." + metric.decimals() + "f", value);
    }
}
