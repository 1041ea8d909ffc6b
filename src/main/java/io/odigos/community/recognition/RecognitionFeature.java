package io.odigos.community.recognition;

import io.odigos.community.core.CommunityFacts;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import jakarta.servlet.http.HttpServlet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import io.odigos.community.core.OneShotTriggers;
import org.quartz.CronScheduleBuilder;
import org.quartz.TriggerKey;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;

/** Contributions credited from GitHub and by admins, badges awarded by published rules, member profiles. */
public final class RecognitionFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(Contribution.class);
    static final JobKey SWEEP = JobKey.jobKey("badge-sweep", "recognition");

    private final Platform platform;
    private final RecognitionService service;
    private final GitHubContributions github;
    private final Badges badges;
    private final RecognitionViews views;
    private final RecognitionListeners listeners;
    private final Leaderboard leaderboard;
    private final Spotlight spotlight;
    private final OneShotTriggers triggers;
    private final Champions champions;
    private final Optional<GitHubOAuth> githubOAuth;
    private final GitHubDeliveries deliveries;
    /** The webhook's handlers by X-GitHub-Event: recognition's own, and those other features register. */
    private final Map<String, GitHubEvents> webhookHandlers = new ConcurrentHashMap<>();

    public RecognitionFeature(Platform platform, RecognitionConfig config) {
        this.platform = platform;
        var settings = platform.config();
        GitHubApi githubApi = new GitHubApi(settings.githubApiUrl(), settings.githubToken());
        var database = platform.database();
        RecognitionStore store = new RecognitionStore(database);
        this.badges = new Badges(database, store, platform.outbox(), platform.adminWrites(), platform.clock(),
                settings.communityChannel(), config);
        this.service = new RecognitionService(database, store, badges, platform.adminWrites(), platform.clock(), config);
        this.deliveries = new GitHubDeliveries(database, platform.clock());
        this.github = new GitHubContributions(database, store, badges, platform.outbox(), platform.adminWrites(),
                platform.clock(), config, githubApi, deliveries);
        onGitHubEvents(new PullRequestEvents(github));
        this.githubOAuth = settings.githubOAuth().map(app -> new GitHubOAuth(settings.githubOAuthUrl(), app,
                settings.publicUrl(), githubApi, new OAuthStates(app.clientSecret(), platform.clock())));
        this.views = new RecognitionViews(githubOAuth.isPresent());
        this.leaderboard = new Leaderboard(store, config);
        this.triggers = new OneShotTriggers(platform.scheduler());
        this.spotlight = new Spotlight(database, store, platform.outbox(), platform.adminWrites(), leaderboard,
                platform.clock(), settings.communityChannel(), settings.admins(),
                java.time.Duration.ofHours(settings.spotlightAutoPostHours()), triggers, new CommunityFacts());
        this.champions = new Champions(database, store, platform.outbox(), platform.adminWrites(), badges, config,
                platform.clock(), settings.communityChannel(), settings.admins());
        this.listeners = new RecognitionListeners(service, github, badges, views, leaderboard, spotlight, champions,
                platform.outbox(), platform.clock(), platform.modals(), githubOAuth);
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

    public GitHubContributions github() {
        return github;
    }

    public Badges badges() {
        return badges;
    }

    /** The webhook deliveries already handled, for another feature's {@link GitHubEvents} to record its own. */
    public GitHubDeliveries deliveries() {
        return deliveries;
    }

    /** A feature handles its X-GitHub-Event of the webhook (discussions: {@code discussion}); wired at start. */
    public void onGitHubEvents(GitHubEvents handler) {
        if (webhookHandlers.putIfAbsent(handler.event(), handler) != null) {
            throw new IllegalStateException("the GitHub event " + handler.event() + " already has a handler");
        }
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes);
        listeners.registerAdmin(platform.admin());
        platform.scheduler().registerJob(BadgeSweepJob.class, () -> new BadgeSweepJob(badges));
        platform.scheduler().registerJob(SpotlightJob.class, () -> new SpotlightJob(spotlight, champions));
    }

    @Override
    public void afterStart() {
        try {
            platform.scheduler().everyMinute(SWEEP, BadgeSweepJob.class, "awards badges for facts other features record");
            var quartz = platform.scheduler().quartz();
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
        Map<String, HttpServlet> servlets = new HashMap<>();
        servlets.put(GitHubWebhookServlet.PATH, new GitHubWebhookServlet(webhookHandlers,
                platform.config().githubWebhookSecret()));
        githubOAuth.ifPresent(oauth -> {
            servlets.put(GitHubOAuth.CONNECT_PATH, new GitHubConnectServlet(oauth));
            servlets.put(GitHubOAuth.CALLBACK_PATH, new GitHubCallbackServlet(oauth, github));
        });
        return servlets;
    }
}
