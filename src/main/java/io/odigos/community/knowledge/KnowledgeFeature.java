package io.odigos.community.knowledge;

import io.odigos.community.core.Bans;
import io.odigos.community.metrics.MetricSource;
import io.odigos.community.moderation.AwaitingApproval;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import java.util.List;

/** The community knowledge base: guides shared in Slack, reviewed, searched, rated, and shown on public pages. */
public final class KnowledgeFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(KnowledgeEntry.class);

    private final Platform platform;
    private final KnowledgeStore store = new KnowledgeStore();
    // kb-slack: sharing, review, rating
    private final Submissions submissions;
    private final Reviews reviews;
    private final Ratings ratings;
    private final KnowledgeListeners listeners;

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
        // the slices register their listeners here: submission and review, search, public pages
        listeners.register(routes);
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new KnowledgeHome(platform.database(), store));
    }

    @Override
    public List<DigestSection> digestSections() {
        return List.of(new KnowledgeDigest(platform.database(), store).section());
    }
}
