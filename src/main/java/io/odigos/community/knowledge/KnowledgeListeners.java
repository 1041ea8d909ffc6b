package io.odigos.community.knowledge;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.AfterAck;
import io.odigos.community.slack.HomeTab;
import io.odigos.community.slack.ModalState;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackPoster;
import io.odigos.community.slack.SlackRoutes;
import java.util.function.BiFunction;

/**
 * Slack's side of sharing, review and rating: the *Share a guide* button and the *Save to knowledge base* shortcut,
 * the entry form, the reviewers' buttons and note forms, the author's *Edit and resubmit*, and an entry's modal with
 * its votes.
 */
final class KnowledgeListeners {

    static final String SAVE_SHORTCUT = "kb_save_message";

    private final Submissions submissions;
    private final Reviews reviews;
    private final Ratings ratings;
    private final SlackOutbox outbox;
    private final SlackPoster poster;
    private final AfterAck afterAck;
    private final HomeTab home;
    private final Modals modals;

    KnowledgeListeners(Submissions submissions, Reviews reviews, Ratings ratings, SlackOutbox outbox,
                       SlackPoster poster, AfterAck afterAck, HomeTab home, Modals modals) {
        this.submissions = submissions;
        this.reviews = reviews;
        this.ratings = ratings;
        this.outbox = outbox;
        this.poster = poster;
        this.afterAck = afterAck;
        this.home = home;
        this.modals = modals;
    }

    void register(SlackRoutes routes) {
        registerSharing(routes);
        registerReview(routes);
        registerRating(routes);
    }

