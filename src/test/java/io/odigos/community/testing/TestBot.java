package io.odigos.community.testing;

import io.odigos.community.CommunityBot;
import io.odigos.community.core.BotConfig;
import io.odigos.community.core.Settings;
import io.odigos.community.local.SlackEmulator;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The whole bot in HTTP mode on a free port, with its Web API pointed at a fresh emulator and its own in-memory
 * H2 database: what a test drives through signed requests.
 */
public final class TestBot implements AutoCloseable {

    public static final String SECRET = "test-signing-secret";
    public static final String CHANNEL = "C0FEEDBACK";
    public static final String ADMIN = "UADMIN";
    public static final String API_TOKEN = "test-api-token";

    public final SlackEmulator slack;
    public final MutableClock clock;
    public final CommunityBot bot;
    public final SignedSlack signed;
    public final String databaseUrl;

    private TestBot(SlackEmulator slack, MutableClock clock, CommunityBot bot, String databaseUrl) {
        this.slack = slack;
        this.clock = clock;
        this.bot = bot;
        this.databaseUrl = databaseUrl;
        this.signed = new SignedSlack("http://127.0.0.1:" + bot.port(), SECRET);
    }

    public static TestBot start() throws Exception {
        return start("jdbc:h2:mem:bot-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", Map.of());
    }

    public static TestBot start(String databaseUrl, Map<String, String> extra) throws Exception {
        // real time, to the minute: Quartz fires triggers by the real clock, so test events must lie in its future
        return start(databaseUrl, extra, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
    }

    /** A bot whose domain clock starts at the given moment (a restart after the bot was down for a while). */
    public static TestBot start(String databaseUrl, Map<String, String> extra, Instant clockStart) throws Exception {
        SlackEmulator slack = SlackEmulator.start(0);
        slack.addUser(ADMIN, "Ada Admin", "Europe/Berlin", false, false);
        MutableClock clock = new MutableClock(clockStart);
        Map<String, String> settings = settings(slack.apiUrl(), databaseUrl);
        settings.putAll(extra);
        try {
            CommunityBot bot = CommunityBot.start(BotConfig.from(Settings.withOverrides(settings)), clock);
            return new TestBot(slack, clock, bot, databaseUrl);
        } catch (Exception e) {
            slack.close();
            throw e;
        }
    }

    /** The settings every test bot runs with: HTTP mode against the emulator at {@code slackApiUrl}, port 0. */
    public static Map<String, String> settings(String slackApiUrl, String databaseUrl) {
        Map<String, String> settings = new HashMap<>();
        settings.put("SLACK_BOT_TOKEN", "xoxb-test-bot-token-local");
        settings.put("SLACK_SIGNING_SECRET", SECRET);
        settings.put("SLACK_API_URL", slackApiUrl);
        settings.put("PORT", "0");
        settings.put("DATABASE_URL", databaseUrl);
        settings.put("COMMUNITY_CHANNEL", CHANNEL);
        settings.put("COMMUNITY_ADMINS", ADMIN);
        settings.put("FEEDBACK_API_TOKEN", API_TOKEN);
        settings.put("FEEDBACK_COMMUNITY_VOTED_THRESHOLD", "3");
        // never the real GitHub: a pair's introduction searches issues; a test that wants answers starts FakeGitHub
        settings.put("GITHUB_API_URL", "http://127.0.0.1:9");
        return settings;
    }

    @Override
    public void close() {
        bot.close();
        slack.close();
    }
}
