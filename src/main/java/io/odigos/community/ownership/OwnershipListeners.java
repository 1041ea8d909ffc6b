package io.odigos.community.ownership;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import io.odigos.community.core.Bans;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.feedback.ItemLeads;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.AfterAck;
import io.odigos.community.slack.ClickReplies;
import io.odigos.community.slack.ModalState;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackRoutes;
import io.odigos.community.slack.SlackText;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Slack's side of ownership: /own, *Lead this*, the admins' decision, the owners' check-in buttons and forms. */
final class OwnershipListeners {

    private static final String AREA = "Feature ownership";
    private static final int LISTED = 30;

    private final Claims claims;
    private final OwnerCheckIns checkIns;
    private final Members members;
    private final Bans bans;
    private final SlackOutbox outbox;
    private final AfterAck afterAck;
    private final Modals modals;

    OwnershipListeners(Claims claims, OwnerCheckIns checkIns, Members members, Bans bans, SlackOutbox outbox,
                       AfterAck afterAck, Modals modals) {
        this.claims = claims;
        this.checkIns = checkIns;
        this.members = members;
        this.bans = bans;
        this.outbox = outbox;
        this.afterAck = afterAck;
        this.modals = modals;
    }

    void register(SlackRoutes routes, ClickReplies replies) {
        routes.command(OwnershipMessages.COMMAND, (req, ctx) -> {
            String user = req.getPayload().getUserId();
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
            switch (text.toLowerCase(Locale.ROOT)) {
                case "" -> {
                    return ctx.ack(mine(user));
                }
                case "help" -> {
                    return ctx.ack(OwnershipMessages.help());
                }
                case "plugin" -> {
                    bans.requireNotBanned(user);
                    modals.open(req.getPayload().getTriggerId(), PluginForm.view());
                    return ctx.ack();
                }
                default -> {
                    if (text.toLowerCase(Locale.ROOT).startsWith("release ")) {
                        return ctx.ack(checkIns.release(user, claimId(text.substring("release ".length()))));
                    }
                    return ctx.ack(claimItem(user, itemId(text)));
                }
            }
        });
        replies.on(ItemLeads.LEAD_THIS, (user, value) -> claimItem(user, ClickReplies.id(value)));
        routes.viewSubmission(PluginForm.CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, PluginDraft.NAME, () -> {
                Claim claim = claims.proposePlugin(user, PluginForm.read(new ModalValues(view.getState())));
                rememberName(claim);
                return ctx.ack();
            });
        });
        registerDecisions(routes, replies);
        registerCheckIns(routes, replies);
    }

    private String claimItem(String user, long itemId) {
        Claim claim = claims.claimItem(user, itemId);
        rememberName(claim);
        return OwnershipMessages.claimed(claim);
    }

    /** The display name public pages show, read from Slack after the ack (users.info is no part of the answer). */
    private void rememberName(Claim claim) {
        afterAck.run("naming a feature owner", () -> {
            String name = members.lookup(claim.memberId()).displayName();
            if (name != null && !name.isBlank() && !name.equals(claim.memberId())) {
                claims.name(claim.id(), SlackText.clip(name, 80));
            }
        });
    }

    private String mine(String user) {
        List<Claim> mine = claims.mine(user);
        return (mine.isEmpty() ? "You lead nothing yet." : "*Your claims*\n" + mine.stream()
                .map(OwnershipViews::ownLine).collect(Collectors.joining("\n"))) + "\n" + OwnershipMessages.help();
    }

    private void registerDecisions(SlackRoutes routes, ClickReplies replies) {
        replies.on(OwnershipViews.APPROVE, (user, value) ->
                OwnershipMessages.decided(claims.approve(user, ClickReplies.id(value))));
        routes.blockAction(OwnershipViews.DECLINE, (req, ctx) -> {
            members.requireAdmin(req.getPayload().getUser().getId());
            return openNote(req, ctx, NoteForm.Purpose.DECLINE);
        });
        routes.viewSubmission(NoteForm.Purpose.DECLINE.callback, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, NoteForm.NOTE, () -> {
                Claim claim = claims.decline(user, state(view), new ModalValues(view.getState()).text(NoteForm.NOTE));
                outbox.send(OutgoingMessage.dm(user, OwnershipMessages.decided(claim), null));
                return ctx.ack();
            });
        });
    }

    private void registerCheckIns(SlackRoutes routes, ClickReplies replies) {
        routes.blockAction(OwnershipViews.PROGRESS, (req, ctx) -> openOwnersNote(req, ctx, NoteForm.Purpose.PROGRESS));
        routes.blockAction(OwnershipViews.NEED_HELP, (req, ctx) -> openOwnersNote(req, ctx, NoteForm.Purpose.HELP));
        replies.on(OwnershipViews.RELEASE, (user, value) -> checkIns.release(user, ClickReplies.id(value)));
        for (NoteForm.Purpose purpose : List.of(NoteForm.Purpose.PROGRESS, NoteForm.Purpose.HELP)) {
            routes.viewSubmission(purpose.callback, (req, ctx) -> {
                String user = req.getPayload().getUser().getId();
                var view = req.getPayload().getView();
                return ModalSubmission.answer(ctx, NoteForm.NOTE, () -> {
                    String note = new ModalValues(view.getState()).text(NoteForm.NOTE);
                    String reply = purpose == NoteForm.Purpose.PROGRESS ? checkIns.progress(user, state(view), note)
                            : checkIns.needHelp(user, state(view), note);
                    outbox.send(OutgoingMessage.dm(user, reply, null));
                    return ctx.ack();
                });
            });
        }
    }

    /** A check-in button: refused at once when the claim is not the clicker's or no longer theirs, else its form. */
    private Response openOwnersNote(BlockActionRequest req, ActionContext ctx, NoteForm.Purpose purpose) {
        checkIns.requireAnswerable(req.getPayload().getUser().getId(), ClickReplies.id(value(req)));
        return openNote(req, ctx, purpose);
    }

    private Response openNote(BlockActionRequest req, ActionContext ctx, NoteForm.Purpose purpose) {
        long claimId = ClickReplies.id(value(req));
        Claim claim = claims.find(claimId);
        modals.open(req.getPayload().getTriggerId(), purpose.view(claimId, OwnershipMessages.ref(claim)));
        return ctx.ack();
    }

    private static String value(BlockActionRequest req) {
        return req.getPayload().getActions().get(0).getValue();
    }

    private static long state(View view) {
        return ModalState.read(view.getPrivateMetadata(), NoteForm.State.class).claimId();
    }

    void registerAdmin(AdminCommands admin) {
        admin.add(AREA, "ownership-claims", "ownership-claims", "claims waiting for a decision and the approved owners",
                req -> {
                    List<Claim> active = claims.active(LISTED);
                    return active.isEmpty() ? "No claims are waiting or approved." : "*Feature ownership claims*\n"
                            + active.stream().map(OwnershipViews::adminLine).collect(Collectors.joining("\n"));
                });
        admin.add(AREA, "ownership-release", "ownership-release <claim> <reason>",
                "end a claim; the owner and the item's voters are told (audited)", req -> {
                    String[] parts = req.arguments().split("\\s+", 2);
                    Claim claim = claims.release(req.adminId(), claimId(parts[0]), parts.length < 2 ? null : parts[1]);
                    return ":white_check_mark: Released " + OwnershipMessages.ref(claim) + ".";
                });
    }

    private static long itemId(String text) {
        try {
            return Long.parseLong(text.replace("#", "").strip());
        } catch (NumberFormatException e) {
            throw new Refusal("`" + SlackText.escape(text) + "` is not a request number. " + OwnershipMessages.help());
        }
    }

    private static long claimId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new Refusal("`" + SlackText.escape(text.strip()) + "` is not a claim number; `"
                    + OwnershipMessages.COMMAND + "` lists yours.");
        }
    }
}
