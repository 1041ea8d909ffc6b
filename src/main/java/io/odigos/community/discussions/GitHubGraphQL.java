package io.odigos.community.discussions;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.odigos.community.discussions.GitHubFailure.Kind;
import io.odigos.community.discussions.PointsBudget.Remaining;
import io.odigos.community.recognition.GitHubApi;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * GitHub's GraphQL API (Discussions have no REST API worth using): one POST of {@code {query, variables}} with the
 * token, bounded in time by recognition's {@link GitHubApi#send}, its answer's {@code data} or a {@link GitHubFailure}
 * saying what went wrong. Every answer's cost goes to the {@link PointsBudget}.
 */
public final class GitHubGraphQL {

    /** Ask for this in a query and the budget records GitHub's own count of its cost. */
    public static final String RATE_LIMIT_FIELD = "rateLimit { cost remaining resetAt }";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** GitHub's advice when a secondary limit answers without retry-after: wait at least a minute. */
    private static final Duration SECONDARY_LIMIT_PAUSE = Duration.ofMinutes(1);
    private static final int MAX_MESSAGE = 300;

    private final GitHubApi http;
    private final String url;
    private final Optional<String> token;
    private final PointsBudget budget;
    private final Clock clock;

    public GitHubGraphQL(String apiUrl, Optional<String> token, PointsBudget budget, Clock clock) {
        this.http = new GitHubApi(apiUrl, token);
        this.url = graphqlUrl(apiUrl);
        this.token = token;
        this.budget = budget;
        this.clock = clock;
    }

    /**
     * The GraphQL endpoint for a REST base URL: https://api.github.com/graphql on github.com, and on GitHub Enterprise
     * Server, whose REST API is https://HOST/api/v3, https://HOST/api/graphql (not under /v3). Any other base (a test's
     * fake) gets /graphql appended, as GitHubApi appends REST paths.
     */
    static String graphqlUrl(String apiUrl) {
        String base = apiUrl.replaceAll("/+$", "");
        return base.endsWith("/api/v3") ? base.substring(0, base.length() - "/v3".length()) + "/graphql"
                : base + "/graphql";
    }

    public boolean hasToken() {
        return token.isPresent();
    }

    /** The answer's {@code data}, when GitHub answered it without errors. */
    public JsonObject query(String query, JsonObject variables) throws GitHubFailure {
        return send(query, variables, false);
    }

    /**
     * The answer's {@code data} even when some of the ids asked for resolve to nothing: {@code nodes(ids:)} answers a
     * deleted node with null in its place and a NOT_FOUND error, and the rest of the answer is still good.
     */
    JsonObject queryAllowingMissing(String query, JsonObject variables) throws GitHubFailure {
        return send(query, variables, true);
    }

    private JsonObject send(String query, JsonObject variables, boolean missingAllowed) throws GitHubFailure {
        if (token.isEmpty()) {
            // GitHub's GraphQL API answers no anonymous call, so there is no point in asking
            throw new GitHubFailure(Kind.UNAUTHORIZED, "GITHUB_TOKEN is empty, and GitHub's GraphQL API needs a token");
        }
        JsonObject body = new JsonObject();
        body.addProperty("query", query);
        body.add("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Authorization", "bearer " + token.get())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        HttpResponse<String> response;
        try {
            response = http.send(request, TIMEOUT.toNanos());
        } catch (GitHubApi.Unavailable e) {
            throw new GitHubFailure(Kind.TRANSIENT, "GitHub did not answer: " + e.getMessage());
        }
        return dataOf(response.statusCode(), response.headers(), response.body(), missingAllowed);
    }

