package io.odigos.community.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    static BotConfig config(Map<String, String> env) {
        return BotConfig.from(Settings.withOverrides(env));
    }

    static Map<String, String> http() {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", "xoxb-abc-def");
        env.put("SLACK_SIGNING_SECRET", "s3cret");
        env.put("COMMUNITY_CHANNEL", "C0ABCDEF");
        return env;
    }

    @Test
    void noCredentialsMeansLocalModeOnTheDefaults() {
        BotConfig c = config(Map.of());
        assertEquals(RunMode.LOCAL, c.mode());
        assertEquals(3000, c.port());
        assertEquals("jdbc:h2:file:./data/community", c.databaseUrl());
        assertEquals(BotConfig.LOCAL_CHANNEL, c.communityChannel());
    }

    @Test
    void credentialsChooseHttpOrSocketMode() {
        assertEquals(RunMode.HTTP, config(http()).mode());
        Map<String, String> socket = http();
        socket.remove("SLACK_SIGNING_SECRET");
        socket.put("SLACK_APP_TOKEN", "xapp-1-abc");
        assertEquals(RunMode.SOCKET, config(socket).mode());
    }

    @Test
    void environmentOverridesTheFile() {
        Map<String, String> env = http();
        env.put("PORT", "8080");
        env.put("COMMUNITY_ADMINS", "U01, U02ABC");
        BotConfig c = config(env);
        assertEquals(8080, c.port());
        assertEquals(java.util.List.of("U01", "U02ABC"), c.admins());
    }

    @Test
    void theDemoCommunityIsLoadedAtStartUpOnlyInLocalMode() {
        assertFalse(config(Map.of()).playgroundDemo(), "off by default");
        assertTrue(config(Map.of("PLAYGROUND_DEMO", "true")).playgroundDemo());
        Map<String, String> http = http();
        http.put("PLAYGROUND_DEMO", "true");
        assertFalse(config(http).playgroundDemo(), "nothing to load it into with a real workspace");
        http.put("PLAYGROUND_DEMO", "yes");
        assertTrue(assertThrows(SettingsException.class, () -> config(http)).getMessage()
                .startsWith("PLAYGROUND_DEMO=yes"), "checked in every mode");
    }

    @Test
    void aMissingOrMalformedSettingStopsStartUpNamingIt() {
        Map<String, String> noChannel = http();
        noChannel.remove("COMMUNITY_CHANNEL");
        assertTrue(assertThrows(SettingsException.class, () -> config(noChannel)).getMessage()
                .startsWith("COMMUNITY_CHANNEL"));

        Map<String, String> badPort = http();
        badPort.put("PORT", "eighty");
        assertTrue(assertThrows(SettingsException.class, () -> config(badPort)).getMessage().startsWith("PORT="));

        Map<String, String> badAdmin = http();
        badAdmin.put("COMMUNITY_ADMINS", "alice");
        assertTrue(assertThrows(SettingsException.class, () -> config(badAdmin)).getMessage()
                .startsWith("COMMUNITY_ADMINS"));

        Map<String, String> badToken = http();
        badToken.put("SLACK_BOT_TOKEN", "xoxp-user-token");
        assertTrue(assertThrows(SettingsException.class, () -> config(badToken)).getMessage()
                .startsWith("SLACK_BOT_TOKEN"));

        Map<String, String> badDb = http();
        badDb.put("DATABASE_URL", "mysql://x");
        assertTrue(assertThrows(SettingsException.class, () -> config(badDb)).getMessage().startsWith("DATABASE_URL"));

        assertTrue(assertThrows(SettingsException.class, () -> config(Map.of("SLACK_BOT_TOKEN", "xoxb-a")))
                .getMessage().startsWith("SLACK_SIGNING_SECRET or SLACK_APP_TOKEN"));

        Map<String, String> badRelease = http();
        badRelease.put("ODIGOS_CURRENT_VERSION", "latest");
        assertTrue(assertThrows(SettingsException.class, () -> config(badRelease)).getMessage()
                .startsWith("ODIGOS_CURRENT_VERSION=latest is not a release"));
    }

    @Test
    void aGoalsTargetIsANumberOrGrowthOverItsBaseline() {
        BotConfig defaults = config(Map.of());
        assertEquals(new BotConfig.Goal(25, 25 * 1.4), defaults.metricGoals().activeContributors());
        assertEquals(new BotConfig.Goal(50, 70), defaults.metricGoals().retention());

        Map<String, String> env = new HashMap<>();
        env.put("METRICS_CALL_ATTENDANCE_BASELINE", "12.5");
        env.put("METRICS_CALL_ATTENDANCE_TARGET", "+100%");
        env.put("METRICS_EVENTS_HELD_TARGET", "4");
        BotConfig c = config(env);
        assertEquals(new BotConfig.Goal(12.5, 25), c.metricGoals().callAttendance());
        assertEquals(4, c.metricGoals().eventsHeld().target());

        for (String bad : new String[] {"forty", "-3", "40%", "+x%"}) {
            Map<String, String> wrong = Map.of("METRICS_EVENTS_HELD_TARGET", bad);
            assertTrue(assertThrows(SettingsException.class, () -> config(wrong)).getMessage()
                    .startsWith("METRICS_EVENTS_HELD_TARGET=" + bad), bad);
        }
        Map<String, String> growthOfNothing = Map.of("METRICS_TUTORIALS_TARGET", "+50%");
        assertThrows(SettingsException.class, () -> config(growthOfNothing), "+50% of a baseline of 0 is no target");
        Map<String, String> badBaseline = Map.of("METRICS_RETENTION_BASELINE", "lots");
        assertTrue(assertThrows(SettingsException.class, () -> config(badBaseline)).getMessage()
                .startsWith("METRICS_RETENTION_BASELINE=lots"));
    }

    @Test
    void githubOAuthNeedsBothTheClientIdAndTheSecretAndNeverPrintsTheSecret() {
        BotConfig off = config(http());
        assertTrue(off.githubOAuth().isEmpty(), "OAuth is off by default: linking stays a claim");
        assertEquals("https://github.com", off.githubOAuthUrl());
        Map<String, String> half = http();
        half.put("GITHUB_OAUTH_CLIENT_ID", "Iv1.abc");
        SettingsException e = assertThrows(SettingsException.class, () -> config(half));
        assertTrue(e.getMessage().startsWith("GITHUB_OAUTH_CLIENT_SECRET is not set"), e.getMessage());
        half.put("GITHUB_OAUTH_CLIENT_SECRET", "oauth-s3cret");
        half.put("GITHUB_OAUTH_URL", "https://github.example.com/");
        BotConfig on = config(half);
        assertEquals("oauth-s3cret", on.githubOAuth().orElseThrow().clientSecret());
        assertEquals("https://github.example.com", on.githubOAuthUrl());
        assertTrue(!on.githubOAuth().get().toString().contains("oauth-s3cret"));
    }
}
