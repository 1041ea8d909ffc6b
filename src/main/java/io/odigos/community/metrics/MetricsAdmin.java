package io.odigos.community.metrics;

import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.DmFiles;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.AfterAck;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /community-admin metrics}: the six metrics as text, and {@code metrics chart}: their trends as a PNG. */
final class MetricsAdmin {

    /** How much history the chart shows. */
    static final int CHART_DAYS = 365;

    private final MetricsService service;
    private final Members members;
    private final AfterAck afterAck;
    private final DmFiles files;
    private final Clock clock;

    MetricsAdmin(MetricsService service, Members members, AfterAck afterAck, DmFiles files, Clock clock) {
        this.service = service;
        this.members = members;
        this.afterAck = afterAck;
        this.files = files;
        this.clock = clock;
    }

    void register(AdminCommands admin) {
        admin.add("Metrics", "metrics", "metrics [chart]", "the programme's success metrics against their targets; `chart` sends "
                + "a PNG of their trends to your DM", req -> {
                    members.requireAdmin(req.adminId());
                    String args = req.arguments().strip();
                    if (args.isEmpty()) {
                        return report(service.current());
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

    /** Drawing and uploading take a while, so both run after the ack; the admin is told the chart is coming. */
    private String chart(String adminId) {
        Map<Metric, List<MetricSnapshots.Point>> history = service.history(CHART_DAYS);
        if (history.isEmpty()) {
            throw new Refusal("There are no snapshots to chart yet: the first is taken at "
                    + MetricsFeature.SNAPSHOT_TIME + " UTC.");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        afterAck.run("metrics chart for " + adminId, () -> files.send(adminId, "metrics-" + today + ".png",
                MetricsChart.png(history, service::goal), "Programme metrics, " + today,
                "The trends of the programme's metrics from the daily snapshots."));
        return ":hourglass_flowing_sand: Drawing the chart of the metrics' trends; it arrives in your DM as a PNG.";
    }
}
