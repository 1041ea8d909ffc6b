package io.odigos.community.testing;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends what Slack sends to /slack/events, signed the way Slack signs it (v0 HMAC-SHA256). */
public final class SignedSlack {

    private static final Gson GSON = new Gson();
    private static final AtomicLong TRIGGERS = new AtomicLong();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String secret;

    public SignedSlack(String baseUrl, String secret) {
        this.endpoint = URI.create(baseUrl + "/slack/events");
        this.secret = secret;
    }

    public HttpResponse<String> slashCommand(String user, String command, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "unused");
        form.put("team_id", "T0LOCAL");
        form.put("team_domain", "local");
        form.put("channel_id", "C0GENERAL");
        form.put("channel_name", "general");
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0BOT");
        form.put("response_url", "https://hooks.slack.test/commands/1");
        form.put("trigger_id", "trigger-" + TRIGGERS.incrementAndGet());
        return post(formBody(form), "application/x-www-form-urlencoded", nowSeconds());
    }

    /** An interactive payload (block_actions, view_submission, message_action) as Slack posts it. */
    public HttpResponse<String> interaction(JsonObject payload) {
        payload.addProperty("token", "unused");
        payload.addProperty("api_app_id", "A0BOT");
        if (!payload.has("team")) {
            JsonObject team = new JsonObject();
            team.addProperty("id", "T0LOCAL");
            payload.add("team", team);
        }
        if (!payload.has("trigger_id")) {
            payload.addProperty("trigger_id", "trigger-" + TRIGGERS.incrementAndGet());
        }
        return post("payload=" + encode(GSON.toJson(payload)), "application/x-www-form-urlencoded", nowSeconds());
    }

    /** An Events API callback wrapping the given event. */
    public HttpResponse<String> event(JsonObject event) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("token", "unused");
        envelope.addProperty("team_id", "T0LOCAL");
        envelope.addProperty("api_app_id", "A0BOT");
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("event_id", "Ev" + TRIGGERS.incrementAndGet());
        envelope.addProperty("event_time", nowSeconds());
        envelope.add("event", event);
        return post(GSON.toJson(envelope), "application/json", nowSeconds());
    }

    /** Sends a body signed for the given timestamp (seconds), as a forger or a replay would. */
    public HttpResponse<String> post(String body, String contentType, long timestamp) {
        return send(body, contentType, timestamp, sign(secret, timestamp, body));
    }

    /** Sends these exact bytes, signed for the given timestamp: a body that need not be text at all. */
    public HttpResponse<String> post(byte[] body, String contentType, long timestamp) {
        return send(body, Map.of("Content-Type", contentType, "X-Slack-Request-Timestamp", Long.toString(timestamp),
                "X-Slack-Signature", sign(secret, Long.toString(timestamp), body)));
    }

    public HttpResponse<String> send(String body, String contentType, long timestamp, String signature) {
        return send(body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", contentType,
                "X-Slack-Request-Timestamp", Long.toString(timestamp), "X-Slack-Signature", signature));
    }

    /** Sends a body with exactly these headers, so a test can leave any of them out or give it any value. */
    public HttpResponse<String> send(byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("request to " + endpoint + " failed", e);
        }
    }

    public static String sign(String secret, long timestamp, String body) {
        return sign(secret, Long.toString(timestamp), body.getBytes(StandardCharsets.UTF_8));
    }

    /** Slack's v0 signature of a body for a timestamp header of any value. */
    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    public static String formBody(Map<String, String> form) {
        return form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
