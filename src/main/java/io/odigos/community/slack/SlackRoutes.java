package io.odigos.community.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.model.event.Event;
import io.odigos.community.core.Refusal;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Where every listener of the bot registers. It records the slash commands (the manifest is checked against that
 * list), hands commands the text as typed, and turns a {@link Refusal} a listener throws into the one reply the member
 * sees: the command's answer for a command, a message only the clicker sees (where they clicked, or in a DM) for a
 * click or a shortcut. A form's submission answers a refusal beside its fields instead ({@link ModalSubmission}).
 */
public final class SlackRoutes {

    private final App app;
    private final SlackOutbox outbox;
    // what the manifest must declare, read by ManifestTest both ways
    private final SortedSet<String> commands = new TreeSet<>();
    private final SortedSet<String> messageShortcuts = new TreeSet<>();

    public SlackRoutes(App app, SlackOutbox outbox) {
        this.app = app;
        this.outbox = outbox;
    }

    /** Registers a command; its handler reads the text as typed (see {@link SlackText#typed}). */
    public void command(String name, SlashCommandHandler handler) {
        if (!commands.add(name)) {
            throw new IllegalStateException(name + " is registered twice");
        }
        app.command(name, (req, ctx) -> {
            req.getPayload().setText(SlackText.typed(req.getPayload().getText()));
            try {
                return handler.apply(req, ctx);
            } catch (Refusal e) {
                return ctx.ack(e.getMessage());
            }
        });
    }

    public void blockAction(String actionId, BlockActionHandler handler) {
        app.blockAction(actionId, answeringRefusals(handler));
    }

    /** For a family of buttons whose action ids share a pattern (Slack wants each id in a view unique). */
    public void blockAction(Pattern actionId, BlockActionHandler handler) {
        app.blockAction(actionId, answeringRefusals(handler));
    }

    public void viewSubmission(String callbackId, ViewSubmissionHandler handler) {
        app.viewSubmission(callbackId, handler);
    }

    /** A message shortcut; a refusal is DMed, as the shortcut's menu leaves nothing to reply beside. */
    public void messageShortcut(String callbackId, MessageShortcutHandler handler) {
        if (!messageShortcuts.add(callbackId)) {
            throw new IllegalStateException(callbackId + " is registered twice");
        }
        app.messageShortcut(callbackId, (req, ctx) -> {
            try {
                return handler.apply(req, ctx);
            } catch (Refusal e) {
                outbox.send(OutgoingMessage.dm(req.getPayload().getUser().getId(), e.getMessage(), null));
                return ctx.ack();
            }
        });
    }

    public <E extends Event> void event(Class<E> type, BoltEventHandler<E> handler) {
        app.event(type, handler);
    }

    private BlockActionHandler answeringRefusals(BlockActionHandler handler) {
        return (req, ctx) -> {
            try {
                return handler.apply(req, ctx);
            } catch (Refusal e) {
                outbox.send(OutgoingMessage.replyTo(req.getPayload(), e.getMessage(), null));
                return ctx.ack();
            }
        };
    }

    /** Bolt itself, for tests that probe how it handles a request; features register through the methods above. */
    public App app() {
        return app;
    }

    public SortedSet<String> commands() {
        return Collections.unmodifiableSortedSet(commands);
    }

    /** The callback ids of the registered message shortcuts. */
    public SortedSet<String> messageShortcuts() {
        return Collections.unmodifiableSortedSet(messageShortcuts);
    }
}
