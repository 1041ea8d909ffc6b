package io.odigos.community.slack;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import java.util.Map;

/** How every form's submission is answered: Slack's {@code response_action: errors} shows each problem under its field. */
public final class ModalSubmission {

    private ModalSubmission() {
    }

    /** What a submission does when it is accepted; it throws {@link InvalidInput} or {@link Refusal} when not. */
    @FunctionalInterface
    public interface Accept {
        Response run();
    }

    /**
     * Runs the submission. Problems with fields show under those fields. A refusal about no field (not an admin, an
     * item gone meanwhile) shows under {@code refusalBlock}, because Slack shows a modal's errors only beside an
     * input block.
     */
    public static Response answer(ViewSubmissionContext ctx, String refusalBlock, Accept accept) {
        try {
            return accept.run();
        } catch (InvalidInput e) {
            return errors(ctx, e.problems());
        } catch (Refusal e) {
            return errors(ctx, Map.of(refusalBlock, e.getMessage()));
        }
    }

    /** Keeps the modal open with each message under the input block it is keyed by. */
    private static Response errors(ViewSubmissionContext ctx, Map<String, String> problems) {
        return ctx.ack(r -> r.responseAction("errors").errors(problems));
    }
}
