package io.odigos.community.feedback;

import io.odigos.community.core.Bans;
import io.odigos.community.moderation.Moderatable;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.LivePostRefresher;
import io.odigos.community.slack.MessageRefresher;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Feature requests and bug reports: submitting, voting, the roadmap, moderation and the JSON API. */
public final class FeedbackFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(FeedbackItem.class, FeedbackVote.class);

    private final Platform platform;
    private final FeedbackStore store = new FeedbackStore();
    private final ItemLeads leads = new ItemLeads(store);
    private final FeedbackService service;
    private final FeedbackViews views;
    private final FeedbackListeners listeners;
    private final ImportedRequests imported;

    public FeedbackFeature(Platform platform) {
        this.platform = platform;
        var config = platform.config();
        this.service = new FeedbackService(platform.database(), store, platform.outbox(), platform.adminWrites(),
                new Bans(platform.database()), platform.clock(), leads, config.communityVotedThreshold(),
                config.roadmapShippedDays());
        this.imported = new ImportedRequests(store, service.statuses(), platform.outbox(), platform.audit(),
                platform.clock());
        this.views = new FeedbackViews(config.githubRepositoryUrl(), leads);
        this.listeners = new FeedbackListeners(service, views, platform.poster(), platform.afterAck(),
                platform.home(), platform.modals());
    }

    public FeedbackService service() {
        return service;
    }

    /** Who leads roadmap items, and status changes as they happen: the seam ownership is wired to. */
    public ItemLeads leads() {
        return leads;
    }

    /** Requests started elsewhere (GitHub discussions), written in the other feature's transaction. */
    public ImportedRequests imported() {
        return imported;
    }

    /** How the moderation queue describes, hides and restores feedback items. */
    public Moderatable moderatable() {
        return new FeedbackModeration(service);
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes);
        listeners.registerAdmin(platform.admin());
    }

    @Override
    public List<DigestSection> digestSections() {
        return new FeedbackDigest(service).sections();
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new FeedbackHome(service, views));
    }

    @Override
    public Map<String, HttpServlet> servlets() {
        var config = platform.config();
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put(FeedbackApiServlet.PATH, new FeedbackApiServlet(service, config.feedbackApiToken()));
        if (config.publicPages().enabled()) {
            servlets.put(RoadmapPages.PATH, new RoadmapPages(new PublicRoadmap(service, leads, config), config.publicUrl()));
        }
        return servlets;
    }

    @Override
    public List<MessageRefresher> refreshers() {
        return List.of(new LivePostRefresher<>(platform.database(), new FeedbackLivePosts(store, views),
                platform.config().communityChannel(), Clock.systemUTC()));
    }
}
