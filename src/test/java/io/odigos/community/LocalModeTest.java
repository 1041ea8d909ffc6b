package io.odigos.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.core.BotConfig;
import io.odigos.community.core.RunMode;
import io.odigos.community.core.Settings;
import io.odigos.community.testing.SignedSlack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With no Slack credentials the bot starts on its own emulator and answers signed requests. */
class LocalModeTest {

    @Test
    void startsWithoutCredentialsAndServesRequestsAgainstTheEmulator() throws Exception {
        BotConfig config = BotConfig.from(Settings.withOverrides(Map.of("PORT", "0", "LOCAL_EMULATOR_PORT", "0",
                "DATABASE_URL", "jdbc:h2:mem:local-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")));
        assertEquals(RunMode.LOCAL, config.mode());
        try (CommunityBot bot = CommunityBot.start(config, Clock.systemUTC())) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + bot.port() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());

            SignedSlack slack = new SignedSlack("http://127.0.0.1:" + bot.port(), config.signingSecret());
            assertEquals(200, slack.slashCommand("ULOCAL", "/feedback", "").statusCode());
            var emulator = bot.emulator().orElseThrow();
            emulator.awaitCall("views.open", Duration.ofSeconds(10));
            assertTrue(emulator.lastOpenedView().toString().contains("feedback_submit"));
        }
    }
}
