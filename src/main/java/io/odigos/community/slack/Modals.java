package io.odigos.community.slack;

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
            if (!opened.isOk()) {
                log.warn("views.open failed: {}", opened.getError());
                throw new Refusal("Slack did not open the form (" + opened.getError() + "); please try again.");
            }
        } catch (IOException | SlackApiException e) {
            throw new Refusal("Slack did not open the form (" + e.getMessage() + "); please try again.");
        }
    }
}
