package io.odigos.community.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Bolt app as features see it. Slash commands are registered here so the bot knows which it handles
 * (the manifest is checked against that list); every other listener goes straight to {@link #app()}.
 */
public final class SlackRoutes {

    private final App app;
    private final SortedSet<String> commands = new TreeSet<>();

    public SlackRoutes(App app) {
        this.app = app;
    }

    /** Registers a command; its handler reads the text as typed (see {@link SlackText#typed}). */
    public void command(String name, SlashCommandHandler handler) {
        if (!commands.add(name)) {
            throw new IllegalStateException(name + " is registered twice");
        }
        app.command(name, (req, ctx) -> {
            req.getPayload().setText(SlackText.typed(req.getPayload().getText()));
            return handler.apply(req, ctx);
        });
    }

    public App app() {
        return app;
    }

    public SortedSet<String> commands() {
        return Collections.unmodifiableSortedSet(commands);
    }
}
