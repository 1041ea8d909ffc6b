package io.odigos.community.packs;

import io.odigos.community.core.Bans;
import io.odigos.community.metrics.ActivityCounts;
import io.odigos.community.moderation.AwaitingApproval;
import io.odigos.community.moderation.Moderatable;
import io.odigos.community.recognition.GitHubApi;
import io.odigos.community.releases.CurrentRelease;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.LivePostRefresher;
import io.odigos.community.slack.MessageRefresher;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Observability packs: Odigos configuration members share from Slack, validated before it is stored, reviewed,
 * rated and confirmed, installed with kubectl from a stable URL, and shown on the public portal.
 */
public final class PacksFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(Pack.class, PackVersion.class);

    private final Platform platform;
    private final PacksStore store = new PacksStore();
    private final PackValidator validator;
    private final Publishers publishers;
    private final PackCredit credit;
    private final CurrentRelease release;
    private final PackSummaries summaries;
    private final PackUrls urls;
    private final PackLines lines;
    private final PackRatings ratings;
    private final RatingListeners ratingListeners;
    private final PackLivePosts posts;
    private final PackReviews reviews;
    private final Publishing publishing;
    private final PackListeners listeners;

    /**
     * Loads the schemas here, so a malformed PACKS_CRDS_FILE stops start-up rather than the first upload.
     *
     * @param champion whether a member is a confirmed Champion (their packs are Verified)
     * @param credit   how a published pack reaches its author's contributions (recognition's ledger)
     */
    public PacksFeature(Platform platform, Predicate<String> champion, PackCredit credit) {
        this.platform = platform;
        var config = platform.config();
        this.validator = new PackValidator(PackSchemas.of(config));
        this.publishers = new Publishers(config.packs().maintainers(), champion);
        this.credit = credit;
        this.release = new CurrentRelease(config.odigosCurrentVersion(),
                new GitHubApi(config.githubApiUrl(), config.githubToken()),
                GitHubApi.repositoryOf(config.githubRepositoryUrl()), platform.clock());
        this.summaries = new PackSummaries(store, publishers, release);
        this.urls = new PackUrls(config.publicUrl());
        this.lines = new PackLines(urls, config.publicPages().enabled());
        var database = platform.database();
        PackViews views = new PackViews(urls);
        this.posts = new PackLivePosts(database, summaries, views, platform.outbox());
        this.ratings = new PackRatings(platform.database(), store, new Bans(platform.database()), posts,
                release, platform.clock());
        this.ratingListeners = new RatingListeners(ratings, platform.outbox(), platform.home(), platform.modals());
        this.reviews = new PackReviews(database, platform.adminWrites(), platform.members(), store, credit, posts, urls,
                platform.outbox(), platform.clock());
        this.publishing = new Publishing(database, store, new Bans(database), validator, release,
                new SlackFileFetcher(config.botToken(), BoundedDownload.client(null)), new LinkFetcher(config.packs().privateLinks()),
                reviews,
                config.packs().review(), config.admins(), platform.outbox(), platform.clock());
        this.listeners = new PackListeners(database, store, summaries, publishing, reviews, views, platform.outbox(),
                platform.home(), platform.modals());
    }

    public Publishing publishing() {
        return publishing;
    }

    public PackReviews reviews() {
        return reviews;
    }

    /** Pack versions waiting for an admin, for the moderation queue; admins decide in the DM each came with. */
    public AwaitingApproval awaitingApproval() {
        return () -> reviews.waiting().stream().map(d -> new AwaitingApproval.PendingApproval(
                PackMessages.versioned(d.pack(), d.version()) + " by " + PackMessages.mention(d.pack().authorId())
                        + ": a pack version in the admins' DMs with Approve and Decline", null)).toList();
    }

    /** Pack counts under the metrics admins read, handed to MetricsFeature by CommunityBot. */
    public ActivityCounts activity() {
        return new PackActivity(platform.database(), store);
    }

    /** Reported packs, hidden and restored from the moderation queue. */
    public Moderatable moderatable() {
        return new PackModeration(platform.database(), platform.adminWrites(), store, urls, posts);
    }

    /** Each pack's card, posted and kept current; Slack's real clock paces it, whatever clock the domain runs on. */
    @Override
    public List<MessageRefresher> refreshers() {
        return List.of(new LivePostRefresher<>(platform.database(), posts, platform.config().communityChannel(),
                Clock.systemUTC()));
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new PackHome(platform.database(), store, summaries, lines));
    }

    @Override
    public List<DigestSection> digestSections() {
        return List.of(new PackDigest(platform.database(), store, summaries, lines).section());
    }

    /** What every listing shows of a pack. */
    public PackSummaries summaries() {
        return summaries;
    }

    /** Members' ratings of packs and their *Works on my cluster* confirmations. */
    public PackRatings ratings() {
        return ratings;
    }

    @Override
    public void register(SlackRoutes routes) {
        ratingListeners.register(routes);
        listeners.register(routes);
    }

    /**
     * Each version's YAML for kubectl, served even when the portal pages are off; with them on, the portal's servlet
     * takes /packs/* and hands the YAML addresses on.
     */
    @Override
    public Map<String, HttpServlet> servlets() {
        var config = platform.config();
        PackDownloads downloads = new PackDownloads(platform.database(), store);
        if (!config.publicPages().enabled()) {
            return Map.of(PackDownloads.PATH, downloads);
        }
        PublicPacks portal = new PublicPacks(platform.database(), store, summaries, new PackUrls(config.publicUrl()));
        return Map.of(PackPages.PATH, new PackPages(portal, downloads, config.publicUrl()));
    }
}
