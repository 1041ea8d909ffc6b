package io.odigos.community.discussions;

import io.odigos.community.core.BotConfig;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feature requests mirrored to GitHub Discussions (issue 18), so far its foundation: the GraphQL client and its points
 * budget, a start-up check of GITHUB_DISCUSSIONS_CATEGORY, and {@code /community-admin github} showing both.
 */
public final class DiscussionsFeature implements Feature {

    private static final Logger log = LoggerFactory.getLogger(DiscussionsFeature.class);

    private final Platform platform;
    private final PointsBudget budget;
    private final Optional<CategoryCheck> check;
    private final CompletableFuture<Optional<CategoryCheck.Outcome>> checked = new CompletableFuture<>();

    public DiscussionsFeature(Platform platform) {
        this.platform = platform;
        BotConfig config = platform.config();
        this.budget = new PointsBudget(platform.clock());
        GitHubGraphQL github = new GitHubGraphQL(config.githubApiUrl(), config.githubToken(), budget, platform.clock());
        this.check = config.githubDiscussionsCategory().map(category ->
                new CategoryCheck(github, config.githubRepositoryUrl(), category, platform.clock()));
    }

    @Override
    public void register(SlackRoutes routes) {
        platform.admin().add("GitHub", "github", "github",
                "GitHub Discussions mirroring: whether it is set up, the last check of it and the API points used",
                req -> DiscussionsMessages.adminView(platform.config().githubDiscussionsCategory(),
                        platform.config().githubRepositoryUrl(), check.flatMap(CategoryCheck::last),
                        budget.usedInLastHour(), budget.lastRemaining()));
    }

    /**
     * Runs the check on a thread of its own: the HTTP server is already answering Slack, and GitHub taking its time
     * (each call is bounded) must not hold up the rest of start-up.
     */
    @Override
    public void afterStart() {
        if (check.isEmpty()) {
            checked.complete(Optional.empty());
            return;
        }
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

    /** Completes when the start-up check has finished (at once when mirroring is off): for tests and the admin. */
    public CompletableFuture<Optional<CategoryCheck.Outcome>> startupCheck() {
        return checked;
    }

    public PointsBudget budget() {
        return budget;
    }
}
