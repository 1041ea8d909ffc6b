package io.odigos.community.testing;

import io.odigos.community.CommunityBot;
import io.odigos.community.core.BotConfig;
import io.odigos.community.core.Settings;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The whole bot in local mode (no Slack settings): its own emulator and playground, free ports, a fresh H2. */
public final class LocalBot {

    private LocalBot() {
    }

    public static CommunityBot start() throws Exception {
        return start(Map.of());
    }

    /** With settings added or replaced (DATABASE_URL among them, to restart on the same database). */
    public static CommunityBot start(Map<String, String> extra) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("PORT", "0", "LOCAL_EMULATOR_PORT", "0",
                "DATABASE_URL", "jdbc:h2:mem:local-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        settings.putAll(extra);
        return CommunityBot.start(BotConfig.from(Settings.withOverrides(settings)), Clock.systemUTC());
    }

    /** The bot's address, e.g. {@code http://127.0.0.1:41234}. */
    public static String address(CommunityBot bot) {
        return "http://127.0.0.1:" + bot.port();
    }
}
