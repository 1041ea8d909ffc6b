package io.odigos.community;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.socket_mode.SocketModeClient;
import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AuditLog;
import io.odigos.community.core.BotConfig;
import io.odigos.community.core.Database;
import io.odigos.community.core.JobScheduler;
import io.odigos.community.core.LogOutput;
import io.odigos.community.core.Members;
import io.odigos.community.core.RunMode;
import io.odigos.community.core.Settings;
import io.odigos.community.core.SettingsException;
import io.odigos.community.http.HealthServlet;
import io.odigos.community.http.Listening;
import io.odigos.community.http.SlackEndpointServlet;
import io.odigos.community.http.WebServer;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.local.TravellingClock;
import io.odigos.community.observability.BotMetrics;
import io.odigos.community.observability.OutboxGauges;
import io.odigos.community.playground.DemoCommunity;
import io.odigos.community.playground.Playground;
import io.odigos.community.recognition.RecognitionConfig;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.AfterAck;
import io.odigos.community.slack.BotApp;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeTab;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.DurableTasks;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackPoster;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.SlackRoutes;
import io.odigos.community.web.SiteStyle;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot, wired top to bottom: settings -> (emulator in local mode) -> database -> features -> Bolt app ->
 * scheduler -> outbox -> HTTP server (and Socket Mode). The features themselves are listed and wired in {@link Features}.
 */
