package io.odigos.community.knowledge;

import io.odigos.community.core.Bans;
import io.odigos.community.metrics.MetricSource;
import io.odigos.community.moderation.AwaitingApproval;
import io.odigos.community.recognition.GitHubApi;
import io.odigos.community.releases.CurrentRelease;
import io.odigos.community.slack.ClickReplies;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import io.odigos.community.slack.SlackText;
import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.quartz.JobKey;

/** The community knowledge base: guides shared in Slack, reviewed, searched, rated, and shown on public pages. */
public final class KnowledgeFeature implements Feature, AutoCloseable {

    public static final List<Class<?>> ENTITIES = List.of(KnowledgeEntry.class);
    /** The persistence unit's settings for the entries' full-text index: how their text is analysed. */
    public static final Map<String, Object> SEARCH_PROPERTIES = Map.of(
            "hibernate.search.backend.analysis.configurer", "class:" + EntryAnalysis.class.getName());
    static final JobKey FRESHNESS_JOB = JobKey.jobKey("kb-freshness", "knowledge");

    private final Platform platform;
    private final KnowledgeStore store = new KnowledgeStore();
    private final Submissions submissions;
    private final Reviews reviews;
    private final Ratings ratings;
    private final KnowledgeListeners listeners;
    private final Freshness freshness;
    private final TopicsAdmin topics;
    private final EntrySearch search;
    private final EntryIndex index;

    /** {@code credit}: how a published entry reaches its author's contributions (recognition's ledger). */
    public KnowledgeFeature(Platform platform, KnowledgeCredit credit) {
        this.platform = platform;
        var database = platform.database();
        var config = platform.config();
        Bans bans = new Bans(database);
        Reviewers reviewers = new Reviewers(platform.members(), config.admins(), config.kbReviewers());
        this.submissions = new Submissions(database, store, bans, reviewers, platform.outbox(), platform.clock());
        this.reviews = new Reviews(database, platform.adminWrites(), store, reviewers, credit, platform.outbox(),
                platform.clock());
        this.ratings = new Ratings(database, store, bans, platform.outbox(), platform.clock());
        this.listeners = new KnowledgeListeners(submissions, reviews, ratings, platform.outbox(), platform.poster(),
                platform.afterAck(), platform.home(), platform.modals());
        CurrentRelease release = new CurrentRelease(config.odigosCurrentVersion(),
                new GitHubApi(config.githubApiUrl(), config.githubToken()),
                GitHubApi.repositoryOf(config.githubRepositoryUrl()), platform.clock());
        this.freshness = new Freshness(database, store, release, platform.outbox(), platform.clock());
        this.topics = new TopicsAdmin(platform.adminWrites(), store);
        this.search = new EntrySearch(database);
        this.index = new EntryIndex(database, store, platform.clock());
    }

    public Freshness freshness() {
        return freshness;
    }

    public Submissions submissions() {
        return submissions;
    }

    public Reviews reviews() {
        return reviews;
    }

    public Ratings ratings() {
        return ratings;
    }

    /** The tutorials metric, handed to MetricsFeature by CommunityBot. */
    public MetricSource tutorialsPublished() {
        return new TutorialsPublished(platform.database(), store);
    }

    /** Entries waiting for a reviewer, for the moderation queue; reviewers decide in the DM each entry came with. */
    public AwaitingApproval awaitingApproval() {
        return () -> reviews.waiting().stream().map(e -> new AwaitingApproval.PendingApproval(
                KnowledgeMessages.title(e) + " (" + e.kind().label() + ") by " + KnowledgeMessages.mention(e.authorId())
                        + ": a knowledge base entry in the reviewers' DMs with Publish, Ask for changes and Decline",
                null)).toList();
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes);
        new SearchListeners(platform.database(), store, search, platform.outbox()).register(routes);
        ClickReplies clicks = new ClickReplies(routes, platform.outbox(), platform.home());
        clicks.on(FreshnessMessages.STILL_ACCURATE, (user, value) -> freshness.answer(ClickReplies.id(value), user, true));
        clicks.on(FreshnessMessages.MARK_OUTDATED, (user, value) -> freshness.answer(ClickReplies.id(value), user, false));
        platform.scheduler().registerJob(FreshnessJob.class, () -> new FreshnessJob(freshness));
        platform.admin().add("Knowledge base", "kb-topic-add", "kb-topic-add <name>", "offer a new knowledge base topic",
                req -> ":white_check_mark: Added the topic *" + SlackText.escape(topics.add(req.adminId(),
                        req.arguments())) + "*.");
        platform.admin().add("Knowledge base", "kb-topic-remove", "kb-topic-remove <name>",
                "stop offering a topic (entries filed under it keep it)",
                req -> ":white_check_mark: Removed the topic *" + SlackText.escape(topics.remove(req.adminId(),
                        req.arguments())) + "*.");
    }

    @Override
    public void afterStart() {
        index.start();
        platform.scheduler().dailyUtc(FRESHNESS_JOB, FreshnessJob.class, 7, 0,
                "asks authors whether their guides still hold for the current Odigos release");
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new KnowledgeHome(platform.database(), store));
    }

    @Override
    public List<DigestSection> digestSections() {
        return List.of(new KnowledgeDigest(platform.database(), store).section());
    }

    /** Published entries by words, topic and kind, for every surface that lists them. */
    public EntrySearch search() {
        return search;
    }

    EntryIndex index() {
        return index;
    }

    /** Builds this instance's search index again from the tables, as at start; answers how long it took. */
    public Duration rebuildSearchIndex() {
        return index.rebuild();
    }

    @Override
    public void close() throws InterruptedException {
        index.close();
    }

    @Override
    public Map<String, HttpServlet> servlets() {
        var config = platform.config();
        if (!config.publicPages().enabled()) {
            return Map.of();
        }
        return Map.of(KnowledgePages.PATH, new KnowledgePages(new PublicKnowledge(platform.database(), store,
                search, platform.members(), config.publicUrl()), config.publicUrl()));
    }
}
