package io.odigos.community.knowledge;

import io.odigos.community.recognition.GitHubApi;
import io.odigos.community.slack.ClickReplies;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import jakarta.servlet.http.HttpServlet;
import java.util.List;
import java.util.Map;
import org.quartz.JobKey;

/** The community knowledge base: guides shared in Slack, reviewed, searched, rated, and shown on public pages. */
public final class KnowledgeFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(KnowledgeEntry.class);
    static final JobKey FRESHNESS_JOB = JobKey.jobKey("kb-freshness", "knowledge");

    private final Platform platform;
    private final KnowledgeStore store = new KnowledgeStore();
    private final Freshness freshness;

    public KnowledgeFeature(Platform platform) {
        this.platform = platform;
        var config = platform.config();
        CurrentRelease release = new CurrentRelease(config.odigosCurrentVersion(),
                new GitHubApi(config.githubApiUrl(), config.githubToken()),
                GitHubApi.repositoryOf(config.githubRepositoryUrl()));
        this.freshness = new Freshness(platform.database(), store, release, platform.outbox(), platform.clock());
    }

    public Freshness freshness() {
        return freshness;
    }

    @Override
    public void register(SlackRoutes routes) {
        ClickReplies clicks = new ClickReplies(routes, platform.outbox(), platform.home());
        clicks.on(FreshnessMessages.STILL_ACCURATE, (user, value) -> freshness.answer(ClickReplies.id(value), user, true));
        clicks.on(FreshnessMessages.MARK_OUTDATED, (user, value) -> freshness.answer(ClickReplies.id(value), user, false));
        platform.scheduler().registerJob(FreshnessJob.class, () -> new FreshnessJob(freshness));
    }

    @Override
    public void afterStart() {
        platform.scheduler().dailyUtc(FRESHNESS_JOB, FreshnessJob.class, 7, 0,
                "asks authors whether their guides still hold for the current Odigos release");
    }

    @Override
    public Map<String, HttpServlet> servlets() {
        var config = platform.config();
        if (!config.publicPages().enabled()) {
            return Map.of();
        }
        return Map.of(KnowledgePages.PATH, new KnowledgePages(new PublicKnowledge(platform.database(), store,
                platform.members(), config.publicUrl()), config.publicUrl()));
    }
}
