package io.odigos.community.moderation;

import io.odigos.community.core.Bans;
import io.odigos.community.slack.DmFiles;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import java.util.List;

/**
 * The admin console's moderation side: members report posts, admins work the queue (reports and items awaiting
 * approval), ban and unban, read the audit log and export the data. Features hand over their reportable items as
 * {@link Moderatable}s and their drafts as {@link AwaitingApproval}s when CommunityBot wires this feature.
 */
public final class ModerationFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(Report.class, Ban.class);

    private final Platform platform;
    private final Reports reports;
    private final Banning banning;
    private final ModerationListeners listeners;

    public ModerationFeature(Platform platform, List<Moderatable> moderatables, List<AwaitingApproval> approvals) {
        this.platform = platform;
        ModerationStore store = new ModerationStore(platform.database());
        this.reports = new Reports(platform.database(), store, platform.adminWrites(), platform.members(),
                new Bans(platform.database()), platform.clock(), moderatables, approvals);
        this.banning = new Banning(store, platform.adminWrites(), platform.members(), platform.clock());
        Exports exports = new Exports(platform.adminWrites(), platform.database(), platform.outbox(), platform.tasks(),
                new DmFiles(platform.poster()), platform.clock());
        this.listeners = new ModerationListeners(reports, banning, new AuditSearch(store, platform.members()), exports,
                new ModerationViews(), platform.outbox(), platform.poster(), platform.afterAck(),
                platform.modals());
    }

    public Reports reports() {
        return reports;
    }

    public Banning banning() {
        return banning;
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes);
        listeners.registerAdmin(platform.admin());
    }
}
