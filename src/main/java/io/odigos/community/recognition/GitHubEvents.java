package io.odigos.community.recognition;

import com.google.gson.JsonObject;

/**
 * What a feature does with one kind of GitHub webhook event (X-GitHub-Event), registered with the one endpoint,
 * {@link GitHubWebhookServlet}. The handler records the delivery id with {@link GitHubDeliveries#remember} in the same
 * transaction as its effect, so a redelivery counts once and a delivery whose recording failed counts when it comes
 * again.
 */
public interface GitHubEvents {

    /** The X-GitHub-Event it handles: {@code pull_request}, {@code discussion}. */
    String event();

    /**
     * Handles a signed delivery of the event; answers what became of it for GitHub's delivery log ("recorded",
     * "ignored: ..."). Throws {@link Malformed} for a payload missing what it needs (400, nothing kept); any other
     * failure answers 500 and must keep nothing.
     */
    String handle(String deliveryId, JsonObject payload);

    /** The payload lacks a field the handler needs: GitHub is told 400. */
    final class Malformed extends RuntimeException {
        public Malformed(String message) {
            super(message);
        }
    }
}
