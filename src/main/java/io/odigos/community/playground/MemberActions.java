package io.odigos.community.playground;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.odigos.community.local.EmulatedMember;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.playground.BotEndpoint.Ack;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a member does in the playground, done as Slack's client and servers do it: each act becomes the request Slack
 * would send the bot (signed, through {@code /slack/events}), and the bot's acknowledgement is read as Slack reads
 * it: a command's answer shown to the member alone, a form's errors under its fields, a modal updated, pushed or
 * closed. Everything else the bot does arrives through the emulated Web API, as it would in Slack.
 */
final class MemberActions {

    /** What the page shows after an act: a problem to report, or a form's errors by block id. */
    record Outcome(String problem, Map<String, String> errors) {

        static Outcome done() {
            return new Outcome(null, Map.of());
        }

        static Outcome problem(String problem) {
            return new Outcome(problem, Map.of());
        }
    }

    private static final String NO_ANSWER = "The app did not respond. Slack would show: “%s failed with the error "
            + "\"%s\"”.";

    private final SlackEmulator slack;
    private final BotEndpoint bot;
    private final CommandCatalog catalog;
    private final Clock clock;

    MemberActions(SlackEmulator slack, BotEndpoint bot, CommandCatalog catalog, Clock clock) {
        this.slack = slack;
        this.bot = bot;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The message box: a slash command of the manifest, or a plain message to the channel. */
    Outcome type(EmulatedMember member, String channel, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Outcome.problem("Type a message or a command.");
        }
        if (!text.startsWith("/")) {
            slack.postAsMember(channel, member.id(), slackEscaped(text));
            return Outcome.done();
        }
        int space = text.indexOf(' ');
        String command = space < 0 ? text : text.substring(0, space);
        Optional<CommandCatalog.Command> known = catalog.command(command);
        if (known.isEmpty()) {
            return Outcome.problem(command + " is not a valid command. In Slack, a message that starts with “/” is "
                    + "read as a command.");
        }
        String arguments = slackEscaped(space < 0 ? "" : text.substring(space + 1).strip());
        if (known.get().escapesMentions()) {
            arguments = mentions(arguments);
        }
        Ack ack = bot.form(SlackPayloads.slashCommand(member, channel, command, arguments,
                slack.issueTrigger(member.id())));
        if (!ack.ok()) {
            return Outcome.problem(String.format(NO_ANSWER, command, ack.timedOut() ? "operation_timeout"
                    : "dispatch_failed"));
        }
        showCommandAnswer(member, channel, ack.body());
        return Outcome.done();
    }

    /** A click, a choice or a date set on an element of a message. */
    Outcome actInMessage(EmulatedMember member, String channel, String ts, String blockId, String actionId,
                         JsonElement raw) {
        Optional<EmulatedMessage> message = messageSeenBy(member, channel, ts);
        Optional<ViewElements.Placed> element = message.flatMap(m -> ViewElements.find(m.blocks(), blockId, actionId));
        if (element.isEmpty()) {
            return Outcome.problem("This message has changed since you saw it; look again.");
        }
        JsonObject action = SlackPayloads.action(blockId, element.get().element(), raw, member.tz(), clock.instant());
        return acknowledged(bot.interaction(SlackPayloads.actionInMessage(member, message.get(), action,
                slack.issueTrigger(member.id()))));
    }

    /** A click or a choice in the member's open modal or Home tab; {@code values} are the view's inputs as set. */
    Outcome actInView(EmulatedMember member, String viewId, String blockId, String actionId, JsonElement raw,
                      JsonObject values) {
        Optional<JsonObject> view = viewOf(member, viewId);
        Optional<ViewElements.Placed> element = view.flatMap(v -> ViewElements.find(v.get("blocks"), blockId, actionId));
        if (element.isEmpty()) {
            return Outcome.problem("This view has changed since you saw it; look again.");
        }
        JsonObject withState = view.get();
        withState.add("state", ViewElements.state(withState, values, member.tz()));
        JsonObject action = SlackPayloads.action(blockId, element.get().element(), raw, member.tz(), clock.instant());
        return acknowledged(bot.interaction(SlackPayloads.actionInView(member, withState, action,
                slack.issueTrigger(member.id()))));
    }

    /** The member submits their open modal. */
    Outcome submit(EmulatedMember member, String viewId, JsonObject values) {
        JsonObject view = slack.modalOf(member.id());
        if (view == null || !view.get("id").getAsString().equals(viewId)) {
            return Outcome.problem("This form is no longer open.");
        }
        view.add("state", ViewElements.state(view, values, member.tz()));
        Ack ack = bot.interaction(SlackPayloads.viewSubmission(member, view, slack.issueTrigger(member.id())));
        if (!ack.ok()) {
            return Outcome.problem("We had some trouble connecting. Try again? (the app did not "
                    + (ack.timedOut() ? "answer within 3 seconds)" : "accept the submission)"));
        }
        return answerToSubmission(member, ack.body());
    }

