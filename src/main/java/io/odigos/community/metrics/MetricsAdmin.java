package io.odigos.community.metrics;

import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.DmFiles;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.DurableTasks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /community-admin metrics}: the six metrics as text, and {@code metrics chart}: their trends as a PNG. */
final class MetricsAdmin {

    private static final String CHART_TASK = "metrics.chart";

    /** How much history the chart shows. */
    static final int CHART_DAYS = 365;

    private final MetricsService service;
    private final List<ActivityCounts> activity;
    private final Members members;
    private final DurableTasks tasks;
    private final DmFiles files;
    private final Clock clock;

    MetricsAdmin(MetricsService service, List<ActivityCounts> activity, Members members, DurableTasks tasks,
                 DmFiles files, Clock clock) {
        this.service = service;
        this.activity = List.copyOf(activity);
        this.members = members;
        this.tasks = tasks;
        this.files = files;
        this.clock = clock;
        tasks.register(CHART_TASK, p -> sendChart(p.get("admin"), p.get("day")));
    }

    void register(AdminCommands admin) {
        admin.add("Metrics", "metrics", "metrics [chart]", "the programme's success metrics against their targets; `chart` sends "
                + "a PNG of their trends to your DM", req -> {
                    members.requireAdmin(req.adminId());
                    String args = req.arguments().strip();
                    if (args.isEmpty()) {
                        return report(service.current()) + activity();
                    }
                    if (args.equals("chart")) {
                        return chart(req.adminId());
                    }
                    throw new Refusal("Use `" + AdminCommands.COMMAND + " metrics` or `" + AdminCommands.COMMAND
                            + " metrics chart`.");
                });
    }

    static String report(List<MetricValue> values) {
        return ":bar_chart: *Programme metrics* (definitions: docs/METRICS.md)\n\n"
                + values.stream().map(MetricsText::describe).collect(Collectors.joining("\n\n"));
    }

    /** The features' activity counts under the metrics; nothing when no feature supplies any. */
    private String activity() {
        List<ActivityCounts.Line> lines = activity.stream().flatMap(a -> a.read(clock.instant()).stream()).toList();
        return lines.isEmpty() ? "" : "\n\n*Activity*\n" + lines.stream()
                .map(l -> "• " + l.label() + ": " + l.counts()).collect(Collectors.joining("\n"));
    }

    /** Drawing and uploading take a while, so both run after the ack; the admin is told the chart is coming. */
    private String chart(String adminId) {
        Map<Metric, List<SnapshotPoint>> history = service.history(CHART_DAYS);
        if (history.isEmpty()) {
            throw new Refusal("There are no snapshots to chart yet: the first is taken at "
                    + MetricsFeature.SNAPSHOT_TIME + " UTC.");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        tasks.run(CHART_TASK, Map.of("admin", adminId, "day", today.toString()));
        return ":hourglass_flowing_sand: Drawing the chart of the metrics' trends; it arrives in your DM as a PNG.";
    }

    /** Drawn from the snapshots when the task runs, so a retry after a restart sends the same trends. */
    private void sendChart(String adminId, String day) throws io.odigos.community.slack.DeliveryException {
        files.send(adminId, "metrics-" + day + ".png", MetricsChart.png(service.history(CHART_DAYS), service::goal),
                "Programme metrics, " + day, "The trends of the programme's metrics from the daily snapshots.");
    }
}
