package io.odigos.community.playground;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.odigos.community.slack.SignatureGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * The bot's own {@code /slack/events}, called as Slack calls it: each body signed with the signing secret for the
 * current second, and an answer awaited for 3 seconds at most, after which Slack gives up on an app too.
 */
final class BotEndpoint {

    /** Slack's wait for an app's acknowledgement. */
    static final Duration ACK_DEADLINE = Duration.ofSeconds(3);

    /** What the bot answered; {@code timedOut} when it did not answer within the deadline. */
    record Ack(int status, String body, boolean timedOut) {

        boolean ok() {
            return !timedOut && status == 200;
        }
    }

    private static final Gson GSON = new Gson();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(ACK_DEADLINE).build();
    private final IntSupplier port;
    private final SignatureGenerator signatures;

    /** {@code port} is read at each call: the web server binds after the playground is built. */
    BotEndpoint(IntSupplier port, String signingSecret) {
        this.port = port;
        this.signatures = new SignatureGenerator(signingSecret);
    }

    Ack form(Map<String, String> form) {
        return post(form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")), "application/x-www-form-urlencoded");
    }

    Ack interaction(JsonObject payload) {
        return post("payload=" + encode(GSON.toJson(payload)), "application/x-www-form-urlencoded");
    }

    Ack event(JsonObject envelope) {
        return post(GSON.toJson(envelope), "application/json");
    }

    private Ack post(String body, String contentType) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getAsInt() + "/slack/events"))
                .timeout(ACK_DEADLINE)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signatures.generate(timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Ack(response.statusCode(), response.body(), false);
        } catch (HttpTimeoutException e) {
            return new Ack(0, "", true);
        } catch (IOException e) {
            return new Ack(0, e.getMessage() == null ? e.toString() : e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Ack(0, "interrupted", false);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