    private void registerSharing(SlackRoutes routes) {
        routes.blockAction(KnowledgeViews.SHARE, (req, ctx) -> {
            submissions.requireMayShare(req.getPayload().getUser().getId());
            show(req.getPayload(), EntryForm.share(submissions.topics(), null, null));
            return ctx.ack();
        });
        routes.messageShortcut(SAVE_SHORTCUT, (req, ctx) -> {
            var p = req.getPayload();
            submissions.requireMayShare(p.getUser().getId());
            ThreadText copied = ThreadText.copy(ctx.client(), p.getChannel().getId(), p.getMessage());
            modals.open(p.getTriggerId(), EntryForm.share(submissions.topics(), copied.text(), copied.permalink()));
            return ctx.ack();
        });
        routes.blockAction(KnowledgeMessages.EDIT, (req, ctx) -> {
            KnowledgeEntry entry = submissions.editable(user(req), id(req));
            show(req.getPayload(), EntryForm.edit(submissions.topics(), entry));
            return ctx.ack();
        });
        routes.viewSubmission(EntryForm.CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, EntryDraft.TITLE, () -> {
                EntryForm.State state = ModalState.read(view.getPrivateMetadata(), EntryForm.State.class);
                EntryDraft draft = EntryForm.read(new ModalValues(view.getState()), state);
                if (state.entryId() == null) {
                    submissions.share(user, draft);
                } else {
                    submissions.resubmit(user, state.entryId(), draft);
                }
                home.refresh(user);
                return ctx.ack();
            });
        });
    }

    private void registerReview(SlackRoutes routes) {
        replying(routes, KnowledgeMessages.PUBLISH, (user, id) -> KnowledgeMessages.decisionDone(reviews.publish(user, id)));
        routes.blockAction(KnowledgeMessages.ASK_CHANGES, (req, ctx) -> noteForm(req, ctx, NoteForm.Purpose.CHANGES));
        routes.blockAction(KnowledgeMessages.DECLINE, (req, ctx) -> noteForm(req, ctx, NoteForm.Purpose.DECLINE));
        for (NoteForm.Purpose purpose : new NoteForm.Purpose[] {NoteForm.Purpose.CHANGES, NoteForm.Purpose.DECLINE}) {
            routes.viewSubmission(purpose.callback, (req, ctx) -> {
                String user = req.getPayload().getUser().getId();
                var view = req.getPayload().getView();
                return ModalSubmission.answer(ctx, NoteForm.NOTE, () -> {
                    long id = ModalState.read(view.getPrivateMetadata(), NoteForm.State.class).entryId();
                    String note = new ModalValues(view.getState()).text(NoteForm.NOTE);
                    KnowledgeEntry entry = purpose == NoteForm.Purpose.CHANGES ? reviews.askForChanges(user, id, note)
                            : reviews.decline(user, id, note);
                    outbox.send(OutgoingMessage.dm(user, KnowledgeMessages.decisionDone(entry), null));
                    return ctx.ack();
                });
            });
        }
    }

    private void registerRating(SlackRoutes routes) {
        routes.blockAction(KnowledgeViews.OPEN, (req, ctx) -> {
            show(req.getPayload(), EntryView.view(ratings.open(user(req), id(req)), null));
            return ctx.ack();
        });
        routes.blockAction(EntryView.HELPFUL, (req, ctx) -> vote(req, ctx, true));
        routes.blockAction(EntryView.NOT_HELPFUL, (req, ctx) -> vote(req, ctx, false));
        routes.viewSubmission(NoteForm.Purpose.COMMENT.callback, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, NoteForm.NOTE, () -> {
                long id = ModalState.read(view.getPrivateMetadata(), NoteForm.State.class).entryId();
                ratings.comment(user, id, new ModalValues(view.getState()).text(NoteForm.NOTE));
                return ctx.ack();
            });
        });
    }

    /** A reviewer's *Ask for changes* or *Decline*: refused at once when it cannot be decided, else its note form. */
    private Response noteForm(BlockActionRequest req, ActionContext ctx, NoteForm.Purpose purpose) {
        show(req.getPayload(), purpose.view(reviews.requireUndecided(user(req), id(req))));
        return ctx.ack();
    }

    /** A vote updates the entry's modal in place; *Not helpful* opens the comment form over it. */
    private Response vote(BlockActionRequest req, ActionContext ctx, boolean helpful) {
        BlockActionPayload p = req.getPayload();
        Ratings.Voted voted = ratings.vote(user(req), id(req), helpful);
        if (!helpful) { // also when it was already their vote: they may come back to say why
            show(p, NoteForm.Purpose.COMMENT.view(voted.shown().entry()));
        }
        View updated = EntryView.view(voted.shown(), EntryView.voted(voted.outcome(), helpful));
        if (p.getView() != null) { // the vote buttons live in the entry's modal; a forged click elsewhere has none
            afterAck.run("updating a knowledge base entry", () -> poster.updateView(p.getView().getId(),
                    OutgoingMessage.toJson(updated)));
        }
        return ctx.ack();
    }

    /** Opens the view, over the modal the click came from if it came from one (Slack keeps a stack of three). */
    private void show(BlockActionPayload click, View view) {
        if (click.getView() != null && "modal".equals(click.getView().getType())) {
            modals.push(click.getTriggerId(), view);
        } else {
            modals.open(click.getTriggerId(), view);
        }
    }

    /** A button whose answer only the clicker sees, in place or in a DM; their Home tab follows. */
    private void replying(SlackRoutes routes, String actionId, BiFunction<String, Long, String> click) {
        routes.blockAction(actionId, (req, ctx) -> {
            String reply = click.apply(user(req), id(req));
            outbox.send(OutgoingMessage.replyTo(req.getPayload(), reply, null));
            home.refresh(user(req));
            return ctx.ack();
        });
    }

    private static String user(BlockActionRequest req) {
        return req.getPayload().getUser().getId();
    }

    /** The entry id a button carries; anything else is a forged or broken button. */
    private static long id(BlockActionRequest req) {
        try {
            return Long.parseLong(req.getPayload().getActions().get(0).getValue().strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new Refusal("That button is broken; nothing changed.");
        }
    }
}
