package io.odigos.community.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    }
}
