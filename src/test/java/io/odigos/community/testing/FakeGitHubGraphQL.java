package io.odigos.community.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link FakeGitHub}'s POST /graphql: a repository's discussion categories, GitHub's rate-limit answers, tokens. */
final class FakeGitHubGraphQL {

    private static final Pattern OPERATION = Pattern.compile("^\\s*(?:query|mutation)\\s+(\\w+)");

    private final Map<String, List<String>> categoriesByRepository = new ConcurrentHashMap<>();
    final FakeDiscussions discussions = new FakeDiscussions();
    final FakeUpvotePolls upvotePolls = new FakeUpvotePolls(discussions);
    private volatile String acceptedToken;
    private volatile boolean rateLimitSpent;
    private final AtomicInteger pointsLeft = new AtomicInteger(5000);
    private volatile int cost = 1;
    /** The end of the fake's rate-limit window, fixed so that every answer names the same reset. */
    private final long rateLimitReset = Instant.now().plusSeconds(3600).getEpochSecond();

    void discussionCategories(String repository, List<String> names) {
        categoriesByRepository.put(repository, List.copyOf(names));
    }

    void acceptToken(String token) {
        acceptedToken = token;
    }

    void cost(int points) {
        cost = points;
    }

    Instant rateLimitReset() {
        return Instant.ofEpochSecond(rateLimitReset);
    }

    void spendRateLimit() {
        rateLimitSpent = true;
    }

    void recover() {
        rateLimitSpent = false;
    }

    /**
     * GraphQL as GitHub answers it: 401 for a missing or refused token; 200 with errors for a spent limit, an unknown
     * repository or a query the fake does not know; every answer that is 200 carries the rate-limit headers, and
     * {@code data.rateLimit} when asked for.
     */
    void answer(HttpExchange exchange, String authorization, String sent) throws IOException {
        String accepted = acceptedToken;
        if (authorization == null || !authorization.startsWith("bearer ")
                || (accepted != null && !authorization.equals("bearer " + accepted))) {
            FakeGitHub.respond(exchange, 401, FakeGitHub.message("Bad credentials"));
            return;
        }
        JsonObject answer = new JsonObject();
        JsonArray errors = new JsonArray();
        if (rateLimitSpent) {
            exchange.getResponseHeaders().set("x-ratelimit-remaining", "0");
            exchange.getResponseHeaders().set("x-ratelimit-reset", Long.toString(rateLimitReset));
            errors.add(error("RATE_LIMITED", "API rate limit exceeded for user ID 1."));
            answer.add("errors", errors);
            FakeGitHub.respond(exchange, 200, answer.toString());
            return;
        }
        JsonObject request = JsonParser.parseString(sent).getAsJsonObject();
        String query = request.get("query").getAsString();
        JsonObject variables = request.has("variables") && request.get("variables").isJsonObject()
                ? request.getAsJsonObject("variables") : new JsonObject();
        int charged = cost;
        int left = pointsLeft.addAndGet(-charged);
        JsonObject data = new JsonObject();
        Matcher operation = OPERATION.matcher(query);
        String name = operation.find() ? operation.group(1) : "";
        FakeDiscussions.Answer answered = name.isEmpty() ? FakeDiscussions.Answer.UNKNOWN
                : discussions.answer(name, variables, data, errors);
        if (answered == FakeDiscussions.Answer.LOST) {
            FakeGitHub.respond(exchange, 502, FakeGitHub.message("Server Error"));
            return;
        }
        if (answered == FakeDiscussions.Answer.UNKNOWN && name.equals(FakeUpvotePolls.OPERATION)) {
            upvotePolls.answer(variables, data, errors);
        } else if (answered == FakeDiscussions.Answer.UNKNOWN) {
            categories(query, variables, data, errors);
        }
        if (query.contains("rateLimit")) {
            JsonObject rateLimit = new JsonObject();
            rateLimit.addProperty("cost", charged);
            rateLimit.addProperty("remaining", left);
            rateLimit.addProperty("resetAt", Instant.ofEpochSecond(rateLimitReset).toString());
            data.add("rateLimit", rateLimit);
        }
        answer.add("data", data);
        if (!errors.isEmpty()) {
            answer.add("errors", errors);
        }
        exchange.getResponseHeaders().set("x-ratelimit-remaining", Integer.toString(left));
        exchange.getResponseHeaders().set("x-ratelimit-reset", Long.toString(rateLimitReset));
        FakeGitHub.respond(exchange, 200, answer.toString());
    }

    /** The start-up check's query: a repository's discussion categories. */
    private void categories(String query, JsonObject variables, JsonObject data, JsonArray errors) {
        if (query.contains("discussionCategories") && variables.has("owner") && variables.has("name")) {
            String repository = variables.get("owner").getAsString() + "/" + variables.get("name").getAsString();
            List<String> categories = categoriesByRepository.get(repository);
            if (categories == null) {
                data.add("repository", JsonNull.INSTANCE);
                errors.add(error("NOT_FOUND", "Could not resolve to a Repository with the name '" + repository + "'."));
            } else {
                data.add("repository", repository(repository, categories));
            }
        } else {
            errors.add(error(null, "the fake GitHub does not know this query"));
        }
    }

    /** The id the fake gives a category: what the bot sends back in createDiscussion. */
    public static String categoryId(String repository, String name) {
        return "DIC_" + Math.abs((repository + name).hashCode());
    }

    private static JsonObject repository(String repository, List<String> categories) {
        JsonArray nodes = new JsonArray();
        for (String name : categories) {
            JsonObject category = new JsonObject();
            category.addProperty("id", categoryId(repository, name));
            category.addProperty("name", name);
            category.addProperty("slug", name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            nodes.add(category);
        }
        JsonObject connection = new JsonObject();
        connection.add("nodes", nodes);
        JsonObject repo = new JsonObject();
        repo.addProperty("id", "R_" + Math.abs(repository.hashCode()));
        repo.add("discussionCategories", connection);
        return repo;
    }

    private static JsonObject error(String type, String text) {
        JsonObject error = new JsonObject();
        if (type != null) {
            error.addProperty("type", type);
        }
        error.addProperty("message", text);
        return error;
    }

    /** The tag of {@code repository}'s latest release, as GET /repos/{owner}/{name}/releases/latest answers it. */
}
