package io.odigos.community.discussions;

import io.odigos.community.core.BotConfig;
import io.odigos.community.feedback.ImportedRequests;
import io.odigos.community.recognition.GitHubApi;
import io.odigos.community.recognition.GitHubDeliveries;
import io.odigos.community.recognition.GitHubEvents;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.quartz.Job;
import org.quartz.JobKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feature requests mirrored to GitHub Discussions (issue 18): the GraphQL client and its points budget, a start-up
 * check of GITHUB_DISCUSSIONS_CATEGORY, the mirror that writes requests to discussions, and {@code /community-admin
 * github} showing all of it.
 */
public final class DiscussionsFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(DiscussionMirror.class);
    static final JobKey MIRROR = JobKey.jobKey("discussions-mirror", "discussions");
    static final JobKey POLL_UPVOTES = JobKey.jobKey("discussions-upvotes", "discussions");
    private static final Logger log = LoggerFactory.getLogger(DiscussionsFeature.class);

    private final Platform platform;
    private final PointsBudget budget;
    private final WritePace pace;
    private final Optional<CategoryCheck> check;
    private final Optional<Mirror> mirror;
    private final Optional<UpvotePoller> poller;
    private final CompletableFuture<Optional<CategoryCheck.Outcome>> checked = new CompletableFuture<>();

    public DiscussionsFeature(Platform platform) {
        this.platform = platform;
        BotConfig config = platform.config();
        this.budget = new PointsBudget(platform.clock());
        this.pace = new WritePace(platform.clock());
        GitHubGraphQL github = new GitHubGraphQL(config.githubApiUrl(), config.githubToken(), budget, platform.clock());
        this.check = config.githubDiscussionsCategory().map(category ->
                new CategoryCheck(github, config.githubRepositoryUrl(), category, platform.clock()));
        Optional<String> repository = GitHubApi.repositoryOf(config.githubRepositoryUrl());
        Optional<String> roadmap = config.publicPages().enabled() ? Optional.of(config.publicUrl() + "/roadmap")
                : Optional.empty();
        MirrorStore store = new MirrorStore();
        UpvoteStore upvotes = new UpvoteStore();
        this.mirror = check.flatMap(c -> repository.map(r -> new Mirror(platform.database(), store, upvotes,
                new MirrorSync(platform.database(), store, upvotes, new DiscussionWrites(github, pace, r),
                        new DiscussionText(roadmap), platform.clock()), c, platform.clock())));
        // upvotes are polled only where the mirror runs, since only it makes discussions to poll
        this.poller = mirror.filter(m -> config.githubDiscussionsPointsPerHour() > 0).map(m -> new UpvotePoller(
                platform.database(), upvotes, github, platform.outbox(),
                config.githubDiscussionsPointsPerHour(), platform.clock()));
    }

    @Override
    public void register(SlackRoutes routes) {
        platform.admin().add("GitHub", "github", "github",
                "GitHub Discussions mirroring: whether it is set up, its backlog, the last check and the API points "
                        + "used",
                req -> DiscussionsMessages.adminView(platform.config().githubDiscussionsCategory(),
                        platform.config().githubRepositoryUrl(), check.flatMap(CategoryCheck::last),
                        mirror.map(m -> new MirrorView(m.backlog(), m.trouble(), m.pausedUntil(),
                                pace.writesInLastHour())), budget.usedInLastHour(), budget.lastRemaining())
                        + poller.map(p -> DiscussionsMessages.polling(p.state())).orElse(""));
        mirror.ifPresent(m -> platform.scheduler().registerJob(MirrorJob.class, () -> new MirrorJob(m)));
        poller.ifPresent(p -> platform.scheduler().registerJob(UpvotePollJob.class, () -> new UpvotePollJob(p)));
    }

    /**
     * Runs the check on a thread of its own: the HTTP server is already answering Slack, and GitHub taking its time
     * (each call is bounded) must not hold up the rest of start-up. The mirror's job starts either way: it checks
     * again itself while the check fails.
     */
    @Override
    public void afterStart() {
        if (check.isEmpty()) {
            checked.complete(Optional.empty());
        } else {
            startCheck();
        }
        // after the check has started, so storing the jobs does not hold it up; a job of a part the settings turn
        // off is removed, or its stored trigger would fire with nothing to run
        schedule(MIRROR, mirror.isPresent(), MirrorJob.class, "writes feature requests to GitHub Discussions");
        schedule(POLL_UPVOTES, poller.isPresent(), UpvotePollJob.class,
                "polls the upvotes of mirrored GitHub discussions");
    }

    private void schedule(JobKey job, boolean on, Class<? extends Job> type, String description) {
        if (on) {
            platform.scheduler().everyMinute(job, type, description);
        } else {
            platform.scheduler().remove(job);
        }
    }

    private void startCheck() {
        Thread thread = new Thread(() -> {
            try {
                CategoryCheck.Outcome outcome = check.get().run();
                outcome.warning().ifPresent(w -> log.warn("GitHub Discussions mirroring will not work: {}", w));
                checked.complete(Optional.of(outcome));
            } catch (RuntimeException e) {
                log.warn("GitHub Discussions mirroring could not be checked: {}", e.toString());
                checked.completeExceptionally(e);
            }
        }, "github-discussions-check");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The webhook's {@code discussion} events, when a category and a repository are set: discussions started there on
     * GitHub become feature requests through feedback's {@code requests}, credited to the member linked to the
     * author's login ({@code memberOfLogin}), with each delivery recorded in {@code deliveries}.
     */
    public Optional<GitHubEvents> webhookEvents(ImportedRequests requests, GitHubDeliveries deliveries,
                                                Function<String, Optional<String>> memberOfLogin) {
        BotConfig config = platform.config();
        return config.githubDiscussionsCategory().flatMap(category -> GitHubApi.repositoryOf(
                config.githubRepositoryUrl()).map(repository -> new DiscussionImport(platform.database(),
                new MirrorStore(), requests, deliveries, memberOfLogin, repository, category, platform.clock())));
    }

    /** Completes when the start-up check has finished (at once when mirroring is off): for tests and the admin. */
    public CompletableFuture<Optional<CategoryCheck.Outcome>> startupCheck() {
        return checked;
    }

    public PointsBudget budget() {
        return budget;
    }

    /** The mirror, when GITHUB_DISCUSSIONS_CATEGORY and a repository are set. */
    public Optional<Mirror> mirror() {
        return mirror;
    }

    /** The upvote poller, when the mirror runs and GITHUB_DISCUSSIONS_POINTS_PER_HOUR is above 0. */
    public Optional<UpvotePoller> poller() {
        return poller;
    }

    /** What the admin view shows of the mirror: its backlog, its trouble, whether it waits, and its writes. */
    record MirrorView(MirrorStore.Backlog backlog, Optional<Mirror.Trouble> trouble, Optional<Instant> pausedUntil,
                      int writesInLastHour) {
    }
}
