package io.odigos.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.testing.TestBot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The manifest a workspace admin pastes must match what the bot actually handles, both ways. */
class ManifestTest {

    static JsonObject manifest() throws Exception {
        return JsonParser.parseString(Files.readString(Path.of("slack-manifest.json"))).getAsJsonObject();
    }

    @Test
    void everyManifestCommandHasAHandlerAndEveryHandlerIsInTheManifest() throws Exception {
        Set<String> inManifest = new TreeSet<>();
        for (JsonElement c : manifest().getAsJsonObject("features").getAsJsonArray("slash_commands")) {
            JsonObject command = c.getAsJsonObject();
            inManifest.add(command.get("command").getAsString());
            assertTrue(command.has("description") && !command.get("description").getAsString().isBlank(),
                    command + " needs a description");
        }
        try (TestBot t = TestBot.start()) {
            assertEquals(t.bot.routes().commands(), inManifest);
        }
    }

    @Test
    void manifestSubscribesToWhatTheBotListensFor() throws Exception {
        JsonObject m = manifest();
        JsonObject settings = m.getAsJsonObject("settings");
        assertTrue(settings.getAsJsonObject("event_subscriptions").getAsJsonArray("bot_events").toString()
                .contains("app_home_opened"));
        assertTrue(settings.getAsJsonObject("interactivity").get("is_enabled").getAsBoolean());
        assertTrue(m.getAsJsonObject("features").getAsJsonObject("app_home").get("home_tab_enabled").getAsBoolean());
    }

    @Test
    void everyManifestShortcutHasAHandlerAndEveryHandlerIsInTheManifest() throws Exception {
        Set<String> inManifest = new TreeSet<>();
        for (JsonElement s : manifest().getAsJsonObject("features").getAsJsonArray("shortcuts")) {
            JsonObject shortcut = s.getAsJsonObject();
            assertEquals("message", shortcut.get("type").getAsString(), shortcut + " is not a message shortcut");
            inManifest.add(shortcut.get("callback_id").getAsString());
        }
        try (TestBot t = TestBot.start()) {
            assertEquals(t.bot.routes().messageShortcuts(), inManifest);
        }
    }
}
