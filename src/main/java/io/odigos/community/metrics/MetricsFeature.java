package io.odigos.community.metrics;

import io.odigos.community.slack.DmFiles;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import java.util.List;
import org.quartz.JobKey;

/**
 * The programme's success metrics: computed from the sources other features supply, snapshotted daily, shown to
 * admins by command and on their Home tab, charted on request. Other code reads them through {@link #service()}.
 */
public final class MetricsFeature implements Feature {

    static final int SNAPSHOT_HOUR = 0;
    static final int SNAPSHOT_MINUTE = 30;
    static final String SNAPSHOT_TIME = String.format("%02d:%02d", SNAPSHOT_HOUR, SNAPSHOT_MINUTE);
    static final JobKey SNAPSHOT_JOB = JobKey.jobKey("metrics-snapshot", "metrics");

    private final Platform platform;
    private final MetricsService service;
    private final MetricsAdmin admin;

    /**
     * @param sources  one per metric at most; a metric without one shows as unavailable
     * @param activity the features' activity counts shown under the metrics to admins
     */
    public MetricsFeature(Platform platform, List<MetricSource> sources, List<ActivityCounts> activity) {
        this.platform = platform;
        this.service = new MetricsService(sources, platform.config().metricGoals(),
                new MetricsStore(platform.database()), platform.clock());
        this.admin = new MetricsAdmin(service, activity, platform.members(), platform.tasks(),
                new DmFiles(platform.poster()), platform.clock());
    }

    public MetricsService service() {
        return service;
    }

    @Override
    public void register(SlackRoutes routes) {
        admin.register(platform.admin());
        platform.scheduler().registerJob(MetricsSnapshotJob.class, () -> new MetricsSnapshotJob(service));
    }

    /**
     * The job and its daily trigger live in Quartz's tables, so they are created once and survive restarts. A run
     * missed while the bot was down fires once when it is back (FIRE_AND_PROCEED): the day still gets its snapshot.
     */
    @Override
    public void afterStart() {
        platform.scheduler().dailyUtc(SNAPSHOT_JOB, MetricsSnapshotJob.class, SNAPSHOT_HOUR, SNAPSHOT_MINUTE,
                "snapshots the programme's success metrics");
    }

    /** The newsletter's "month in numbers": the goals that have a value, against their targets. */
    @Override
    public List<DigestSection> digestSections() {
        return List.of(DigestSection.of("metrics.numbers", "The month in numbers", period -> {
            if (!period.isNewsletter()) {
                return List.of();
            }
            String lines = service.current().stream().filter(m -> m.value().isPresent())
                    .map(m -> "• " + MetricsText.headline(m)).collect(java.util.stream.Collectors.joining("\n"));
            return lines.isEmpty() ? List.of() : List.of(BlockKit.section(lines));
        }));
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new MetricsHome(service, platform.members()));
    }
}
