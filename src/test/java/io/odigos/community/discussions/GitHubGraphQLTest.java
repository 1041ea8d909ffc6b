package io.odigos.community.discussions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.discussions.GitHubFailure.Kind;
import io.odigos.community.testing.FakeGitHub;
import io.odigos.community.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GraphQL client against a fake GitHub over real HTTP: what it sends, how it sorts failures, what it counts. */
class GitHubGraphQLTest {

    static final String CATEGORIES = "query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) "
            + "{ id discussionCategories(first: 25) { nodes { id name slug } } } }";

    FakeGitHub github;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    PointsBudget budget = new PointsBudget(clock);
    // built at run time, so no token-shaped string is committed
    String token = "test-" + UUID.randomUUID();
    GitHubGraphQL client;

    @BeforeEach
    void start() throws Exception {
        github = FakeGitHub.start();
        github.acceptGraphqlToken(token);
        github.discussionCategories("odigos-io/odigos", List.of("General", "Ideas"));
        client = new GitHubGraphQL(github.apiUrl() + "/", Optional.of(token), budget, clock);
    }

    @AfterEach
    void stop() {
        github.close();
    }

    static JsonObject repo(String owner, String name) {
        JsonObject variables = new JsonObject();
        variables.addProperty("owner", owner);
        variables.addProperty("name", name);
        return variables;
    }

    @Test
    void theEndpointIsGraphqlBesideTheRestApiAndOnEnterpriseBesideV3() {
        assertEquals("https://api.github.com/graphql", GitHubGraphQL.graphqlUrl("https://api.github.com/"));
        assertEquals("https://git.example.com/api/graphql", GitHubGraphQL.graphqlUrl("https://git.example.com/api/v3"));
    }

    @Test
    void aQueryIsPostedAsJsonWithTheTokenAndAnswersItsData() throws Exception {
        JsonObject data = client.query(CATEGORIES, repo("odigos-io", "odigos"));
        assertEquals("Ideas", data.getAsJsonObject("repository").getAsJsonObject("discussionCategories")
                .getAsJsonArray("nodes").get(1).getAsJsonObject().get("name").getAsString());
        FakeGitHub.Request sent = github.requests().get(0);
        assertEquals("/graphql", sent.path());
        assertEquals("POST", sent.method());
        assertEquals("bearer " + token, sent.authorization());
        assertTrue(sent.body().contains("\"owner\":\"odigos-io\""), sent.body());
    }

    @Test
    void failuresAreSortedByWhatToDoAboutThem() {
        assertEquals(Kind.NOT_FOUND, failure(client, "odigos-io", "missing").kind());
        GitHubFailure unknown = failure(client, "odigos-io", "missing");
        assertTrue(unknown.getMessage().contains("Could not resolve to a Repository"), unknown.getMessage());

        GitHubGraphQL refused = new GitHubGraphQL(github.apiUrl(), Optional.of("test-" + UUID.randomUUID()), budget,
                clock);
        GitHubFailure bad = failure(refused, "odigos-io", "odigos");
        assertEquals(Kind.UNAUTHORIZED, bad.kind());
        assertTrue(bad.getMessage().contains("401") && bad.getMessage().contains("Bad credentials"), bad.getMessage());
        int before = github.requests().size();
        assertEquals(Kind.UNAUTHORIZED, failure(new GitHubGraphQL(github.apiUrl(), Optional.empty(), budget, clock),
                "odigos-io", "odigos").kind());
        assertEquals(before, github.requests().size(), "no anonymous call: GraphQL answers none");

        github.spendRateLimit();
        GitHubFailure spent = failure(client, "odigos-io", "odigos");
        assertEquals(Kind.RATE_LIMITED, spent.kind());
        assertEquals(Optional.of(github.rateLimitReset()), spent.retryAt(), "the primary limit's reset");
        github.recover();

        github.failWith(403);
        GitHubFailure secondary = failure(client, "odigos-io", "odigos");
        assertEquals(Kind.RATE_LIMITED, secondary.kind());
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(1))), secondary.retryAt(),
                "no retry-after: a minute, as GitHub advises");

        github.failWith(502);
        assertEquals(Kind.TRANSIENT, failure(client, "odigos-io", "odigos").kind());
        github.recover();

        GitHubFailure errors = assertThrows(GitHubFailure.class, () -> client.query("{ viewer { login } }",
                new JsonObject()));
        assertEquals(Kind.GRAPHQL_ERRORS, errors.kind());
        assertTrue(errors.getMessage().contains("does not know this query"), errors.getMessage());
    }

    @Test
    void anUnreachableGitHubIsTransient() {
        String down = github.apiUrl();
        github.close();
        assertEquals(Kind.TRANSIENT, failure(new GitHubGraphQL(down, Optional.of(token), budget, clock),
                "odigos-io", "odigos").kind());
    }

    @Test
    void theBudgetCountsGitHubsCostOrTheFallOfTheRemainingCountForAnHour() throws Exception {
        github.graphqlCost(3);
        client.query(CATEGORIES, repo("odigos-io", "odigos"));
        assertEquals(1, budget.usedInLastHour(), "a first answer without rateLimit: the least a query costs");
        client.query(CATEGORIES, repo("odigos-io", "odigos"));
        assertEquals(4, budget.usedInLastHour(), "then what x-ratelimit-remaining fell by");

        clock.advance(Duration.ofMinutes(30));
        github.graphqlCost(2);
        client.query(CATEGORIES.replace("} } } }", "} } } " + GitHubGraphQL.RATE_LIMIT_FIELD + " }"),
                repo("odigos-io", "odigos"));
        assertEquals(6, budget.usedInLastHour(), "GitHub's own rateLimit.cost");
        assertEquals(5000 - 3 - 3 - 2, budget.lastRemaining().orElseThrow().points());

        failure(client, "odigos-io", "missing");
        assertEquals(8, budget.usedInLastHour(), "an answer with errors costs too");
        github.failWith(401);
        failure(client, "odigos-io", "odigos");
        assertEquals(8, budget.usedInLastHour(), "a refused call costs nothing");

        clock.advance(Duration.ofMinutes(31));
        assertEquals(4, budget.usedInLastHour(), "the first two answers are over an hour old");
    }

    static GitHubFailure failure(GitHubGraphQL client, String owner, String name) {
        return assertThrows(GitHubFailure.class, () -> client.query(CATEGORIES, repo(owner, name)));
    }
}
