package io.odigos.community.mentorship;

import io.odigos.community.core.Bans;
import io.odigos.community.core.CommunityFacts;
import io.odigos.community.core.OneShotTriggers;
import io.odigos.community.recognition.GitHubApi;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.quartz.JobKey;

/**
 * The mentorship programme: sign-up, matching by score, proposals with a time-out, pairs and their group DM, check-ins,
 * and completion with its badge, credit and celebration.
 */
public final class MentorshipFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(Mentor.class, MentorshipRequest.class, Proposal.class,
            Pair.class);

    static final JobKey CHECK_INS = JobKey.jobKey("mentorship-check-ins", "mentorship");

    private final Platform platform;
    private final MentorshipStore store = new MentorshipStore();
    private final ProposalTimeouts timeouts;
    private final Matching matching;
    private final Introductions introductions;
    private final Proposals proposals;
    private final MentorSignUp signUp;
    private final MenteeRequests requests;
    private final MentorshipAdmin admin;
    private final MentorshipListeners listeners;
    private final CheckIns checkIns;
    private final Completions completions;
    private final PairListeners pairListeners;

    /**
     * {@code verifiedGitHubLogin}: the member's GitHub login when they proved it (recognition's link), else empty;
     * {@code credit}: how a completed mentorship reaches the contribution ledger.
     */
    public MentorshipFeature(Platform platform, Function<String, Optional<String>> verifiedGitHubLogin,
                             MentoringCredit credit) {
        this.platform = platform;
        var database = platform.database();
        var clock = platform.clock();
        var outbox = platform.outbox();
        Duration timeout = platform.config().mentorshipProposalTimeout();
        this.timeouts = new ProposalTimeouts(new OneShotTriggers(platform.scheduler()));
        this.matching = new Matching(database, store, outbox, platform.members(), timeouts, clock, timeout);
        var config = platform.config();
        GoodFirstIssues issues = new GoodFirstIssues(new GitHubApi(config.githubApiUrl(), config.githubToken()),
                config.githubRepositoryUrl());
        this.introductions = new Introductions(database, store, outbox, platform.poster(), platform.tasks(),
                platform.members(), issues, clock);
        Pairings pairings = new Pairings(database, store, outbox, introductions, clock,
                config.mentorshipCheckInInterval());
        this.proposals = new Proposals(database, store, matching, pairings, outbox, timeouts, clock);
        Bans bans = new Bans(database);
        CommunityFacts facts = new CommunityFacts();
        this.completions = new Completions(database, store, facts, credit, outbox, matching, clock,
                config.communityChannel());
        this.checkIns = new CheckIns(database, store, new CheckInStore(), completions, outbox, clock,
                config.mentorshipCheckInInterval(), config.admins());
        this.pairListeners = new PairListeners(checkIns,
                new Celebrations(database, store, facts, outbox, clock, config.communityChannel()), outbox,
                platform.home(), platform.modals());
        this.signUp = new MentorSignUp(database, store, matching, proposals, pairings, bans, clock);
        this.requests = new MenteeRequests(database, store, matching, proposals, pairings, outbox, bans,
                verifiedGitHubLogin, clock);
        this.admin = new MentorshipAdmin(database, platform.adminWrites(), store, matching, proposals, pairings);
        this.listeners = new MentorshipListeners(signUp, requests, proposals, admin,
                new IssueClaims(database, store, outbox),
                () -> database.inTransaction(store::areas), verifiedGitHubLogin, outbox, platform.home(),
                platform.modals());
    }

    public MentorSignUp signUp() {
        return signUp;
    }

    public MenteeRequests requests() {
        return requests;
    }

    public Proposals proposals() {
        return proposals;
    }

    public MentorshipAdmin admin() {
        return admin;
    }

    public CheckIns checkIns() {
        return checkIns;
    }

    /** Recognition hands it merged pull requests credited to members: a mentee's completes their mentorship. */
    public Completions completions() {
        return completions;
    }

    ProposalTimeouts timeouts() {
        return timeouts;
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes);
        listeners.registerAdmin(platform.admin());
        pairListeners.register(routes);
        introductions.register();
        platform.scheduler().registerJob(ProposalTimeoutJob.class, () -> new ProposalTimeoutJob(proposals));
        platform.scheduler().registerJob(CheckInJob.class, () -> new CheckInJob(checkIns));
    }

    /**
     * Stores the time-out job, gives every pending proposal its trigger (one may be missing if the bot stopped between
     * a commit and its scheduling), and serves requests that waited while the bot was down.
     */
    @Override
    public void afterStart() {
        timeouts.install();
        platform.scheduler().everyMinute(CHECK_INS, CheckInJob.class, "asks mentorship pairs how it is going");
        platform.database().inTransaction(em -> store.pending(em, Integer.MAX_VALUE)).stream()
                .filter(p -> timeouts.pending(p.id()).isEmpty())
                .forEach(p -> timeouts.schedule(p.id(), p.expiresAt()));
        matching.matchWaiting();
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new MentorshipHome(signUp));
    }

    @Override
    public List<DigestSection> digestSections() {
        return List.of(new MentorshipDigest(platform.database(), store).section());
    }
}
