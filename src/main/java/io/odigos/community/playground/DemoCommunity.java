package io.odigos.community.playground;

import io.odigos.community.CommunityBot;
import io.odigos.community.core.BotConfig;
import io.odigos.community.events.CommunityEvent;
import io.odigos.community.events.EventAdmin;
import io.odigos.community.events.EventDraft;
import io.odigos.community.events.EventKind;
import io.odigos.community.events.EventRegistrations;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackService;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.feedback.Listing;
import io.odigos.community.hackathons.Hackathon;
import io.odigos.community.hackathons.HackathonDraft;
import io.odigos.community.hackathons.HackathonPart;
import io.odigos.community.hackathons.HackathonService;
import io.odigos.community.hackathons.Phase;
import io.odigos.community.hackathons.Team;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.playground.DemoData.Credit;
import io.odigos.community.playground.DemoData.HackTeam;
import io.odigos.community.playground.DemoData.Person;
import io.odigos.community.playground.DemoData.Request;
import io.odigos.community.recognition.Badges;
import io.odigos.community.recognition.RecognitionService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo community ({@link DemoData}) put into the bot through its own services, as Ada the admin and as each
 * member would act, never with SQL: so the channel, DMs, Home and every listing show it as they would a real
 * community's, and the bot's messages about it go out through the outbox like any others.
 *
 * <p>The database says whether it is loaded: the first request's author has a request. Loading again then only puts
 * the members back in the emulated workspace (which forgets them at a restart) and changes nothing else. A load that
 * failed half-way is not resumed; start again from an empty database.
 */
public final class DemoCommunity {

