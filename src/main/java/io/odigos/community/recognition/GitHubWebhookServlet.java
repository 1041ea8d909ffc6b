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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POST /github/webhook: GitHub's deliveries, verified by X-Hub-Signature-256 (HMAC-SHA256 of the body with the
 * webhook secret). A merged pull request becomes a contribution; anything else is acknowledged and ignored; a
 * redelivery (same X-GitHub-Delivery) of a recorded delivery changes nothing. A failure to record answers 500 and
 * keeps nothing, so the delivery can be redelivered.
 */
public final class GitHubWebhookServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(GitHubWebhookServlet.class);
    public static final String PATH = "/github/webhook";
    private static final int MAX_BODY = 5 * 1024 * 1024; // GitHub caps payloads at 25 MB; PR events are far smaller

    private final GitHubContributions github;
    private final Optional<String> secret;

    public GitHubWebhookServlet(GitHubContributions github, Optional<String> secret) {
        this.github = github;
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
        if (!"pull_request".equals(event)) {
            reply(resp, 200, "ignored: " + (event == null ? "no event type" : event));
            return;
        }
        JsonObject pr = json.has("pull_request") && json.get("pull_request").isJsonObject()
                ? json.getAsJsonObject("pull_request") : null;
        if (pr == null || !json.has("action") || !json.has("repository") || !json.get("repository").isJsonObject()) {
            reply(resp, 400, "a pull_request event needs action, pull_request and repository");
            return;
        }
        boolean merged = "closed".equals(json.get("action").getAsString()) && pr.has("merged")
                && !pr.get("merged").isJsonNull() && pr.get("merged").getAsBoolean();
        if (!merged) {
            reply(resp, 200, "ignored: not a merged pull request");
            return;
        }
        if (delivery == null || delivery.isBlank()) {
            reply(resp, 400, "the X-GitHub-Delivery header is missing");
            return;
        }
        MergedPullRequest pullRequest;
        try {
            pullRequest = mergedPullRequest(json.getAsJsonObject("repository"), pr);
        } catch (RuntimeException e) {
            reply(resp, 400, "the pull_request payload is missing a field: " + e.getMessage());
            return;
        }
        GitHubContributions.Delivery outcome;
        try {
            outcome = github.recordDelivery(delivery, pullRequest);
        } catch (RuntimeException e) {
            // nothing of the delivery was kept, so redelivering it from GitHub's "Recent Deliveries" credits the PR
            log.error("Delivery {} of pull request {}#{} could not be recorded", delivery, pullRequest.repository(),
                    pullRequest.number(), e);
            reply(resp, 500, "the pull request could not be recorded; redeliver this delivery later");
            return;
        }
        reply(resp, 200, switch (outcome) {
            case RECORDED -> "recorded";
            case PULL_REQUEST_ALREADY_RECORDED -> "ignored: pull request already recorded";
            case ALREADY_RECEIVED -> "ignored: delivery already received";
        });
    }

    private static MergedPullRequest mergedPullRequest(JsonObject repository, JsonObject pr) {
        List<String> labels = new ArrayList<>();
        if (pr.has("labels") && pr.get("labels").isJsonArray()) {
            pr.getAsJsonArray("labels").forEach(l -> labels.add(l.getAsJsonObject().get("name").getAsString()));
        }
        return new MergedPullRequest(
                repository.get("full_name").getAsString(),
                pr.get("number").getAsLong(),
                pr.getAsJsonObject("user").get("login").getAsString(),
                pr.get("title").getAsString(),
                pr.get("html_url").getAsString(),
                labels,
                pr.has("merged_at") && !pr.get("merged_at").isJsonNull()
                        ? Instant.parse(pr.get("merged_at").getAsString()) : null);
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
