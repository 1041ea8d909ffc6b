package io.odigos.community.playground;

import com.google.gson.JsonObject;
import io.odigos.community.local.EmulatedMember;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.web.Mrkdwn;
import io.odigos.community.web.Templates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What one member sees, rendered from the emulated workspace: a channel, their DM with the bot, their Home tab, a modal. */
final class Screen {

    enum Pane { CHANNEL, DM, HOME }

    /** An open modal: its HTML, and a key that changes only when the bot changes the view. */
    record Modal(String key, String html) {
    }

    static final String BOT_NAME = "Odigos Community Bot";

    private final SlackEmulator slack;
    private final CommandCatalog catalog;
    private final String channel;
    private final Clock clock;

    Screen(SlackEmulator slack, CommandCatalog catalog, String channel, Clock clock) {
        this.slack = slack;
        this.catalog = catalog;
        this.channel = channel;
        this.clock = clock;
    }

    String channel() {
        return channel;
    }

    String pane(EmulatedMember member, Pane pane) {
        Rendering r = rendering(member);
        if (pane == Pane.HOME) {
            JsonObject home = slack.homeOf(member.id());
            if (home == null) {
                return "<p class=\"pane-empty\">Opening Home…</p>";
            }
            return Templates.render("playground/pane/view.jte", Map.of("view", Rendering.view(home), "r", r,
                    "modal", false));
        }
        String where = pane == Pane.CHANNEL ? channel : SlackEmulator.dmChannelId(member.id());
        return Templates.render("playground/pane/messages.jte", Map.of("messages", messages(member, where),
                "shortcuts", pane == Pane.CHANNEL ? catalog.shortcuts() : List.of(), "r", r,
                "empty", pane == Pane.CHANNEL ? "No messages yet. Say hello, or type / for the bot's commands."
                        : "Nothing from the bot yet. Commands typed here are answered here."));
    }

    /** The calls Slack would have refused for their Block Kit, for the developer trying the bot; null when none. */
    String refusals() {
        var refusals = slack.refusals();
        return refusals.isEmpty() ? null : Templates.render("playground/pane/refusals.jte", Map.of("refusals", refusals));
    }

    Modal modal(EmulatedMember member) {
        JsonObject view = slack.modalOf(member.id());
        if (view == null) {
            return null;
        }
        String html = Templates.render("playground/pane/view.jte", Map.of("view", Rendering.view(view),
                "r", rendering(member), "modal", true));
        return new Modal(view.get("id").getAsString() + ":" + view.get("hash").getAsString(), html);
    }

    private List<MessageView> messages(EmulatedMember member, String where) {
        List<EmulatedMessage> all = new ArrayList<>(slack.messages(where));
        slack.ephemeralsTo(member.id()).stream().filter(m -> m.channel().equals(where)).forEach(all::add);
        all.sort(Comparator.comparing(EmulatedMessage::ts));
        return all.stream().map(this::view).toList();
    }

    private MessageView view(EmulatedMessage m) {
        List<MessageView.FileLink> files = m.file() == null ? List.of()
                : List.of(new MessageView.FileLink(m.file().filename(), m.file().title(),
                        "/playground/files/" + m.file().id()));
        return new MessageView(m.channel(), m.ts(), m.fromBot() ? BOT_NAME : nameOf(m.author()), m.fromBot(),
                m.visibleTo() != null, m.text(), Rendering.blocks(m.blocks()), files);
    }

    private Rendering rendering(EmulatedMember member) {
        Mrkdwn.Directory directory = new Mrkdwn.Directory() {
            @Override
            public String memberName(String memberId) {
                return nameOf(memberId);
            }

            @Override
            public String channelName(String channelId) {
                return channelId.equals(channel) ? "community" : null;
            }
        };
        return new Rendering(new Mrkdwn(directory, member.tz(), clock), member.tz(), slack.members());
    }

    private String nameOf(String memberId) {
        return slack.member(memberId).map(EmulatedMember::name).orElse(memberId);
    }
}
