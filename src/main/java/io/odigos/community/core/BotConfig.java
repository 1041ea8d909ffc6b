package io.odigos.community.core;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The validated, typed form of {@link Settings}; building it is where start-up fails fast on bad settings. */
public record BotConfig(
        RunMode mode,
        String botToken,
        String signingSecret,
        Optional<String> appToken,
        String slackApiUrl,
        int port,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        List<String> admins,
        String communityChannel,
        Optional<String> feedbackApiToken,
        int communityVotedThreshold,
        int roadmapShippedDays,
        String githubRepositoryUrl,
        int localEmulatorPort,
        String publicUrl,
        List<Duration> eventReminderOffsets,
        int eventSeriesMonthsAhead,
        Optional<String> githubWebhookSecret,
        String githubApiUrl,
        Optional<String> githubToken,
        Optional<GitHubOAuthApp> githubOAuth,
        String githubOAuthUrl,
        Optional<String> githubDiscussionsCategory,
        int githubDiscussionsPointsPerHour,
        int spotlightAutoPostHours,
        Duration mentorshipProposalTimeout,
        Duration mentorshipCheckInInterval,
        int ownershipMaxClaims,
        Duration ownershipCheckInInterval,
        Optional<String> odigosCurrentVersion,
        DigestSchedule digestSchedule,
        MetricGoals metricGoals,
        Delivery delivery,
        boolean playgroundDemo,
        List<String> kbReviewers,
        PublicPages publicPages,
        Packs packs,
        LogFormat logFormat,
        Duration shutdownTimeout,
        Metrics metrics) {

    /** How log lines are written: readable text, or one JSON object per line for a log pipeline. */
    public enum LogFormat { TEXT, JSON }

    /**
     * Prometheus metrics: whether {@code /metrics} is served, and the port it is served on, apart from {@link #port}
     * so an Ingress in front of the bot's port never exposes it.
     */
    public record Metrics(boolean enabled, int port) {
    }

    /**
     * Observability packs: the CRDs they are validated against (empty: the shipped schemas), whether an admin reviews
     * each new pack and version before it is public, the maintainers whose packs are Verified with the Champions', and
     * whether a link may lead to a private or local address (an internal Git server).
     */
    public record Packs(Optional<Path> crdsFile, boolean review, List<String> maintainers, boolean privateLinks) {
    }

    /**
     * How fast the bot posts across the workspace (Slack publishes no number for chat.postMessage's workspace-wide
     * cap; a 429 is honoured whatever this says), and how old the oldest pending message may get before admins hear.
     */
    public record Delivery(int postsPerMinute, Duration alertAfter) {
    }

    /**
     * The read-only public pages (/roadmap, /kb and their Atom feeds): whether they are served, and whether declined
     * requests show on the roadmap.
     */
    public record PublicPages(boolean enabled, boolean showDeclined) {
    }

    /** Where a programme goal started and where it should get to (docs/METRICS.md). */
    public record Goal(double baseline, double target) {
    }

    /** The baseline and target of each of the programme's six success metrics. */
    public record MetricGoals(Goal activeContributors, Goal eventsHeld, Goal retention, Goal callAttendance,
                              Goal tutorials, Goal votedShipped) {
    }

    /** The GitHub OAuth App members prove their login with; the secret stays out of toString. */
    public record GitHubOAuthApp(String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "GitHubOAuthApp[clientId=" + clientId + ", clientSecret=***]";
        }
    }

    /** Channel the emulator hosts in local mode when none is configured. */
    public static final String LOCAL_CHANNEL = "C0COMMUNITY";
    public static final String LOCAL_BOT_TOKEN = "xoxb-local-emulator";
    /** The playground's sample admin, an admin in local mode when COMMUNITY_ADMINS names nobody. */
    public static final String LOCAL_ADMIN = "U0ADA";

    private static List<String> localAdmins(RunMode mode, List<String> configured) {
        return mode == RunMode.LOCAL && configured.isEmpty() ? List.of(LOCAL_ADMIN) : configured;
    }

    public static BotConfig from(Settings s) {
        Optional<String> bot = s.token("slack.bot.token", "xoxb-");
        Optional<String> secret = s.optional("slack.signing.secret");
        Optional<String> app = s.token("slack.app.token", "xapp-");
        RunMode mode = chooseMode(bot, secret, app);
        int port = s.integer("port", 0, 65535);
        String channel = mode == RunMode.LOCAL
                ? s.channelId("community.channel").orElse(LOCAL_CHANNEL)
                : s.channelId("community.channel").orElseThrow(() -> new SettingsException(
                        "COMMUNITY_CHANNEL is not set: give the id of the channel for feedback posts (like C012ABCDEF)"));
        return new BotConfig(
                mode,
                bot.orElse(LOCAL_BOT_TOKEN),
                secret.orElseGet(() -> mode == RunMode.LOCAL ? "local-signing-secret" : ""),
                app,
                mode == RunMode.LOCAL ? "" : s.url("slack.api.url", "https://", "http://"),
                port,
                s.url("database.url", "jdbc:h2:", "jdbc:postgresql:"),
                s.string("database.user"),
                s.string("database.password"),
                localAdmins(mode, s.userIds("community.admins")),
                channel,
                s.optional("feedback.api.token"),
                s.integer("feedback.community.voted.threshold", 1, 1_000_000),
                s.integer("roadmap.shipped.days", 1, 3650),
                s.url("github.repository.url", "https://", "http://"),
                s.integer("local.emulator.port", 0, 65535),
                s.url("public.url", "https://", "http://").replaceAll("/+$", ""),
                s.durations("event.reminder.offsets"),
                s.integer("event.series.months.ahead", 1, 24),
                s.optional("github.webhook.secret"),
                s.url("github.api.url", "https://", "http://").replaceAll("/+$", ""),
                s.optional("github.token"),
                githubOAuth(s),
                s.url("github.oauth.url", "https://", "http://").replaceAll("/+$", ""),
                s.optional("github.discussions.category"),
                s.integer("github.discussions.points.per.hour", 0, 5000),
                s.integer("spotlight.auto.post.hours", 1, 24 * 28),
                s.parsed("mentorship.proposal.timeout", "a positive ISO-8601 duration like PT48H",
                        BotConfig::positive),
                s.parsed("mentorship.check.in.interval", "a positive ISO-8601 duration like P7D",
                        BotConfig::positive),
                s.integer("ownership.max.claims", 1, 20),
                s.parsed("ownership.check.in.interval", "a positive ISO-8601 duration like P14D",
                        BotConfig::positive),
                release(s.optional("odigos.current.version")),
                new DigestSchedule(
                        s.parsed("digest.weekday", "a day of the week like MONDAY",
                                v -> DayOfWeek.valueOf(v.toUpperCase(Locale.ROOT))),
                        s.parsed("digest.time", "a time of day like 09:00", LocalTime::parse),
                        s.parsed("digest.time.zone", "a time zone like Europe/Berlin or UTC", ZoneId::of),
                        s.integer("newsletter.day.of.month", 1, 28),
                        Duration.ofHours(s.integer("digest.auto.post.hours", 1, 24 * 7))),
                new MetricGoals(goal(s, "metrics.active.contributors"), goal(s, "metrics.events.held"),
                        goal(s, "metrics.retention"), goal(s, "metrics.call.attendance"), goal(s, "metrics.tutorials"),
                        goal(s, "metrics.voted.shipped")),
                new Delivery(s.integer("slack.posts.per.minute", 1, 100_000),
                        Duration.ofMinutes(s.integer("outbox.alert.after.minutes", 1, 24 * 60))),
                // checked in every mode, so a typo never waits for a switch to local mode; acted on in local mode only
                s.flag("playground.demo") && mode == RunMode.LOCAL,
                s.userIds("kb.reviewers"),
                publicPages(s, mode),
                new Packs(readableFile(s, "packs.crds.file", "the CustomResourceDefinitions of your Odigos release, "
                        + "as `helm show crds` writes them"), s.flag("packs.review"), s.userIds("packs.maintainers"),
                        s.flag("packs.links.private")),
                s.parsed("log.format", "text or json", v -> LogFormat.valueOf(v.toUpperCase(Locale.ROOT))),
                Duration.ofSeconds(s.integer("shutdown.timeout.seconds", 1, 3600)),
                metrics(s, port));
    }

    /** METRICS_PORT is checked only when metrics are on, and must differ from PORT (0 picks a free port for either). */
    private static Metrics metrics(Settings s, int port) {
        boolean enabled = s.flag("metrics.enabled");
        int metricsPort = enabled ? s.integer("metrics.port", 0, 65535) : 0;
        if (enabled && metricsPort != 0 && metricsPort == port) {
            throw new SettingsException("METRICS_PORT=" + metricsPort + " is PORT too: give metrics a port of their "
                    + "own, so what exposes PORT does not expose them");
        }
        return new Metrics(enabled, metricsPort);
    }

    /** An optional path that must name a readable file when given, so a typo stops start-up, not the first upload. */
    private static Optional<Path> readableFile(Settings s, String key, String what) {
        Optional<Path> path = s.optional(key).map(Path::of);
        if (path.isPresent() && !(Files.isRegularFile(path.get()) && Files.isReadable(path.get()))) {
            throw new SettingsException(Settings.envName(key) + "=" + path.get() + " is not a readable file: give "
                    + what + ", or leave it empty for the schemas the bot ships");
        }
        return path;
    }

    /**
     * Public pages follow PUBLIC_PAGES when it says true or false; left empty, they are on in local mode (for the
     * playground's visitor) and wherever PUBLIC_URL was pointed away from this machine, where the bot is reachable.
     */
    private static PublicPages publicPages(Settings s, RunMode mode) {
        boolean enabled = s.optional("public.pages").isPresent() ? s.flag("public.pages")
                : mode == RunMode.LOCAL || !isLoopback(s.url("public.url", "https://", "http://"));
        return new PublicPages(enabled, s.flag("public.roadmap.show.declined"));
    }

    private static boolean isLoopback(String url) {
        String host = URI.create(url).getHost();
        return host == null || host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    /** Both the client id and the secret, or neither (OAuth off: linking stays a claim). */
    private static Optional<GitHubOAuthApp> githubOAuth(Settings s) {
        Optional<String> id = s.optional("github.oauth.client.id");
        Optional<String> secret = s.optional("github.oauth.client.secret");
        if (id.isPresent() != secret.isPresent()) {
            throw new SettingsException((id.isPresent() ? "GITHUB_OAUTH_CLIENT_SECRET" : "GITHUB_OAUTH_CLIENT_ID")
                    + " is not set: give both the client id and the client secret of the GitHub OAuth App, or neither");
        }
        return id.map(i -> new GitHubOAuthApp(i, secret.get()));
    }

    /** {@code <prefix>.baseline} and {@code <prefix>.target}; the target may be growth over the baseline. */
    private static Goal goal(Settings s, String prefix) {
        double baseline = s.decimal(prefix + ".baseline", 0, 1_000_000);
        return new Goal(baseline, s.target(prefix + ".target", baseline));
    }

    private static RunMode chooseMode(Optional<String> bot, Optional<String> secret, Optional<String> app) {
        if (bot.isEmpty()) {
            if (secret.isPresent() || app.isPresent()) {
                throw new SettingsException("SLACK_BOT_TOKEN is not set: HTTP and Socket Mode need the bot token (xoxb-) "
                        + "from OAuth & Permissions; unset the other Slack settings to run in local mode");
            }
            return RunMode.LOCAL;
        }
        if (secret.isPresent()) {
            return RunMode.HTTP;
        }
        if (app.isPresent()) {
            return RunMode.SOCKET;
        }
        throw new SettingsException("SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is not set: give the signing secret for "
                + "HTTP mode or an app-level token (xapp-) for Socket Mode");
    }

    /** An Odigos release like 1.2 or v1.2.0, checked at start so a typo stops the bot rather than every guide check. */
    private static Optional<String> release(Optional<String> version) {
        if (version.isPresent() && !version.get().matches("v?\\d{1,3}\\.\\d{1,3}(\\.\\d+)?")) {
            throw new SettingsException("ODIGOS_CURRENT_VERSION=" + version.get() + " is not a release like 1.2 or v1.2.0");
        }
        return version;
    }

    private static Duration positive(String iso) {
        Duration d = Duration.parse(iso);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("not positive: " + iso);
        }
        return d;
    }

    public boolean isPostgres() {
        return databaseUrl.startsWith("jdbc:postgresql:");
    }
}
