package io.odigos.community.digest;

import io.odigos.community.moderation.AwaitingApproval;
import io.odigos.community.slack.DigestPeriod.Edition;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import io.odigos.community.slack.SlackText;
import java.time.Instant;
import java.util.List;

/**
 * The bi-weekly community update and the monthly newsletter, assembled from the sections other features contribute,
 * drafted on schedule, approved (or edited, or skipped) by admins and posted once per period.
 */
public final class DigestFeature implements Feature {

    private final Platform platform;
    private final DigestDrafting drafting;
    private final Digests digests;
    private final DigestTriggers triggers;
    private final DigestListeners listeners;

    public DigestFeature(Platform platform) {
        this.platform = platform;
        var config = platform.config();
        DigestCalendar calendar = new DigestCalendar(config.digestSchedule());
        DigestStore store = new DigestStore(platform.database());
        DigestMessages messages = new DigestMessages(calendar.schedule().zone());
        this.drafting = new DigestDrafting(store, platform.database(), platform.outbox(), platform.members(),
                platform.clock(), config.admins(), calendar, messages);
        this.digests = new Digests(store, platform.database(), platform.outbox(), platform.adminWrites(),
                platform.members(), platform.clock(), config.communityChannel(), messages);
        this.triggers = new DigestTriggers(platform.scheduler(), calendar, platform.clock());
        this.listeners = new DigestListeners(digests, drafting, triggers, platform.outbox(), platform.modals());
    }

    public DigestDrafting drafting() {
        return drafting;
    }

    public Digests digests() {
        return digests;
    }

    /** Drafts waiting for a decision, for the moderation queue; the admins decide in the DM each draft came with. */
    public AwaitingApproval awaitingApproval() {
        return () -> digests.waiting().stream().map(draft -> new AwaitingApproval.PendingApproval("*"
                + digests.heading(draft) + "*: a draft in your DM with Approve, Edit and Skip; it posts itself "
                + SlackText.date(draft.postAt(), draft.postAt().toString()), null))
                .toList();
    }

    /** Takes every feature's sections, in the order the features are listed. */
    public void collectSections(List<Feature> features) {
        features.forEach(feature -> drafting.addSections(feature.digestSections()));
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes);
        listeners.registerAdmin(platform.admin());
        platform.scheduler().registerJob(DigestJob.class, () -> new DigestJob(drafting, digests, triggers));
    }

    /** Schedules both editions, drafts what fell due while the bot was down, and re-arms drafts' own posting. */
    @Override
    public void afterStart() {
        for (Edition edition : Edition.values()) {
            Instant since = triggers.ensureSchedule(edition);
            drafting.draftDue(edition, since).forEach(triggers::autoPost);
        }
        digests.waiting().stream().filter(draft -> !triggers.hasAutoPost(draft)).forEach(triggers::autoPost);
    }
}