    /** The member closes their open modal; the bot hears of it if the view asked to be told. */
    Outcome close(EmulatedMember member, String viewId) {
        JsonObject view = slack.modalOf(member.id());
        if (view == null || !view.get("id").getAsString().equals(viewId)) {
            return Outcome.done();
        }
        slack.closeTopModal(member.id());
        if (view.has("notify_on_close") && view.get("notify_on_close").getAsBoolean()) {
            return acknowledged(bot.interaction(SlackPayloads.viewClosed(member, view)));
        }
        return Outcome.done();
    }

    Outcome shortcut(EmulatedMember member, String channel, String ts, String callbackId) {
        Optional<EmulatedMessage> message = messageSeenBy(member, channel, ts);
        if (message.isEmpty() || catalog.shortcuts().stream().noneMatch(s -> s.callbackId().equals(callbackId))) {
            return Outcome.problem("That message or shortcut is gone.");
        }
        return acknowledged(bot.interaction(SlackPayloads.messageShortcut(member, message.get(), callbackId,
                slack.issueTrigger(member.id()))));
    }

    /** The member opens the Home tab; Slack tells the app, which publishes what it shows there. */
    Outcome openHome(EmulatedMember member) {
        return acknowledged(bot.event(SlackPayloads.homeOpened(member, SlackEmulator.dmChannelId(member.id()),
                clock.instant())));
    }

    private Outcome answerToSubmission(EmulatedMember member, String body) {
        JsonObject answer = json(body);
        String action = answer != null && answer.has("response_action")
                ? answer.get("response_action").getAsString() : "";
        switch (action) {
            case "errors" -> {
                Map<String, String> errors = new TreeMap<>();
                answer.getAsJsonObject("errors").entrySet().forEach(e -> errors.put(e.getKey(), e.getValue().getAsString()));
                return new Outcome(null, errors);
            }
            case "update" -> slack.replaceTopModal(member.id(), answer.getAsJsonObject("view"));
            case "push" -> slack.pushModal(member.id(), answer.getAsJsonObject("view"));
            case "clear" -> slack.closeModals(member.id());
            default -> slack.closeTopModal(member.id());
        }
        return Outcome.done();
    }

    /** A command's acknowledgement carries its answer: plain text, or a message with text and blocks. */
    private void showCommandAnswer(EmulatedMember member, String channel, String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        JsonObject answer = json(body);
        if (answer == null) {
            slack.showAnswer(channel, member.id(), body, null);
        } else if (answer.has("text") || answer.has("blocks")) {
            slack.showAnswer(channel, member.id(), answer.has("text") ? answer.get("text").getAsString() : "",
                    answer.get("blocks"));
        }
    }

    private Optional<EmulatedMessage> messageSeenBy(EmulatedMember member, String channel, String ts) {
        EmulatedMessage shared = slack.message(channel, ts);
        if (shared != null) {
            return Optional.of(shared);
        }
        return slack.ephemeralsTo(member.id()).stream().filter(m -> m.ts().equals(ts)).findFirst();
    }

    /** The member's open modal or their Home tab, if the id is one of those. */
    private Optional<JsonObject> viewOf(EmulatedMember member, String viewId) {
        JsonObject modal = slack.modalOf(member.id());
        if (modal != null && modal.get("id").getAsString().equals(viewId)) {
            return Optional.of(modal);
        }
        JsonObject home = slack.homeOf(member.id());
        return home != null && home.get("id").getAsString().equals(viewId) ? Optional.of(home) : Optional.empty();
    }

    private static Outcome acknowledged(Ack ack) {
        if (ack.ok()) {
            return Outcome.done();
        }
        return Outcome.problem(ack.timedOut() ? "The app did not answer within 3 seconds, so Slack would show this "
                + "action as failed." : "The app refused the request (HTTP " + ack.status() + ").");
    }

    private static JsonObject json(String body) {
        try {
            JsonElement parsed = JsonParser.parseString(body);
            return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    /** "@Ben" becomes {@code <@UBEN|Ben>} for a member of that name, longest names first, as Slack escapes it. */
    private String mentions(String text) {
        String result = text;
        for (EmulatedMember m : slack.members().stream()
                .sorted(Comparator.comparingInt((EmulatedMember m) -> m.name().length()).reversed()).toList()) {
            result = Pattern.compile("@" + Pattern.quote(m.name()) + "(?![\\w])", Pattern.CASE_INSENSITIVE)
                    .matcher(result).replaceAll(Matcher.quoteReplacement("<@" + m.id() + "|" + m.name() + ">"));
        }
        return result;
    }

    /** Slack stores what a member types with {@code &}, {@code <} and {@code >} escaped, and sends it so. */
    private static String slackEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
