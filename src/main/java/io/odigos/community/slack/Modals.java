package io.odigos.community.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import io.odigos.community.core.Refusal;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a modal within its trigger's 3 seconds; a failure becomes the words the member sees. */
public final class Modals {

    private static final Logger log = LoggerFactory.getLogger(Modals.class);

    private Modals() {
    }

    public static void open(MethodsClient slack, String triggerId, View view) {
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
