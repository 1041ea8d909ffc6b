package io.odigos.community.hackathons;

import io.odigos.community.core.Bans;
import io.odigos.community.core.CommunityFacts;
import io.odigos.community.core.OneShotTriggers;
import io.odigos.community.slack.DmFiles;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import java.util.List;

/** Quarterly hackathons in Slack: phases, registration, teams, the board, projects, judging, the vote and results. */
public final class HackathonsFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(Hackathon.class, Team.class, Hacker.class, Submission.class);

    private final Platform platform;
    private final HackathonService service;
    private final JudgingService judging;
    private final HackathonListeners listeners;
    private final OneShotTriggers triggers;

    public HackathonsFeature(Platform platform) {
        this.platform = platform;
        this.triggers = new OneShotTriggers(platform.scheduler());
        HackathonStore store = new HackathonStore();
        this.service = new HackathonService(platform.database(), store, platform.outbox(), platform.adminWrites(),
                platform.clock(), platform.config().communityChannel(), triggers);
        this.judging = new JudgingService(platform.database(), store, platform.outbox(), platform.adminWrites(),
                new CommunityFacts(), new Bans(platform.database()), platform.clock(), platform.config().communityChannel());
        this.listeners = new HackathonListeners(service, judging, new HackathonViews(), platform.outbox(),
                platform.tasks(), platform.modals(), new DmFiles(platform.poster()));
    }

    public HackathonService service() {
        return service;
    }

    public JudgingService judging() {
        return judging;
    }

    public OneShotTriggers triggers() {
        return triggers;
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes);
        listeners.registerAdmin(platform.admin());
        platform.scheduler().registerJob(HackathonJob.class, () -> new HackathonJob(service));
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new HackathonHome(service, listeners));
    }

    @Override
    public void afterStart() {
        triggers.install(HackathonService.JOB, HackathonJob.class, "announces hackathon phases and reminds hackers");
    }
}
