package io.odigos.community.hackathons;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.view.View;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackRoutes;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Slack's side of hackathons: /hackathon, registration and team forms, the board, invitations, admin creation. */
public final class HackathonListeners {

    public static final String HACKATHON = "/hackathon";
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(\\|[^>]*)?>");
    private static final Logger log = LoggerFactory.getLogger(HackathonListeners.class);

    private final HackathonService service;
    private final HackathonViews views;
    private final SlackOutbox outbox;
    private final com.slack.api.methods.MethodsClient slack;

    HackathonListeners(HackathonService service, HackathonViews views, SlackOutbox outbox,
                       com.slack.api.methods.MethodsClient slack) {
        this.service = service;
        this.views = views;
        this.outbox = outbox;
        this.slack = slack;
    }

    void register(SlackRoutes routes) {
        routes.command(HACKATHON, (req, ctx) -> {
            String user = req.getPayload().getUserId();
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
            var current = service.current();
            if (current.isEmpty()) {
                return ctx.ack("No hackathon is planned yet. The next one will be announced in the community channel.");
            }
            Hackathon h = current.get();
            try {
                if (text.startsWith("board")) {
                    return ctx.ack(r -> r.responseType("ephemeral").blocks(views.board(h, service.board(h.id()))));
                }
                if (text.startsWith("invite")) {
                    return ctx.ack(invite(h, user, text));
                }
            } catch (Refusal e) {
                return ctx.ack(e.getMessage());
            }
            return ctx.ack(r -> r.responseType("ephemeral").text(h.title()).blocks(status(h, user)));
        });
        var app = routes.app();
        app.blockAction(HackathonViews.REGISTER, (req, ctx) -> {
            service.find(hackathon(req.getPayload())).ifPresent(h -> open(req.getPayload().getTriggerId(),
                    views.registerForm(h.id(), h.title())));
            return ctx.ack();
        });
        app.blockAction(HackathonViews.CREATE_TEAM, (req, ctx) -> {
            open(req.getPayload().getTriggerId(), views.teamForm(hackathon(req.getPayload())));
            return ctx.ack();
        });
        app.blockAction(HackathonViews.BOARD, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            try {
                Hackathon h = service.find(hackathon(req.getPayload())).orElseThrow(() -> new Refusal("That hackathon no longer exists."));
                tell(req.getPayload(), user, OutgoingMessage.toJson(views.board(h, service.board(h.id()))));
            } catch (Refusal e) {
                tellText(req.getPayload(), user, e.getMessage());
            }
            return ctx.ack();
        });
        app.blockAction(HackathonViews.JOIN, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            String[] ids = req.getPayload().getActions().get(0).getValue().split(":");
            try {
                Team team = service.joinTeam(Long.parseLong(ids[0]), user, Long.parseLong(ids[1]));
                tellText(req.getPayload(), user, ":white_check_mark: You joined *" + io.odigos.community.slack.SlackText
                        .escape(team.name()) + "*.");
            } catch (Refusal e) {
                tellText(req.getPayload(), user, e.getMessage());
            }
            return ctx.ack();
        });
        app.blockAction(HackathonViews.LEAVE, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            try {
                service.leaveTeam(hackathon(req.getPayload()), user);
                tellText(req.getPayload(), user, "You left your team. You can join or create another.");
            } catch (Refusal e) {
                tellText(req.getPayload(), user, e.getMessage());
            }
            return ctx.ack();
        });
        app.viewSubmission(HackathonViews.REGISTER_CALLBACK, (req, ctx) -> {
            var view = req.getPayload().getView();
            ModalValues v = new ModalValues(view.getState());
            try {
                service.register(Long.parseLong(view.getPrivateMetadata()), req.getPayload().getUser().getId(),
                        v.get(HackathonForm.SKILLS), "yes".equals(v.get(HackathonForm.LOOKING)));
                return ctx.ack();
            } catch (InvalidInput e) {
                return ctx.ack(r -> r.responseAction("errors").errors(e.problems()));
            } catch (Refusal e) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of(HackathonForm.SKILLS, e.getMessage())));
            }
        });
        app.viewSubmission(HackathonViews.TEAM_CALLBACK, (req, ctx) -> {
            var view = req.getPayload().getView();
            try {
                service.createTeam(Long.parseLong(view.getPrivateMetadata()), req.getPayload().getUser().getId(),
                        new ModalValues(view.getState()).get(HackathonForm.TEAM_NAME));
                return ctx.ack();
            } catch (InvalidInput e) {
                return ctx.ack(r -> r.responseAction("errors").errors(e.problems()));
            } catch (Refusal e) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of(HackathonForm.TEAM_NAME, e.getMessage())));
            }
        });
        app.viewSubmission(HackathonViews.SAVE_CALLBACK, (req, ctx) -> {
            try {
                service.create(HackathonForm.read(new ModalValues(req.getPayload().getView().getState()), service.now()),
                        req.getPayload().getUser().getId());
                return ctx.ack();
            } catch (InvalidInput e) {
                return ctx.ack(r -> r.responseAction("errors").errors(e.problems()));
            } catch (Refusal e) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of(HackathonForm.TITLE, e.getMessage())));
            }
        });
    }

    void registerAdmin(AdminCommands admin) {
        admin.add("hackathon-new", "hackathon-new", "create a hackathon in a form: theme, challenges, dates, prizes, judging",
                req -> {
                    open(req.triggerId(), views.form());
                    return "";
                });
    }

    List<com.slack.api.model.block.LayoutBlock> status(Hackathon h, String user) {
        Hacker me = service.hacker(h.id(), user).orElse(null);
        Team team = me == null || me.teamId() == null ? null : service.team(me.teamId()).orElse(null);
        List<String> mates = team == null ? List.of() : service.teamMembers(team.id());
        return views.status(h, h.phaseAt(service.now()), me, team, mates, service.now());
    }

    /** /hackathon invite @someone: DMs them a button to join the inviter's team. */
    private String invite(Hackathon h, String user, String text) {
        Matcher m = MENTION.matcher(text);
        if (!m.find()) {
            return "Mention who to invite, e.g. `/hackathon invite @alex`.";
        }
        String invitee = m.group(1);
        Hacker me = service.hacker(h.id(), user).orElseThrow(() -> new Refusal("Register and create a team first."));
        if (me.teamId() == null) {
            throw new Refusal("Create a team first; then invite people to it.");
        }
        Team team = service.team(me.teamId()).orElseThrow();
        outbox.send(OutgoingMessage.dm(invitee, "Invitation to team " + team.name(), views.invitation(h, team, user)));
        return ":envelope: Invited <@" + invitee + "> to *" + io.odigos.community.slack.SlackText.escape(team.name())
                + "*. They need to be registered to join.";
    }

    private void open(String triggerId, View view) {
        try {
            var opened = slack.viewsOpen(r -> r.triggerId(triggerId).view(view));
            if (!opened.isOk()) {
                log.warn("views.open failed: {}", opened.getError());
                throw new Refusal("Slack did not open the form (" + opened.getError() + "); please try again.");
            }
        } catch (java.io.IOException | com.slack.api.methods.SlackApiException e) {
            throw new Refusal("Slack did not open the form (" + e.getMessage() + "); please try again.");
        }
    }

    private static long hackathon(BlockActionPayload payload) {
        return Long.parseLong(payload.getActions().get(0).getValue());
    }

    private void tell(BlockActionPayload payload, String user, String blocksJson) {
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        outbox.send(new OutgoingMessage(channel == null ? user : channel, channel == null ? null : user,
                "Looking-for-a-team board", blocksJson));
    }

    private void tellText(BlockActionPayload payload, String user, String text) {
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        outbox.send(channel == null ? OutgoingMessage.dm(user, text, null)
                : OutgoingMessage.ephemeral(channel, user, text, null));
    }
}
