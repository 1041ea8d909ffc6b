package io.odigos.community.slack;

import io.odigos.community.core.Refusal;

/**
 * Buttons whose answer only the clicker sees: the work runs, the clicker is told in place, and their
 * Home tab follows. A refused click is answered by the route and changes nothing.
 */
public final class ClickReplies {

    @FunctionalInterface
    public interface Click {
        /** Does the work for the member who clicked, given the button's value; answers what they are told. */
        String run(String user, String value);
    }

    private final SlackRoutes routes;
    private final SlackOutbox outbox;
    private final HomeTab home;

    public ClickReplies(SlackRoutes routes, SlackOutbox outbox, HomeTab home) {
        this.routes = routes;
        this.outbox = outbox;
        this.home = home;
    }

    public void on(String actionId, Click click) {
        routes.blockAction(actionId, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            String reply = click.run(user, req.getPayload().getActions().get(0).getValue());
            outbox.send(OutgoingMessage.replyTo(req.getPayload(), reply, null));
            home.refresh(user);
            return ctx.ack();
        });
    }

    /** A button's value as the id it carries; anything else is a forged or broken button. */
    public static long id(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new Refusal("That button is broken; nothing changed.");
        }
    }
}
