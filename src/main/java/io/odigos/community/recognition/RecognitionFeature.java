package io.odigos.community.recognition;

import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import jakarta.servlet.http.HttpServlet;
import java.util.List;
import java.util.Map;
import org.quartz.JobBuilder;
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

    public RecognitionFeature(Platform platform, RecognitionConfig config) {
        this.platform = platform;
        this.service = new RecognitionService(platform.database(), platform.outbox(), platform.audit(),
                platform.members(), platform.clock(), platform.config().communityChannel(), config);
        this.listeners = new RecognitionListeners(service, views, platform.slackApi());
    }

    public RecognitionService service() {
        return service;
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes);
        listeners.registerAdmin(platform.admin());
        platform.scheduler().registerJob(BadgeSweepJob.class, () -> new BadgeSweepJob(service));
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
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the badge sweep", e);
        }
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new RecognitionHome(service, views));
    }

    @Override
    public Map<String, HttpServlet> servlets() {
        return Map.of(GitHubWebhookServlet.PATH, new GitHubWebhookServlet(service, platform.config().githubWebhookSecret()));
    }
}
