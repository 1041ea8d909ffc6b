package io.odigos.community.slack;

import io.odigos.community.core.Members;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one admin slash command. Features add subcommands; the command checks the caller is an admin before any
 * of them runs and answers unknown words with the list of what exists.
 */
public final class AdminCommands {

    public static final String COMMAND = "/community-admin";

    /** Does the work and answers with the text the admin sees. */
    @FunctionalInterface
    public interface Handler {
        String handle(String adminId, String arguments);
    }

    private record Subcommand(String usage, String description, Handler handler) {
    }

    private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();
    private final Members members;

    public AdminCommands(Members members) {
        this.members = members;
    }

    public void add(String name, String usage, String description, Handler handler) {
        if (subcommands.putIfAbsent(name, new Subcommand(usage, description, handler)) != null) {
            throw new IllegalStateException("admin subcommand " + name + " is registered twice");
        }
    }

    public void register(SlackRoutes routes) {
        routes.command(COMMAND, (req, ctx) -> ctx.ack(answer(req.getPayload().getUserId(), req.getPayload().getText())));
    }

    /** What the admin sees for this command line. */
    public String answer(String userId, String text) {
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
        return sub.handler().handle(userId, args);
    }

    private String help(String asked) {
        StringBuilder b = new StringBuilder();
        if (!asked.isEmpty() && !asked.equals("help")) {
            b.append("I do not know `").append(SlackText.escape(asked)).append("`.\n");
        }
        b.append("*").append(COMMAND).append("* subcommands:\n");
        subcommands.values().forEach(s -> b.append("• `").append(COMMAND).append(' ').append(s.usage()).append("`: ")
                .append(s.description()).append('\n'));
        return b.toString();
    }
}
