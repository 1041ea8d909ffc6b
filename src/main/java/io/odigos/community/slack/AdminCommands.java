package io.odigos.community.slack;

import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one admin slash command. Features add subcommands, each in an area (Feedback, Moderation, ...); the command
 * checks the caller is an admin before any of them runs, turns a {@link Refusal} into a warning, and answers
 * {@code help}, an empty line or an unknown word with the subcommands grouped by area.
 */
public final class AdminCommands {

    public static final String COMMAND = "/community-admin";

    /** Does the work and answers with the text the admin sees (empty when it opened a modal instead). */
    @FunctionalInterface
    public interface Handler {
        String handle(Request request);
    }

    /** One admin command line: who, the words after the subcommand, and the trigger for opening a modal. */
    public record Request(String adminId, String arguments, String triggerId) {
    }

    private record Subcommand(String area, String usage, String description, Handler handler) {
    }

    private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();
    private final Members members;

    public AdminCommands(Members members) {
        this.members = members;
    }

    /** Adds a subcommand listed under {@code area} in the help. */
    public void add(String area, String name, String usage, String description, Handler handler) {
        if (name.equals("help") || subcommands.putIfAbsent(name, new Subcommand(area, usage, description, handler)) != null) {
            throw new IllegalStateException("admin subcommand " + name + " is registered twice (or is help)");
        }
    }

    public void register(SlackRoutes routes) {
        routes.command(COMMAND, (req, ctx) -> {
            String answer = answer(req.getPayload().getUserId(), req.getPayload().getText(), req.getPayload().getTriggerId());
            return answer.isEmpty() ? ctx.ack() : ctx.ack(answer);
        });
    }

    /** What the admin sees for this command line. */
    public String answer(String userId, String text, String triggerId) {
        if (!members.isAdmin(userId)) {
            return ":lock: Only community admins can use " + COMMAND + ". Ask an admin if something needs moderating.";
        }
        String line = text == null ? "" : text.strip();
        int space = line.indexOf(' ');
        String name = space < 0 ? line : line.substring(0, space);
        String args = space < 0 ? "" : line.substring(space + 1).strip();
        Subcommand sub = subcommands.get(name);
        if (sub == null) {
            return help(name);
        }
        try {
            return sub.handler().handle(new Request(userId, args, triggerId));
        } catch (Refusal e) {
            return ":warning: " + e.getMessage();
        }
    }

    private String help(String asked) {
        StringBuilder b = new StringBuilder();
        if (!asked.isEmpty() && !asked.equals("help")) {
            b.append("I do not know `").append(SlackText.escape(asked)).append("`.\n");
        }
        b.append("*").append(COMMAND).append("* subcommands:\n");
        Map<String, List<Subcommand>> byArea = new LinkedHashMap<>();
        subcommands.values().forEach(s -> byArea.computeIfAbsent(s.area(), a -> new ArrayList<>()).add(s));
        byArea.forEach((area, subs) -> {
            b.append("\n*").append(area).append("*\n");
            subs.forEach(s -> b.append("• `").append(COMMAND).append(' ').append(s.usage()).append("`: ")
                    .append(s.description()).append('\n'));
        });
        return b.toString();
    }
}
