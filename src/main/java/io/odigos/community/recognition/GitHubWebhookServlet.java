package io.odigos.community.recognition;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POST /github/webhook: GitHub's deliveries, verified by X-Hub-Signature-256 (HMAC-SHA256 of the body with the
 * webhook secret), each handed by its X-GitHub-Event to the {@link GitHubEvents} a feature registered (recognition's
 * pull_request, discussions' discussion); an event nobody handles is acknowledged and ignored. Each handler records
 * the X-GitHub-Delivery id with its effect ({@link GitHubDeliveries}), so a redelivery changes nothing. A malformed
 * payload answers 400 and a failure to record 500, both keeping nothing, so the delivery can be redelivered.
 */
public final class GitHubWebhookServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(GitHubWebhookServlet.class);
    public static final String PATH = "/github/webhook";
    // GitHub caps payloads at 25 MB; pull request and discussion events are far smaller (a body is 65,536 at most)
    private static final int MAX_BODY = 5 * 1024 * 1024;

    private final Map<String, GitHubEvents> handlers;
    private final Optional<String> secret;

    /** {@code handlers}: by X-GitHub-Event, read as deliveries arrive (features register theirs while being wired). */
    GitHubWebhookServlet(Map<String, GitHubEvents> handlers, Optional<String> secret) {
        this.handlers = handlers;
        this.secret = secret;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (secret.isEmpty()) {
            reply(resp, 404, "the GitHub webhook is turned off; set GITHUB_WEBHOOK_SECRET to turn it on");
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY || !verified(req.getHeader("X-Hub-Signature-256"), body)) {
            reply(resp, 401, "signature does not match");
            return;
        }
        String event = req.getHeader("X-GitHub-Event");
        String delivery = req.getHeader("X-GitHub-Delivery");
        JsonObject json;
        try {
            JsonElement parsed = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                throw new JsonParseException("not an object");
            }
            json = parsed.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            reply(resp, 400, "the body is not a JSON object");
            return;
        }
        GitHubEvents handler = event == null ? null : handlers.get(event);
        if (handler == null) {
            reply(resp, 200, "ignored: " + (event == null ? "no event type" : event));
            return;
        }
        if (delivery == null || delivery.isBlank()) {
            reply(resp, 400, "the X-GitHub-Delivery header is missing");
            return;
        }
        String outcome;
        try {
            outcome = handler.handle(delivery, json);
        } catch (GitHubEvents.Malformed e) {
            reply(resp, 400, e.getMessage());
            return;
        } catch (RuntimeException e) {
            // nothing of the delivery was kept, so redelivering it from GitHub's "Recent Deliveries" does the work
            log.error("Delivery {} of a {} event could not be recorded", delivery, event, e);
            reply(resp, 500, "the " + event + " event could not be recorded; redeliver this delivery later");
            return;
        }
        reply(resp, 200, outcome);
    }

    private boolean verified(String header, byte[] body) {
        if (header == null || !header.startsWith("sha256=")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            byte[] given = HexFormat.of().parseHex(header.substring("sha256=".length()));
            return MessageDigest.isEqual(expected, given);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void reply(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        JsonObject o = new JsonObject();
        o.addProperty(status < 400 ? "result" : "error", message);
        resp.getWriter().write(o.toString());
    }
}
