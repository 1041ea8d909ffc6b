package io.odigos.community.design;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.ClickReplies;
import io.odigos.community.slack.HomeTab;
import io.odigos.community.slack.ModalState;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackRoutes;
import java.util.Locale;

/** `/design`, the buttons on the posts and DMs, the forms, and the admin subcommands. */
final class DesignListeners {

    static final int LISTED = 8;

    private final DesignDocuments documents;
    private final DesignWindows windows;
    private final DesignOutcomes outcomes;
    private final Brainstorms brainstorms;
    private final Members members;
    private final SlackOutbox outbox;
    private final HomeTab home;
    private final Modals modals;

    DesignListeners(DesignDocuments documents, DesignWindows windows, DesignOutcomes outcomes, Brainstorms brainstorms,
                    Members members, SlackOutbox outbox, HomeTab home, Modals modals) {
        this.documents = documents;
        this.windows = windows;
        this.outcomes = outcomes;
        this.brainstorms = brainstorms;
        this.members = members;
        this.outbox = outbox;
        this.home = home;
        this.modals = modals;
    }

    void register(SlackRoutes routes) {
        routes.command(DesignMessages.COMMAND, (req, ctx) -> {
            String user = req.getPayload().getUserId();
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip()
                    .toLowerCase(Locale.ROOT);
            switch (text) {
                case "", "list" -> {
                    var blocks = DesignViews.listing(documents.open(LISTED), documents.recentlyClosed(LISTED));
                    return ctx.ack(r -> r.responseType("ephemeral").text("Design documents open for feedback")
                            .blocks(blocks));
                }
                case "open" -> openForm(user, req.getPayload().getTriggerId(), DesignKind.DOCUMENT);
                case "brainstorm" -> openForm(user, req.getPayload().getTriggerId(), DesignKind.BRAINSTORM);
                default -> {
                    return ctx.ack(DesignMessages.help());
                }
            }
            return ctx.ack();
        });
        routes.blockAction(DesignViews.OPEN_FORM, (req, ctx) -> {
            openForm(user(req), req.getPayload().getTriggerId(), DesignKind.DOCUMENT);
            return ctx.ack();
        });
        routes.blockAction(DesignViews.BRAINSTORM_FORM, (req, ctx) -> {
            openForm(user(req), req.getPayload().getTriggerId(), DesignKind.BRAINSTORM);
            return ctx.ack();
        });
        routes.viewSubmission(DesignForm.OPEN_CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, DesignDraft.TITLE, () -> {
                DesignForm.OpenState state = ModalState.read(view.getPrivateMetadata(), DesignForm.OpenState.class);
                documents.open(DesignForm.read(new ModalValues(view.getState()), state.kind(),
                        () -> members.timeZone(user)), user);
                home.refresh(user);
                return ctx.ack();
            });
        });
        registerFeedback(routes);
        registerBrainstorms(routes);
        registerOutcomes(routes);
    }

    private void registerFeedback(SlackRoutes routes) {
        routes.blockAction(DesignViews.family(DesignViews.PLUS_ONE), (req, ctx) -> react(req, ctx, Reaction.PLUS_ONE));
        routes.blockAction(DesignViews.family(DesignViews.CONCERN), (req, ctx) -> react(req, ctx, Reaction.CONCERN));
        routes.blockAction(DesignViews.GIVE_FEEDBACK, (req, ctx) -> {
            DesignDocument document = documents.requireMayAnswer(id(req), user(req));
            modals.open(req.getPayload().getTriggerId(), DesignForm.answers(document, documents.questions(document.id())));
            return ctx.ack();
        });
        routes.viewSubmission(DesignForm.ANSWERS_CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            // the form's blocks are its questions': a refusal shows under the first of them
            String firstBlock = view.getState() == null || view.getState().getValues() == null ? DesignForm.answerBlock(0)
                    : view.getState().getValues().keySet().stream().sorted().findFirst().orElse(DesignForm.answerBlock(0));
            return ModalSubmission.answer(ctx, firstBlock, () -> {
                long documentId = ModalState.read(view.getPrivateMetadata(), DesignForm.Target.class).id();
                int kept = documents.answer(documentId, user, DesignForm.readAnswers(new ModalValues(view.getState()),
                        documents.questions(documentId)));
                outbox.send(OutgoingMessage.dm(user, DesignMessages.answersKept(kept), null));
                return ctx.ack();
            });
        });
    }

    private void registerBrainstorms(SlackRoutes routes) {
        routes.blockAction(DesignViews.ADD_IDEA, (req, ctx) -> {
            DesignDocument brainstorm = brainstorms.requireMaySubmit(id(req), user(req));
            modals.open(req.getPayload().getTriggerId(), DesignForm.idea(brainstorm));
            return ctx.ack();
        });
        routes.viewSubmission(DesignForm.IDEA_CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, DesignForm.IDEA, () -> {
                long brainstormId = ModalState.read(view.getPrivateMetadata(), DesignForm.Target.class).id();
                brainstorms.submit(brainstormId, user, new ModalValues(view.getState()).text(DesignForm.IDEA));
                outbox.send(OutgoingMessage.dm(user, DesignMessages.ideaAdded(), null));
                return ctx.ack();
            });
        });
        // like feedback's votes: the post's count is the answer, so a click costs no ephemeral message
        routes.blockAction(DesignViews.family(DesignViews.UPVOTE), (req, ctx) -> {
            brainstorms.vote(id(req), user(req), true);
            return ctx.ack();
        });
        routes.blockAction(DesignViews.family(DesignViews.UNDO_UPVOTE), (req, ctx) -> {
            brainstorms.vote(id(req), user(req), false);
            return ctx.ack();
        });
        routes.blockAction(DesignViews.family(DesignViews.TO_FEEDBACK), (req, ctx) -> {
            String reply = brainstorms.toFeedback(user(req), id(req));
            outbox.send(OutgoingMessage.replyTo(req.getPayload(), reply, null));
            return ctx.ack();
        });
    }

    private void registerOutcomes(SlackRoutes routes) {
        routes.blockAction(DesignViews.RECORD_OUTCOME, (req, ctx) -> {
            modals.open(req.getPayload().getTriggerId(), outcomes.form(id(req), user(req)));
            return ctx.ack();
        });
        routes.viewSubmission(DesignForm.OUTCOME_CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, DesignForm.OUTCOME_SUMMARY, () -> {
                long documentId = ModalState.read(view.getPrivateMetadata(), DesignForm.Target.class).id();
                ModalValues values = new ModalValues(view.getState());
                DesignDocument document = outcomes.record(documentId, user, DesignForm.readOutcome(values),
                        values.text(DesignForm.OUTCOME_SUMMARY));
                outbox.send(OutgoingMessage.dm(user, DesignMessages.recorded(document), null));
                return ctx.ack();
            });
        });
    }

    void registerAdmin(AdminCommands admin) {
        admin.add("Design", "design-close", "design-close <id>",
                "closes a design document's or brainstorm's feedback window early (its author is asked for the outcome)",
                req -> DesignMessages.closedEarly(windows.closeEarly(req.adminId(), number(req.arguments()))));
        admin.add("Design", "design-outcome", "design-outcome <id>",
                "records the outcome of a closed design document for its author", req -> {
                    modals.open(req.triggerId(), outcomes.form(number(req.arguments()), req.adminId()));
                    return "";
                });
    }

    private void openForm(String user, String triggerId, DesignKind kind) {
        documents.requireMayOpen(user);
        modals.open(triggerId, DesignForm.open(kind));
    }

    private Response react(BlockActionRequest req, ActionContext ctx, Reaction reaction) {
        documents.react(id(req), user(req), reaction);
        return ctx.ack();
    }

    private static String user(BlockActionRequest req) {
        return req.getPayload().getUser().getId();
    }

    private static long id(BlockActionRequest req) {
        return ClickReplies.id(req.getPayload().getActions().get(0).getValue());
    }

    private static long number(String arguments) {
        try {
            return Long.parseLong(arguments.strip().replace("#", ""));
        } catch (NumberFormatException e) {
            throw new Refusal("Give the document's number, as `/design` lists it (e.g. `design-close 12`).");
        }
    }
}
