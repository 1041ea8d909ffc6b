package io.odigos.community.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * GitHub's webhook deliveries as GitHub sends them: pull_request and discussion events, signed with the webhook's
 * secret.
 */
public final class GitHubWebhook {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private GitHubWebhook() {
    }

    /** A pull_request event of odigos-io/odigos with GitHub's field layout; {@code mergedAt} is used when merged. */
    public static String pullRequest(int number, String action, boolean merged, String login, String title,
                                     Instant mergedAt, String... labels) {
        JsonObject pr = new JsonObject();
        pr.addProperty("url", "https://api.github.com/repos/odigos-io/odigos/pulls/" + number);
        pr.addProperty("html_url", "https://github.com/odigos-io/odigos/pull/" + number);
        pr.addProperty("number", number);
        pr.addProperty("state", "closed");
        pr.addProperty("title", title);
        JsonObject user = new JsonObject();
        user.addProperty("login", login);
        user.addProperty("id", 1000 + number);
        user.addProperty("type", "User");
        pr.add("user", user);
        JsonArray labelArray = new JsonArray();
        for (String l : labels) {
            JsonObject label = new JsonObject();
            label.addProperty("name", l);
            labelArray.add(label);
        }
        pr.add("labels", labelArray);
        pr.addProperty("merged", merged);
        pr.addProperty("merged_at", merged ? mergedAt.toString() : null);
        JsonObject repo = new JsonObject();
        repo.addProperty("full_name", "odigos-io/odigos");
        repo.addProperty("name", "odigos");
        JsonObject event = new JsonObject();
        event.addProperty("action", action);
        event.addProperty("number", number);
        event.add("pull_request", pr);
        event.add("repository", repo);
        JsonObject sender = new JsonObject();
        sender.addProperty("login", login);
        event.add("sender", sender);
        return event.toString();
    }

    /**
     * A discussion event of {@code repository} with GitHub's field layout, the discussion as the fake holds it now
     * (title, body, author, open or closed and why), in the category named {@code category}.
     */
    public static String discussion(String action, FakeDiscussions.Discussion d, String category, String repository) {
        JsonObject discussion = new JsonObject();
        discussion.addProperty("id", 5000 + d.number);
        discussion.addProperty("node_id", d.id);
        discussion.addProperty("number", d.number);
        discussion.addProperty("html_url", d.url);
        discussion.addProperty("title", d.title);
        discussion.addProperty("body", d.body);
        discussion.addProperty("state", d.closed ? "closed" : "open");
        discussion.addProperty("state_reason", d.closeReason == null ? null : d.closeReason.toLowerCase(Locale.ROOT));
        discussion.addProperty("locked", false);
        discussion.addProperty("comments", d.comments.size());
        JsonObject user = new JsonObject();
        user.addProperty("login", d.author);
        user.addProperty("type", "User");
        discussion.add("user", user);
        JsonObject cat = new JsonObject();
        cat.addProperty("node_id", FakeGitHub.discussionCategoryId(repository, category));
        cat.addProperty("name", category);
        cat.addProperty("slug", category.toLowerCase(Locale.ROOT).replace(' ', '-'));
        cat.addProperty("is_answerable", false);
        discussion.add("category", cat);
        JsonObject repo = new JsonObject();
        repo.addProperty("full_name", repository);
        repo.addProperty("name", repository.substring(repository.indexOf('/') + 1));
        JsonObject event = new JsonObject();
        event.addProperty("action", action);
        event.add("discussion", discussion);
        event.add("repository", repo);
        JsonObject sender = new JsonObject();
        sender.addProperty("login", d.author);
        event.add("sender", sender);
        return event.toString();
    }

    /** Delivers {@code body} to the bot's POST /github/webhook, signed (X-Hub-Signature-256) with {@code secret}. */
    public static HttpResponse<String> deliver(int port, String event, String delivery, String body, String secret)
            throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/github/webhook"))
                .header("Content-Type", "application/json").header("X-GitHub-Event", event)
                .header("X-GitHub-Delivery", delivery).header("X-Hub-Signature-256", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
