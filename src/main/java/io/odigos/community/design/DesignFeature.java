package io.odigos.community.design;

import io.odigos.community.core.Bans;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.LivePostRefresher;
import io.odigos.community.slack.MessageRefresher;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import java.time.Clock;
import java.util.List;
import org.quartz.JobKey;

/**
 * Design documents open for feedback (questions with +1 and Concern, written answers, a final comment period and an
 * outcome) and brainstorms (ideas, upvotes, the top ones handed to feedback).
 */
public final class DesignFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(DesignDocument.class);

    static final JobKey SWEEP = JobKey.jobKey("design-windows", "design");

    private final Platform platform;
    private final DesignStore store = new DesignStore();
    private final DesignDocuments documents;
    private final DesignWindows windows;
    private final DesignOutcomes outcomes;
    private final Brainstorms brainstorms;
    private final DesignListeners listeners;

    /** {@code handover}: how an idea becomes a feature request (feedback's submit, wrapped by CommunityBot). */
    public DesignFeature(Platform platform, IdeaHandover handover) {
        this.platform = platform;
        var database = platform.database();
        var clock = platform.clock();
        var outbox = platform.outbox();
        var config = platform.config();
        Bans bans = new Bans(database);
        this.documents = new DesignDocuments(database, store, outbox, bans, clock);
        this.windows = new DesignWindows(database, store, outbox, platform.adminWrites(), clock,
                config.communityChannel(), config.admins());
        this.outcomes = new DesignOutcomes(database, store, outbox, platform.adminWrites(), platform.members(), clock,
                config.communityChannel());
        this.brainstorms = new Brainstorms(database, store, documents, platform.adminWrites(), handover, bans, clock);
        this.listeners = new DesignListeners(documents, windows, outcomes, brainstorms, platform.members(), outbox,
                platform.home(), platform.modals());
    }

    public DesignDocuments documents() {
        return documents;
    }

    public DesignWindows windows() {
        return windows;
    }

    public DesignOutcomes outcomes() {
        return outcomes;
    }

    public Brainstorms brainstorms() {
        return brainstorms;
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes);
        listeners.registerAdmin(platform.admin());
        platform.scheduler().registerJob(DesignSweepJob.class, () -> new DesignSweepJob(windows));
    }

    @Override
    public void afterStart() {
        platform.scheduler().everyMinute(SWEEP, DesignSweepJob.class,
                "reminds the final comment periods and closes the feedback windows of design documents");
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new DesignHome(documents));
    }

    @Override
    public List<DigestSection> digestSections() {
        return new DesignDigest(platform.database(), store).sections();
    }

    @Override
    public List<MessageRefresher> refreshers() {
        return List.of(new LivePostRefresher<>(platform.database(), new DesignLivePosts(platform.database(), store),
                platform.config().communityChannel(), Clock.systemUTC()));
    }
}
