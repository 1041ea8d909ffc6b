package io.odigos.community.labs;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.model.view.View;
import io.odigos.community.slack.AfterAck;
import io.odigos.community.slack.ClickReplies;
import io.odigos.community.slack.HomeTab;
import io.odigos.community.slack.ModalState;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackPoster;
import io.odigos.community.slack.SlackRoutes;

/**
 * Slack's side of Labs: /labs with *Join* and *Leave*, *Give feedback* and its form, and the admins' forms and the
 * buttons of a beta's admin view (each pushed over it).
 */
final class LabsListeners {

    private final Participation participation;
    private final LabsAdmin admin;
    private final LabsReports reports;
    private final LabsTasks tasks;
    private final SlackOutbox outbox;
    private final SlackPoster poster;
    private final AfterAck afterAck;
    private final HomeTab home;
    private final Modals modals;

    LabsListeners(Participation participation, LabsAdmin admin, LabsReports reports, LabsTasks tasks,
                  SlackOutbox outbox, SlackPoster poster, AfterAck afterAck, HomeTab home, Modals modals) {
        this.participation = participation;
        this.admin = admin;
        this.reports = reports;
        this.tasks = tasks;
        this.outbox = outbox;
        this.poster = poster;
        this.afterAck = afterAck;
        this.home = home;
        this.modals = modals;
    }

    void register(SlackRoutes routes) {
        routes.command(LabsMessages.COMMAND, (req, ctx) -> ctx.ack(r -> r.responseType("ephemeral")
                .text("Odigos Labs").blocks(LabsViews.listing(participation.listing(req.getPayload().getUserId(),
                        LabsViews.LISTED)))));
        ClickReplies clicks = new ClickReplies(routes, outbox, home);
        clicks.on(LabsMessages.JOIN, (user, value) -> participation.join(user, ClickReplies.id(value)));
        clicks.on(LabsMessages.LEAVE, (user, value) -> participation.leave(user, ClickReplies.id(value)));
        routes.blockAction(LabsMessages.GIVE_FEEDBACK, (req, ctx) -> {
            show(req.getPayload(), LabsForms.feedback(participation.requireMayGiveFeedback(user(req), id(req))));
            return ctx.ack();
        });
        routes.viewSubmission(LabsForms.FEEDBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, FeedbackAnswers.block(1), () -> {
                LabsForms.Feedback state = ModalState.read(view.getPrivateMetadata(), LabsForms.Feedback.class);
                String thanks = participation.giveFeedback(user, state.betaId(), state.version(),
                        LabsForms.readFeedback(new ModalValues(view.getState()), BetaDraft.MAX_QUESTIONS));
                outbox.send(OutgoingMessage.dm(user, thanks, null));
                home.refresh(user);
                return ctx.ack();
            });
        });
        registerAdminForms(routes);
        registerAdminView(routes);
    }

    private void registerAdminForms(SlackRoutes routes) {
        routes.viewSubmission(LabsForms.NEW_BETA, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, BetaDraft.NAME, () -> {
                Beta beta = admin.create(user, LabsForms.readBeta(new ModalValues(view.getState())));
                outbox.send(OutgoingMessage.dm(user, LabsMessages.created(beta), null));
                return ctx.ack();
            });
        });
        routes.viewSubmission(LabsForms.NEW_VERSION, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, VersionDraft.VERSION, () -> {
                long id = ModalState.read(view.getPrivateMetadata(), LabsForms.BetaRef.class).betaId();
                Beta beta = admin.ship(user, id, LabsForms.readVersion(new ModalValues(view.getState())));
                outbox.send(OutgoingMessage.dm(user, LabsMessages.shipped(beta, reports.participantCount(id)), null));
                return ctx.ack();
            });
        });
        routes.viewSubmission(LabsForms.OPT_IN, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, LabsForms.MEMBERS, () -> {
                long id = ModalState.read(view.getPrivateMetadata(), LabsForms.BetaRef.class).betaId();
                LabsForms.OptIn who = LabsForms.readOptIn(new ModalValues(view.getState()));
                if (!who.members().isEmpty()) {
                    LabsAdmin.OptedIn done = admin.optIn(user, id, who.members(), "a list of members");
                    outbox.send(OutgoingMessage.dm(user, LabsMessages.optedIn(done.beta(), done.added(),
                            done.skipped()), null));
                }
                if (who.group() != null) {
                    tasks.optInGroup(user, admin.requireOpen(user, id).id(), who.group());
                }
                return ctx.ack();
            });
        });
        routes.viewSubmission(LabsForms.OUTCOME, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, LabsAdmin.OUTCOME, () -> {
                LabsForms.Ending state = ModalState.read(view.getPrivateMetadata(), LabsForms.Ending.class);
                Beta beta = admin.end(user, state.betaId(), state.stage(),
                        new ModalValues(view.getState()).text(LabsAdmin.OUTCOME));
                outbox.send(OutgoingMessage.dm(user, LabsMessages.endedFor(beta, reports.participantCount(beta.id())),
                        null));
                return ctx.ack();
            });
        });
    }

    /** The admin view's buttons; each checks the clicker is an admin, as the forms they open do again. */
    private void registerAdminView(SlackRoutes routes) {
        for (BetaStage stage : BetaStage.values()) {
            routes.blockAction(LabsViews.move(stage), (req, ctx) -> {
                moveOrAskWhy(req.getPayload(), id(req), stage);
                return ctx.ack();
            });
        }
        routes.blockAction(LabsViews.SHIP, (req, ctx) -> {
            show(req.getPayload(), LabsForms.newVersion(admin.requireOpen(user(req), id(req))));
            return ctx.ack();
        });
        routes.blockAction(LabsViews.OPT_IN, (req, ctx) -> {
            show(req.getPayload(), LabsForms.optIn(admin.requireOpen(user(req), id(req))));
            return ctx.ack();
        });
        routes.blockAction(LabsViews.EXPORT, (req, ctx) -> {
            outbox.send(OutgoingMessage.replyTo(req.getPayload(), tasks.export(user(req), id(req)), null));
            return ctx.ack();
        });
    }

    /**
     * Moves between open stages at once and shows the new stage in the admin view; graduating or retiring first asks
     * what changed because of the feedback.
     */
    private void moveOrAskWhy(BlockActionPayload click, long betaId, BetaStage stage) {
        String user = click.getUser().getId();
        if (stage.isEnded()) {
            show(click, LabsForms.outcome(admin.requireOpen(user, betaId), stage));
            return;
        }
        admin.move(user, betaId, stage);
        if (click.getView() != null && "modal".equals(click.getView().getType())) {
            View updated = LabsViews.summary(reports.summary(user, betaId));
            afterAck.run("updating a beta's admin view", () -> poster.updateView(click.getView().getId(),
                    OutgoingMessage.toJson(updated)));
        }
    }

    /** Opens the view, over the modal the click came from if it came from one. */
    private void show(BlockActionPayload click, View view) {
        if (click.getView() != null && "modal".equals(click.getView().getType())) {
            modals.push(click.getTriggerId(), view);
        } else {
            modals.open(click.getTriggerId(), view);
        }
    }

    private static String user(BlockActionRequest req) {
        return req.getPayload().getUser().getId();
    }

    private static long id(BlockActionRequest req) {
        return ClickReplies.id(req.getPayload().getActions().get(0).getValue());
    }
}
