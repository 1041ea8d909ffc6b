package io.odigos.community.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import io.odigos.community.core.Refusal;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to open a modal, within its trigger's 3 seconds; a failure becomes a {@link Refusal} with the words the
 * member sees. It calls Slack with the platform's client, not the listener's {@code ctx.client()}: admin subcommands
 * open forms too and have no Bolt context, and one client means one token and one Slack address for every form.
 */
public final class Modals {

    private static final Logger log = LoggerFactory.getLogger(Modals.class);

    private final MethodsClient slack;

    public Modals(MethodsClient slack) {
        this.slack = slack;
    }

    public void open(String triggerId, View view) {
        try {
            var opened = slack.viewsOpen(r -> r.triggerId(triggerId).view(view));
            answered("views.open", opened.isOk(), opened.getError());
        } catch (IOException | SlackApiException e) {
            throw new Refusal("Slack did not open the form (" + e.getMessage() + "); please try again.");
        }
    }

    /** Opens the view on top of the modal the click came from; closing it shows that modal again. */
    public void push(String triggerId, View view) {
        try {
            var pushed = slack.viewsPush(r -> r.triggerId(triggerId).view(view));
            answered("views.push", pushed.isOk(), pushed.getError());
        } catch (IOException | SlackApiException e) {
            throw new Refusal("Slack did not open the form (" + e.getMessage() + "); please try again.");
        }
    }

    /** Opens the view a click asked for: over the modal the click came from if it came from one, else on its own. */
    public void show(BlockActionPayload click, View view) {
        if (click.getView() != null && "modal".equals(click.getView().getType())) {
            push(click.getTriggerId(), view);
        } else {
            open(click.getTriggerId(), view);
        }
    }

    private static void answered(String method, boolean ok, String error) {
        if (!ok) {
            log.warn("{} failed: {}", method, error);
            throw new Refusal("Slack did not open the form (" + error + "); please try again.");
        }
    }
}
