package io.odigos.community.recognition;

import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import jakarta.servlet.http.HttpServlet;
import java.util.List;
import java.util.Map;
import io.odigos.community.core.OneShotTriggers;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.TriggerKey;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

/** Contributions credited from GitHub and by admins, badges awarded by published rules, member profiles. */
public final class RecognitionFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(Contribution.class);
    static final JobKey SWEEP = JobKey.jobKey("badge-sweep", "recognition");

    private final Platform platform;
    private final RecognitionService service;
    private final RecognitionViews views = new RecognitionViews();
    private final RecognitionListeners listeners;
    private final Leaderboard leaderboard;
    private final Spotlight spotlight;
    private final OneShotTriggers triggers;
    private final Champions champions;

    public RecognitionFeature(Platform platform, RecognitionConfig config) {
        this.platform = platform;
        var settings = platform.config();
        this.service = new RecognitionService(platform.database(), platform.outbox(), platform.audit(),
                platform.members(), platform.clock(), settings.communityChannel(), config,
                new GitHubApi(settings.githubApiUrl(), settings.githubToken()));
        this.leaderboard = new Leaderboard(platform.database(), config);
        this.triggers = new OneShotTriggers(platform.scheduler());
        this.spotlight = new Spotlight(platform.database(), platform.outbox(), platform.members(), leaderboard,
                platform.clock(), settings.communityChannel(), settings.admins(),
                java.time.Duration.ofHours(settings.spotlightAutoPostHours()), triggers);
        this.champions = new Champions(platform.database(), platform.outbox(), platform.audit(), platform.members(),
                service, platform.clock(), settings.communityChannel(), settings.admins());
        this.listeners = new RecognitionListeners(service, views, leaderboard, spotlight, champions, platform.outbox(),
                platform.clock(), platform.slackApi());
    }

    public Spotlight spotlight() {
        return spotlight;
    }

    public Champions champions() {
        return champions;
    }

    public Leaderboard leaderboard() {
        return leaderboard;
    }

    public RecognitionService service() {
        return service;
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes);
        listeners.registerAdmin(platform.admin());
        platform.scheduler().registerJob(BadgeSweepJob.class, () -> new BadgeSweepJob(service));
        platform.scheduler().registerJob(SpotlightJob.class, () -> new SpotlightJob(spotlight, champions));
    }

    @Override
    public void afterStart() {
        try {
            var quartz = platform.scheduler().quartz();
            if (!quartz.checkExists(SWEEP)) {
                quartz.scheduleJob(JobBuilder.newJob(BadgeSweepJob.class).withIdentity(SWEEP)
                                .withDescription("awards badges for facts other features record").build(),
                        TriggerBuilder.newTrigger().withIdentity("badge-sweep-every-minute", "recognition")
                                .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever()
                                        .withMisfireHandlingInstructionNextWithRemainingCount()).build());
            }
            triggers.install(Spotlight.JOB, SpotlightJob.class, "drafts and posts the monthly spotlight");
            TriggerKey weekdays = TriggerKey.triggerKey("spotlight-weekdays", "recognition");
            if (!quartz.checkExists(weekdays)) {
                quartz.scheduleJob(TriggerBuilder.newTrigger().withIdentity(weekdays).forJob(Spotlight.JOB)
                        .withSchedule(CronScheduleBuilder.cronSchedule("0 0 9 ? * MON-FRI")
                                .inTimeZone(java.util.TimeZone.getTimeZone("UTC"))
                                .withMisfireHandlingInstructionFireAndProceed()).build());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the recognition jobs", e);
        }
    }

    @Override
    public List<DigestSection> digestSections() {
        return new RecognitionDigest(service, leaderboard, spotlight).sections();
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new RecognitionHome(service, views, champions));
    }

    @Override
    public Map<String, HttpServlet> servlets() {
        return Map.of(GitHubWebhookServlet.PATH, new GitHubWebhookServlet(service, platform.config().githubWebhookSecret()));
    }
}