    private JsonObject dataOf(int status, HttpHeaders headers, String body, boolean missingAllowed)
            throws GitHubFailure {
        String explained = "HTTP " + status + GitHubApi.messageOf(body);
        if (status == 401) {
            throw new GitHubFailure(Kind.UNAUTHORIZED, explained);
        }
        if (status == 403 || status == 429) {
            Optional<Instant> retry = retryAt(headers);
            if (retry.isPresent() || status == 429 || body.toLowerCase(Locale.ROOT).contains("rate limit")) {
                throw new GitHubFailure(Kind.RATE_LIMITED, explained,
                        Optional.of(retry.orElse(clock.instant().plus(SECONDARY_LIMIT_PAUSE))));
            }
            throw new GitHubFailure(Kind.UNAUTHORIZED, explained);
        }
        if (status == 404) {
            throw new GitHubFailure(Kind.NOT_FOUND, explained);
        }
        if (status >= 500) {
            throw new GitHubFailure(Kind.TRANSIENT, explained);
        }
        if (status != 200) {
            throw new GitHubFailure(Kind.GRAPHQL_ERRORS, explained);
        }
        JsonObject answer;
        try {
            answer = JsonParser.parseString(body).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new GitHubFailure(Kind.TRANSIENT, "GitHub's answer is not a JSON object");
        }
        JsonObject data = answer.has("data") && answer.get("data").isJsonObject()
                ? answer.getAsJsonObject("data") : null;
        List<String> types = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        if (answer.has("errors") && answer.get("errors").isJsonArray()) {
            for (JsonElement error : answer.getAsJsonArray("errors")) {
                JsonObject e = error.isJsonObject() ? error.getAsJsonObject() : new JsonObject();
                types.add(e.has("type") ? e.get("type").getAsString() : "");
                messages.add(e.has("message") ? e.get("message").getAsString() : "an error without a message");
            }
        }
        // an exhausted primary limit answers 200, with remaining 0 and an error instead of data
        Optional<Instant> retry = retryAt(headers);
        if (types.contains("RATE_LIMITED") || (data == null && retry.isPresent())) {
            throw new GitHubFailure(Kind.RATE_LIMITED, shortened(messages, "rate limit exceeded"),
                    Optional.of(retry.orElse(clock.instant().plus(SECONDARY_LIMIT_PAUSE))));
        }
        record(data, headers);
        if (missingAllowed && data != null && types.stream().allMatch("NOT_FOUND"::equals)) {
            return data;
        }
        if (types.contains("NOT_FOUND")) {
            throw new GitHubFailure(Kind.NOT_FOUND, shortened(messages, "not found"));
        }
        if (!messages.isEmpty() || data == null) {
            throw new GitHubFailure(Kind.GRAPHQL_ERRORS, shortened(messages, "an answer without data"));
        }
        return data;
    }

    /**
     * GitHub's own cost when the query asked for {@link #RATE_LIMIT_FIELD}; otherwise what the remaining count fell by
     * since the last answer in the same window, and at least 1, the least a query costs. The fall may include other
     * tools' calls with the same token, which is why queries should ask for the field.
     */
    private void record(JsonObject data, HttpHeaders headers) {
        JsonObject rateLimit = data != null && data.has("rateLimit") && data.get("rateLimit").isJsonObject()
                ? data.getAsJsonObject("rateLimit") : null;
        if (rateLimit != null && rateLimit.has("cost") && rateLimit.get("cost").isJsonPrimitive()) {
            budget.spend(rateLimit.get("cost").getAsInt());
            try {
                budget.remaining(new Remaining(rateLimit.get("remaining").getAsInt(),
                        Instant.parse(rateLimit.get("resetAt").getAsString())));
            } catch (RuntimeException e) {
                // a cost without the rest is still worth counting
            }
            return;
        }
        OptionalLong remaining = number(headers, "x-ratelimit-remaining");
        OptionalLong reset = number(headers, "x-ratelimit-reset");
        if (remaining.isEmpty() || reset.isEmpty()) {
            budget.spend(1);
            return;
        }
        Remaining now = new Remaining((int) remaining.getAsLong(), Instant.ofEpochSecond(reset.getAsLong()));
        int cost = budget.lastRemaining().filter(before -> before.resetAt().equals(now.resetAt()))
                .map(before -> before.points() - now.points()).orElse(1);
        budget.spend(Math.max(1, cost));
        budget.remaining(now);
    }

    /** retry-after (secondary limits) first, then the reset of a spent primary limit; empty when neither applies. */
    private Optional<Instant> retryAt(HttpHeaders headers) {
        OptionalLong after = number(headers, "retry-after");
        if (after.isPresent()) {
            return Optional.of(clock.instant().plusSeconds(after.getAsLong()));
        }
        OptionalLong remaining = number(headers, "x-ratelimit-remaining");
        OptionalLong reset = number(headers, "x-ratelimit-reset");
        return remaining.isPresent() && remaining.getAsLong() == 0 && reset.isPresent()
                ? Optional.of(Instant.ofEpochSecond(reset.getAsLong())) : Optional.empty();
    }

    private static OptionalLong number(HttpHeaders headers, String name) {
        try {
            return headers.firstValue(name).map(v -> OptionalLong.of(Long.parseLong(v.strip())))
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static String shortened(List<String> messages, String otherwise) {
        String joined = messages.isEmpty() ? otherwise : String.join("; ", messages);
        return joined.length() > MAX_MESSAGE ? joined.substring(0, MAX_MESSAGE) + "…" : joined;
    }
}