    private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);
    private static final String ADA = BotConfig.LOCAL_ADMIN;
    /**
     * Registration closes this long after the hackathon is created: time enough for its hackers to register and
     * form teams, after which the bot's clock, not the loader, moves it on to hacking.
     */
    static final Duration REGISTRATION_WINDOW = Duration.ofSeconds(6);
    /** How long, at most, to wait for the bot's clock to reach hacking, in case it does not run (a stopped clock). */
    private static final Duration HACKING_WAIT = Duration.ofSeconds(30);
    private static final ZoneId CALL_ZONE = ZoneId.of("Europe/Berlin");

    private final SlackEmulator slack;
    private final FeedbackService feedback;
    private final EventAdmin events;
    private final EventRegistrations registrations;
    private final HackathonService hackathons;
    private final RecognitionService recognition;
    private final Badges badges;
    private volatile boolean loaded;

    public DemoCommunity(CommunityBot bot) {
        this.slack = bot.emulator().orElseThrow(() -> new IllegalStateException("the demo lives in local mode"));
        this.feedback = bot.features().feedback().service();
        this.events = bot.features().events().admin();
        this.registrations = bot.features().events().registrations();
        this.hackathons = bot.features().hackathons().service();
        this.recognition = bot.features().recognition().service();
        this.badges = bot.features().recognition().badges();
    }

    /** Whether the database holds the demo; once it does it always will, so that answer is kept. */
    boolean isLoaded() {
        if (!loaded) {
            loaded = !feedback.list(Listing.MINE, DemoData.REQUESTS.get(0).author(), null, 1).isEmpty();
        }
        return loaded;
    }

    /** At start-up: loads the demo when the setting asks; else brings back the members of one loaded before. */
    public void afterStart(boolean wanted) {
        if (wanted) {
            load();
        } else if (isLoaded()) {
            addMembers();
        }
    }

    /** Loads the demo community; answers false, having only put its members back, when it was already there. */
    public synchronized boolean load() {
        addMembers();
        if (isLoaded()) {
            log.info("Demo community: already loaded, nothing to add");
            return false;
        }
        long started = System.nanoTime();
        log.info("Demo community: {} members added to the workspace", DemoData.MEMBERS.size());
        seedRequests();
        Hackathon hackathon = seedHackathon();
        seedEvents();
        seedRecognition();
        awaitHacking(hackathon);
        loaded = true;
        log.info("Demo community: loaded in {} ms; the bot's posts about it reach the channel at Slack's pace",
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private void addMembers() {
        for (Person p : DemoData.MEMBERS) {
            slack.addUser(p.id(), p.name(), p.zone(), false, false);
        }
    }

    /** Each request submitted by its author, voted on by members, then moved along the roadmap by Ada. */
    private void seedRequests() {
        int votes = 0;
        for (int i = 0; i < DemoData.REQUESTS.size(); i++) {
            Request r = DemoData.REQUESTS.get(i);
            FeedbackItem item = feedback.submit(new FeedbackSubmission(r.kind(), r.fields()), r.author(),
                    FeedbackSource.SLASH_COMMAND, null);
            for (String voter : DemoData.votersFor(i)) {
                votes += feedback.vote(item.id(), voter) ? 1 : 0;
            }
            if (r.status() != FeedbackStatus.NEW) {
                feedback.changeStatus(item.id(), r.status(), ADA);
            }
        }
        log.info("Demo community: {} requests and bug reports, {} votes", DemoData.REQUESTS.size(), votes);
    }

    /**
     * The hackathon opens for registration now and closes it {@link #REGISTRATION_WINDOW} later, when hacking
     * starts: its hackers register and form teams meanwhile, as the rules allow before submissions close.
     */
    private Hackathon seedHackathon() {
        Instant now = hackathons.now();
        Instant hacking = now.plus(REGISTRATION_WINDOW);
        Instant submissionsClose = now.plus(Duration.ofDays(3));
        Hackathon h = hackathons.create(new HackathonDraft(DemoData.HACKATHON_TITLE,
                "Make observability effortless: new destinations, new languages and eBPF tricks for Odigos.",
                List.of(new HackathonPart("A new destination", "Send Odigos data somewhere it cannot go yet."),
                        new HackathonPart("Another language", "Instrument a runtime Odigos does not cover."),
                        new HackathonPart("Developer experience", "Make Odigos easier to install, debug or explain.")),
                now, hacking, hacking, submissionsClose, submissionsClose.plus(Duration.ofDays(4)), 2, 5,
                List.of(new HackathonPart("Best project", "A feature on the Odigos blog and a swag pack"),
                        new HackathonPart("People's choice", "Voted by the community")),
                List.of(new HackathonDraft.Criterion("Impact", 40), new HackathonDraft.Criterion("Technical depth", 30),
                        new HackathonDraft.Criterion("Use of Odigos", 30)),
                List.of(ADA, DemoData.id("Hiroshi"))), ADA);
        int hackers = 0;
        for (HackTeam team : DemoData.TEAMS) {
            for (String member : team.members()) {
                hackathons.register(h.id(), member, "OpenTelemetry, Kubernetes", false);
                hackers++;
            }
            Team created = hackathons.createTeam(h.id(), team.members().get(0), team.name());
            team.members().stream().skip(1).forEach(member -> hackathons.joinTeam(h.id(), member, created.id()));
        }
        for (String member : DemoData.LOOKING_FOR_TEAM) {
            hackathons.register(h.id(), member, "Go, eBPF", true);
            hackers++;
        }
        log.info("Demo community: hackathon {} with {} hackers in {} teams", h.title(), hackers,
                DemoData.TEAMS.size());
        return h;
    }

    /** The community call next week and a workshop the week after, each with members registered. */
    private void seedEvents() {
        LocalDate today = LocalDate.ofInstant(hackathons.now(), ZoneOffset.UTC);
        CommunityEvent call = events.create(new EventDraft(EventKind.COMMUNITY_CALL, DemoData.CALL_TITLE,
                "Release highlights, a demo of Python asyncio instrumentation, and your questions.",
                "Ada and Hiroshi Tanaka", today.plusDays(7).atTime(LocalTime.of(17, 0)).atZone(CALL_ZONE).toInstant(),
                CALL_ZONE, 60, null, "https://meet.example.org/odigos-community-call"), ADA);
        CommunityEvent workshop = events.create(new EventDraft(EventKind.WORKSHOP, DemoData.WORKSHOP_TITLE,
                "Hands-on: install Odigos on kind, instrument three services and read their traces.", "Kavya Reddy",
                today.plusDays(15).atTime(LocalTime.of(15, 0)).atZone(CALL_ZONE).toInstant(), CALL_ZONE, 90, 12,
                "https://meet.example.org/odigos-ebpf-workshop"), ADA);
        DemoData.registrantsFrom(0, DemoData.CALL_REGISTRATIONS).forEach(m -> registrations.register(call.id(), m));
        DemoData.registrantsFrom(DemoData.CALL_REGISTRATIONS, DemoData.WORKSHOP_REGISTRATIONS)
                .forEach(m -> registrations.register(workshop.id(), m));
        log.info("Demo community: 2 events, {} registrations", DemoData.CALL_REGISTRATIONS
                + DemoData.WORKSHOP_REGISTRATIONS);
    }

    /** Contributions Ada records (some earn a badge by the published rules) and one badge she awards by hand. */
    private void seedRecognition() {
        for (Credit c : DemoData.CREDITS) {
            recognition.recordManual(ADA, c.member(), c.kind(), c.title(), null);
        }
        badges.award(ADA, DemoData.CHAMPION, "champion", DemoData.CHAMPION_REASON);
        log.info("Demo community: {} contributions recorded, badges awarded", DemoData.CREDITS.size());
    }

    /** Returns once the bot's clock has passed into the hackathon's hacking phase. */
    private void awaitHacking(Hackathon h) {
        Instant hacking = h.startOf(Phase.HACKING);
        long giveUp = System.nanoTime() + HACKING_WAIT.toNanos();
        try {
            while (hackathons.now().isBefore(hacking)) {
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("the bot's clock did not reach " + hacking + ", when the demo "
                            + "hackathon starts hacking");
                }
                Thread.sleep(Math.max(10, Math.min(200, Duration.between(hackathons.now(), hacking).toMillis())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the demo hackathon to start hacking", e);
        }
    }
}