public final class CommunityBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CommunityBot.class);
    public static final String SLACK_EVENTS_PATH = "/slack/events";

    /** Stopped last to first at shutdown, each given what is left of SHUTDOWN_TIMEOUT_SECONDS. */
    private final ShutdownSequence shutdown = new ShutdownSequence();
    private BotConfig config;
    private Platform platform;
    private SlackRoutes routes;
    private Features features;
    private JobScheduler scheduler;
    private WebServer web;
    private HealthServlet health;
    private SlackEmulator emulator;
    private TravellingClock travellingClock;
    private Playground playground;

    private CommunityBot() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        BotConfig config;
        try {
            config = BotConfig.from(Settings.load());
            LogOutput.use(config.logFormat());
        } catch (SettingsException e) {
            log.error("Cannot start: {}", e.getMessage());
            System.exit(2);
            return;
        }
        try {
            CommunityBot bot = start(config, Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                log.info("Shutdown: asked to stop; finishing what runs within {} s",
                        config.shutdownTimeout().toSeconds());
                bot.close();
            }, "shutdown"));
            log.info("Ready in {} ms", (System.nanoTime() - started) / 1_000_000);
            if (config.mode() == RunMode.LOCAL) {
                log.info("Playground: open http://localhost:{}/ to use the bot in your browser as a sample member",
                        bot.port());
            }
        } catch (SettingsException e) {
            log.error("Cannot start: {}", e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            log.error("Cannot start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }

    /** Starts every part; on failure closes what had started and rethrows. */
    public static CommunityBot start(BotConfig config, Clock clock) throws Exception {
        CommunityBot bot = new CommunityBot();
        try {
            bot.boot(config, clock);
            return bot;
        } catch (Exception e) {
            bot.close();
            throw e;
        }
    }

    private void boot(BotConfig config, Clock startClock) throws Exception {
        this.config = config;
        log.info("Odigos Community Bot starting in {} mode", config.mode());
        String apiUrl = config.slackApiUrl();
        Clock clock = startClock;
        if (config.mode() == RunMode.LOCAL) {
            // the playground's time travel moves the bot's clock forward from the one it was started with
            travellingClock = new TravellingClock(startClock);
            clock = travellingClock;
            emulator = closing(Listening.bind("LOCAL_EMULATOR_PORT", config.localEmulatorPort(),
                    () -> SlackEmulator.start(config.localEmulatorPort())));
            apiUrl = emulator.apiUrl();
        }
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(apiUrl);
        Slack slack = Slack.getInstance(slackConfig);
        closing(slack);

        // one registry for everything that records; closed last, after all that records into it
        BotMetrics metrics = closing(config.metrics().enabled() ? BotMetrics.prometheus() : BotMetrics.off());
        RecognitionConfig recognitionConfig = RecognitionConfig.load();
        Database database = closing(Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword(),
                Features.entities(), Features.persistenceProperties(), metrics.registry()));


        // Bolt calls auth.test on every request unless told to cache it: a Slack round trip before each ack.
        App app = BotApp.create(AppConfig.builder().slack(slack).singleTeamBotToken(config.botToken())
                .signingSecret(config.signingSecret()).authTestCacheEnabled(true).build(), metrics.registry());
        // Pacing and retries follow Slack's real clock, whatever clock the domain runs on.
        SlackPoster poster = new SlackPoster(slack.methods(config.botToken()), Clock.systemUTC(),
                config.delivery().postsPerMinute(), metrics.registry());
        SlackOutbox outbox = new SlackOutbox(database, poster, Clock.systemUTC(), metrics.registry());
        OutboxGauges.register(metrics.registry(), () -> outbox.status(0));
        stopping(outbox::stop); // last of the workers: requests, after-ack calls and jobs still queue messages
        routes = new SlackRoutes(app, outbox);
        AfterAck afterAck = new AfterAck(4);
        stopping(afterAck::stop);
        HomeTab home = new HomeTab(poster, afterAck);
        MethodsClient slackApi = slack.methods(config.botToken());
        Members members = new Members(database, slackApi, config.admins(), clock);
        AdminCommands admin = new AdminCommands(members);
        scheduler = JobScheduler.create(database, metrics.registry());
        stopping(scheduler::stop);
        AuditLog audit = new AuditLog(clock);
        platform = new Platform(config, database, clock, members, audit, new AdminWrites(database, members, audit),
                poster, outbox, afterAck, new DurableTasks(scheduler), home, admin, scheduler, new Modals(slackApi));

        features = new Features(platform, recognitionConfig, this::closing);

        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        for (Feature feature : features.all()) {
            feature.register(routes);
            feature.homeSections().forEach(home::add);
            feature.refreshers().forEach(outbox::addRefresher);
            servlets.putAll(feature.servlets());
        }
        home.register(routes);
        admin.register(routes);
        if (config.publicPages().enabled()) {
            servlets.put(SiteStyle.PATH, new SiteStyle()); // the style sheet /roadmap and /kb share
        }

        // Quartz and Jetty start while Hibernate finishes booting in the background; requests that arrive meanwhile
        // wait for it, and /healthz says 503 until it is done.
        scheduler.start();
        health = new HealthServlet(database, scheduler, outbox);
        servlets.put(HealthServlet.PATH, health);
        if (config.mode() != RunMode.SOCKET) {
            servlets.put(SLACK_EVENTS_PATH, new SlackEndpointServlet(app));
        }
        if (config.mode() == RunMode.LOCAL) {
            playground = new Playground(config, emulator, () -> web.port(), travellingClock, scheduler, members,
                    new DemoCommunity(this));
            servlets.putAll(playground.servlets());
        }
        Optional<WebServer.Endpoint> metricsEndpoint = metrics.endpoint()
                .map(servlet -> new WebServer.Endpoint(config.metrics().port(), BotMetrics.PATH, servlet));
        web = Listening.web(config.port(), servlets, metricsEndpoint);
        stopping(web::stop);

        database.awaitReady();
        log.info("Database: {} ({} migrations applied, schema validated)", database.describe(),
                database.migrationsApplied());
        features.all().forEach(Feature::afterStart);
        log.info("Scheduler: Quartz on the JDBC JobStore{}, jobs: {}", database.isPostgres() ? " (clustered)" : "",
                scheduler.jobKeys().isEmpty() ? "none yet" : scheduler.jobKeys());
        outbox.start();
        log.info("Slack delivery: urgent and bulk lanes, at most {} posts a minute across the workspace; admins hear "
                + "of a backlog older than {} min", config.delivery().postsPerMinute(),
                config.delivery().alertAfter().toMinutes());
        log.info("HTTP on port {}: {}", web.port(), servlets.keySet().stream()
                .map(path -> path.isEmpty() ? "/" : path).collect(Collectors.joining(", ")));
        log.info(web.metricsPort().map(port -> "Metrics: Prometheus at http://<host>:" + port + BotMetrics.PATH
                + " (METRICS_PORT only)").orElse("Metrics: off (METRICS_ENABLED=true serves them on METRICS_PORT)"));

        if (config.mode() == RunMode.SOCKET) {
            SocketModeApp socket = new SocketModeApp(config.appToken().orElseThrow(), app,
                    SocketModeClient.Backend.JavaWebSocket);
            closing(() -> {
                SocketModeClient client = socket.getClient();
                socket.close();
                // SocketModeApp.close() leaves its client's session monitor and message processor running, and
                // that monitor keeps reconnecting if the session was not open yet; closing the client stops both.
                if (client != null) {
                    client.close();
                }
                log.info("Shutdown: Socket Mode closed; Slack sends new events to the other instances");
            });
            socket.startAsync();
            log.info("Socket Mode: connecting; Slack requests arrive over the WebSocket");
        }
        if (config.mode() == RunMode.LOCAL) {
            playground.afterStart();
            log.info("Local mode: no Slack credentials, so Slack is the built-in emulator at {}", emulator.apiUrl());
            log.info("To connect a real workspace: create the app from slack-manifest.json, then set SLACK_BOT_TOKEN "
                    + "with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode), and COMMUNITY_CHANNEL");
        }
    }

    private void stopping(ShutdownSequence.Stopping part) {
        shutdown.add(part);
    }

    private <T extends AutoCloseable> T closing(T resource) {
        return shutdown.closing(resource);
    }

    public BotConfig config() {
        return config;
    }

    public Platform platform() {
        return platform;
    }

    public SlackRoutes routes() {
        return routes;
    }

    /** Every feature, for tests and the playground's demo community to drive. */
    public Features features() {
        return features;
    }

    public JobScheduler scheduler() {
        return scheduler;
    }

    public int port() {
        return web.port();
    }

    /** The port {@code /metrics} is served on; empty when metrics are off. */
    public Optional<Integer> metricsPort() {
        return web.metricsPort();
    }

    public Optional<SlackEmulator> emulator() {
        return Optional.ofNullable(emulator);
    }

    /**
     * Shuts down in order within SHUTDOWN_TIMEOUT_SECONDS: readiness answers 503 at once, then Socket Mode stops
     * taking events, HTTP stops taking requests and finishes those in flight, Quartz lets running jobs end, Slack calls
     * of acknowledged requests finish, the outbox hands over, and the database closes.
     */
    @Override
    public synchronized void close() {
        if (health != null) {
            health.beginDraining();
            log.info("Shutdown: readiness answers 503 from now on");
        }
        shutdown.run(config.shutdownTimeout());
    }
}
