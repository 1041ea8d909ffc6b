package io.odigos.community.packs;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.view.View;
import io.odigos.community.slack.ClickReplies;
import io.odigos.community.slack.HomeTab;
import io.odigos.community.slack.ModalState;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackRoutes;

/**
 * Slack's side of rating packs and confirming versions: the card's *Rate* and *Works on my cluster* buttons open their
 * forms (a click that may not rate or confirm is refused at once, in words), and each accepted form is answered where
 * the click came from. A refusal at submission (banned meanwhile, the pack hidden) shows under the form's field.
 */
final class RatingListeners {

    private final PackRatings ratings;
    private final SlackOutbox outbox;
    private final HomeTab home;
    private final Modals modals;

    RatingListeners(PackRatings ratings, SlackOutbox outbox, HomeTab home, Modals modals) {
        this.ratings = ratings;
        this.outbox = outbox;
        this.home = home;
        this.modals = modals;
    }

    void register(SlackRoutes routes) {
        routes.blockAction(PackActions.RATE, (req, ctx) -> {
            BlockActionPayload click = req.getPayload();
            var choice = ratings.toRate(click.getUser().getId(), ClickReplies.id(value(click)));
            show(click, RatingForm.view(choice, channel(click)));
            return ctx.ack();
        });
        routes.blockAction(PackActions.CONFIRM, (req, ctx) -> {
            BlockActionPayload click = req.getPayload();
            var choice = ratings.toConfirm(click.getUser().getId(), ClickReplies.id(value(click)));
            show(click, ConfirmForm.view(choice, channel(click)));
            return ctx.ack();
        });
        routes.viewSubmission(RatingForm.CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, RatingForm.STARS, () -> {
                RatingForm.State state = ModalState.read(view.getPrivateMetadata(), RatingForm.State.class);
                int stars = RatingForm.stars(new ModalValues(view.getState()));
                PackRatings.Rated rated = ratings.rate(user, state.packId(), stars);
                answer(user, state.channel(), RatingMessages.rated(rated), rated.pack());
                return ctx.ack();
            });
        });
        routes.viewSubmission(ConfirmForm.CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, ConfirmForm.RELEASE, () -> {
                ConfirmForm.State state = ModalState.read(view.getPrivateMetadata(), ConfirmForm.State.class);
                var release = ConfirmForm.release(new ModalValues(view.getState()), ratings.currentRelease());
                PackRatings.Confirmed confirmed = ratings.confirm(user, state.versionId(), release);
                answer(user, state.channel(), RatingMessages.confirmed(confirmed), confirmed.pack());
                return ctx.ack();
            });
        });
    }

    /**
     * Tells the member what their form did, beside the card they clicked (or in a DM), and refreshes the Home tabs
     * that show the pack's ratings: theirs and its author's.
     */
    private void answer(String user, String channel, String text, Pack pack) {
        outbox.send(channel == null ? OutgoingMessage.dm(user, text, null)
                : OutgoingMessage.ephemeral(channel, user, text, null));
        home.refresh(user);
        home.refresh(pack.authorId());
    }

    /** Opens the form, over the modal the click came from if it came from one (a pack's details). */
    private void show(BlockActionPayload click, View view) {
        if (click.getView() != null && "modal".equals(click.getView().getType())) {
            modals.push(click.getTriggerId(), view);
        } else {
            modals.open(click.getTriggerId(), view);
        }
    }

    /** The channel of a card clicked in a channel; null for a click in a modal or the Home tab. */
    private static String channel(BlockActionPayload click) {
        return click.getChannel() == null ? null : click.getChannel().getId();
    }

    private static String value(BlockActionPayload click) {
        return click.getActions().get(0).getValue();
    }
}
