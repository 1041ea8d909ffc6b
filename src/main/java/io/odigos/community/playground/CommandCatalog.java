package io.odigos.community.playground;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The slash commands and message shortcuts of slack-manifest.json, the file a workspace admin installs: the
 * playground offers exactly what Slack would, with the same descriptions and usage hints.
 */
public final class CommandCatalog {

    /** {@code escapesMentions}: the manifest's should_escape, Slack then sends "@Ben" as {@code <@UBEN|Ben>}. */
    public record Command(String name, String description, String usageHint, boolean escapesMentions) {
    }

    public record Shortcut(String callbackId, String name) {
    }

    private final List<Command> commands;
    private final List<Shortcut> shortcuts;

    private CommandCatalog(List<Command> commands, List<Shortcut> shortcuts) {
        this.commands = List.copyOf(commands);
        this.shortcuts = List.copyOf(shortcuts);
    }

    /** Reads the manifest the build puts on the class path. */
    public static CommandCatalog fromManifest() {
        try (InputStream in = CommandCatalog.class.getResourceAsStream("/slack-manifest.json")) {
            if (in == null) {
                throw new IllegalStateException("slack-manifest.json is not on the class path");
            }
            return parse(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CommandCatalog parse(JsonObject manifest) {
        JsonObject features = manifest.getAsJsonObject("features");
        List<Command> commands = new ArrayList<>();
        for (JsonElement c : features.getAsJsonArray("slash_commands")) {
            JsonObject command = c.getAsJsonObject();
            commands.add(new Command(command.get("command").getAsString(), text(command, "description"),
                    text(command, "usage_hint"), command.has("should_escape") && command.get("should_escape").getAsBoolean()));
        }
        List<Shortcut> shortcuts = new ArrayList<>();
        if (features.has("shortcuts")) {
            for (JsonElement s : features.getAsJsonArray("shortcuts")) {
                JsonObject shortcut = s.getAsJsonObject();
                if ("message".equals(text(shortcut, "type"))) {
                    shortcuts.add(new Shortcut(text(shortcut, "callback_id"), text(shortcut, "name")));
                }
            }
        }
        return new CommandCatalog(commands, shortcuts);
    }

    private static String text(JsonObject o, String field) {
        return o.has(field) ? o.get(field).getAsString() : "";
    }

    public List<Command> commands() {
        return commands;
    }

    public List<Shortcut> shortcuts() {
        return shortcuts;
    }

    public Optional<Command> command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
