package io.odigos.community.mentorship;

import io.odigos.community.slack.ClickReplies;
import io.odigos.community.slack.HomeTab;
import io.odigos.community.slack.ModalState;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackRoutes;

/** Slack's side of a pair after its introduction: the check-in buttons, the announcement question, the testimonial. */
final class PairListeners {

    private final CheckIns checkIns;
    private final Celebrations celebrations;
    private final SlackOutbox outbox;
    private final HomeTab home;
    private final Modals modals;

    PairListeners(CheckIns checkIns, Celebrations celebrations, SlackOutbox outbox, HomeTab home, Modals modals) {
        this.checkIns = checkIns;
        this.celebrations = celebrations;
        this.outbox = outbox;
        this.home = home;
        this.modals = modals;
    }

    void register(SlackRoutes routes) {
        ClickReplies clicks = new ClickReplies(routes, outbox, home);
        for (CheckInAnswer answer : CheckInAnswer.values()) {
            clicks.on(CheckInMessages.actionOf(answer),
                    (user, value) -> checkIns.answer(ClickReplies.id(value), user, answer));
        }
        clicks.on(CheckInMessages.ANNOUNCE, (user, value) -> celebrations.announce(ClickReplies.id(value), user, true));
        clicks.on(CheckInMessages.KEEP_QUIET, (user, value) -> celebrations.announce(ClickReplies.id(value), user, false));
        routes.blockAction(CheckInMessages.TESTIMONIAL, (req, ctx) -> {
            long pairId = ClickReplies.id(req.getPayload().getActions().get(0).getValue());
            celebrations.checkMayWriteTestimonial(pairId, req.getPayload().getUser().getId());
            modals.open(req.getPayload().getTriggerId(), TestimonialForm.view(pairId));
            return ctx.ack();
        });
        routes.viewSubmission(TestimonialForm.CALLBACK, (req, ctx) -> {
            var view = req.getPayload().getView();
            String user = req.getPayload().getUser().getId();
            return ModalSubmission.answer(ctx, TestimonialForm.LINE, () -> {
                TestimonialForm.State state = ModalState.read(view.getPrivateMetadata(), TestimonialForm.State.class);
                celebrations.testimonial(state.pairId(), user, new ModalValues(view.getState()).text(TestimonialForm.LINE));
                return ctx.ack();
            });
        });
    }
}
