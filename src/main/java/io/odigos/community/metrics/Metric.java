package io.odigos.community.metrics;

import io.odigos.community.core.BotConfig;
import java.util.Optional;
import java.util.function.Function;

/** The programme's six success metrics, as defined in docs/METRICS.md. */
public enum Metric {
    ACTIVE_CONTRIBUTORS("active-contributors", "Active contributors", "contributors", 0, "last 90 days",
            BotConfig.MetricGoals::activeContributors, "no source is connected"),
    EVENTS_HELD("events-held", "Events held per quarter", "events", 0, "last 90 days",
            BotConfig.MetricGoals::eventsHeld, "no source is connected"),
    NEW_CONTRIBUTOR_RETENTION("new-contributor-retention", "New-contributor retention", "%", 0,
            "latest quarter whose 90-day follow-up has closed",
            BotConfig.MetricGoals::retention, "no source is connected"),
    CALL_ATTENDANCE("community-call-attendance", "Community-call participation", "attendees per call", 1,
            "community calls in the last 90 days",
            BotConfig.MetricGoals::callAttendance, "no source is connected"),
    TUTORIALS_PUBLISHED("tutorials-published", "Community tutorials published", "tutorials", 0, "last 6 months",
            BotConfig.MetricGoals::tutorials, "no source is connected"),
    VOTED_FEATURES_SHIPPED("voted-features-shipped", "Community-voted features shipped", "features", 0,
            "last 12 months",
            BotConfig.MetricGoals::votedShipped, "no source is connected");

    private final String id;
    private final String label;
    private final String unit;
    private final int decimals;
    private final String window;
    private final Function<BotConfig.MetricGoals, BotConfig.Goal> goal;
    private final String withoutSource;

    Metric(String id, String label, String unit, int decimals, String window,
           Function<BotConfig.MetricGoals, BotConfig.Goal> goal, String withoutSource) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.decimals = decimals;
        this.window = window;
        this.goal = goal;
        this.withoutSource = withoutSource;
    }

    /** Stable identifier, stored in snapshots and handed to the newsletter. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Decimals shown for a value of this metric. */
    public int decimals() {
        return decimals;
    }

    /** What the metric covers, as docs/METRICS.md defines it; sources may say it more precisely. */
    public String window() {
        return window;
    }

    public BotConfig.Goal goal(BotConfig.MetricGoals goals) {
        return goal.apply(goals);
    }

    /** Why the metric shows no value while no feature supplies it. */
    public String withoutSource() {
        return withoutSource;
    }

    public static Optional<Metric> byId(String id) {
        for (Metric m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
