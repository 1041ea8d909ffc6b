package io.odigos.community.ownership;

import io.odigos.community.core.Bans;
import io.odigos.community.core.CommunityFacts;
import io.odigos.community.feedback.FeedbackService;
import io.odigos.community.feedback.ItemLeads;
import io.odigos.community.slack.ClickReplies;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import java.util.List;
import org.quartz.JobKey;

/**
 * Feature ownership: members lead planned roadmap items or plugins they propose, once an admin approves; owners are
 * checked in on, silent claims are released, and an owned item that ships credits its owner.
 */
public final class OwnershipFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(Claim.class);

    static final JobKey SWEEP = JobKey.jobKey("ownership-check-ins", "ownership");

    private final Platform platform;
    private final OwnershipStore store = new OwnershipStore();
    private final Claims claims;
    private final OwnerCheckIns checkIns;
    private final OwnershipListeners listeners;

    /**
     * {@code feedback} and {@code leads}: the roadmap items and the seam that shows their owners and reports their
     * status changes; {@code credit}: how a shipped owned item reaches the contribution ledger.
     */
    public OwnershipFeature(Platform platform, FeedbackService feedback, ItemLeads leads, OwnershipCredit credit) {
        this.platform = platform;
        var config = platform.config();
        var database = platform.database();
        Bans bans = new Bans(database);
        Releases releases = new Releases(leads, platform.outbox());
        this.claims = new Claims(database, store, feedback, leads, releases, platform.outbox(), platform.adminWrites(),
                bans, platform.clock(), config.ownershipMaxClaims(), config.ownershipCheckInInterval(), config.admins());
        this.checkIns = new OwnerCheckIns(database, store, releases, platform.outbox(), platform.clock(),
                config.ownershipCheckInInterval(), config.admins());
        this.listeners = new OwnershipListeners(claims, checkIns, platform.members(), bans, platform.outbox(),
                platform.afterAck(), platform.modals());
        leads.show(claims::leadOf);
        leads.onStatusChange(new ShippedItems(store, new CommunityFacts(), credit, platform.outbox(), platform.clock()));
    }

    public Claims claims() {
        return claims;
    }

    public OwnerCheckIns checkIns() {
        return checkIns;
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes, new ClickReplies(routes, platform.outbox(), platform.home()));
        listeners.registerAdmin(platform.admin());
        platform.scheduler().registerJob(OwnershipSweepJob.class, () -> new OwnershipSweepJob(checkIns));
    }

    @Override
    public void afterStart() {
        platform.scheduler().everyMinute(SWEEP, OwnershipSweepJob.class,
                "checks in on feature owners, warns the silent ones and releases their claims");
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new OwnershipHome(claims, platform.members()));
    }

    @Override
    public List<DigestSection> digestSections() {
        return List.of(new OwnershipDigest(platform.database(), store).section());
    }
}
