package io.odigos.community.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.testing.FakeGitHub;
import io.odigos.community.testing.TestBot;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Members prove the GitHub login they link through GitHub's OAuth web flow: the Connect GitHub button, the bot's
 * redirect to GitHub, GitHub's callback, all over real HTTP against a fake GitHub; a browser is played by the test.
 */
class GitHubLinkingEndToEndTest {

    static final String PUBLIC_URL = "https://community.example.org";
    static final String REPO = "odigos-io/odigos";
    static final Duration WAIT = Duration.ofSeconds(10);
    final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    FakeGitHub github;
    TestBot t;

    @BeforeEach
    void start() throws Exception {
        github = FakeGitHub.start();
        t = startBot(new HashMap<>(Map.of(
                "GITHUB_API_URL", github.apiUrl(), "GITHUB_OAUTH_URL", github.apiUrl(), "PUBLIC_URL", PUBLIC_URL,
                "GITHUB_OAUTH_CLIENT_ID", FakeGitHub.OAUTH_CLIENT_ID,
                "GITHUB_OAUTH_CLIENT_SECRET", FakeGitHub.OAUTH_CLIENT_SECRET)));
    }

    /** The bot under test, on H2 in memory; the PostgreSQL subclass starts one there. */
    protected TestBot startBot(Map<String, String> settings) throws Exception {
        return TestBot.start("jdbc:h2:mem:github-linking-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", settings);
    }

    @AfterEach
    void stop() {
        t.close();
        github.close();
    }

    RecognitionService service() {
        return t.bot.features().recognition().service();
    }

    GitHubContributions github() {
        return t.bot.features().recognition().github();
    }

    void mergedPullRequest(int number, String author) {
        github().recordPullRequest(REPO, number, author, "fix: crash " + number, "https://github.com/" + REPO
                + "/pull/" + number, List.of("kind/bug"), Instant.parse("2026-11-20T12:00:00Z"));
    }

    /** What /profile github shows the member: the text, and the URL of its Connect GitHub button. */
    record Connect(String text, String url) {
        /** The state the button carries. */
        String state() {
            return FakeGitHub.form(URI.create(url).getRawQuery()).get("state");
        }
    }

    Connect connectButton(String member, String typed) {
        JsonObject ack = JsonParser.parseString(t.signed.slashCommand(member, "/profile", ("github " + typed).strip())
                .body()).getAsJsonObject();
        StringBuilder text = new StringBuilder();
        String url = null;
        for (JsonElement block : ack.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("text")) {
                text.append(b.getAsJsonObject("text").get("text").getAsString());
            }
            if (b.has("elements")) {
                for (JsonElement e : b.getAsJsonArray("elements")) {
                    if ("Connect GitHub".equals(e.getAsJsonObject().getAsJsonObject("text").get("text").getAsString())) {
                        url = e.getAsJsonObject().get("url").getAsString();
                    }
                }
            }
        }
        assertTrue(url != null && url.startsWith(PUBLIC_URL + "/github/connect?state="), ack.toString());
        return new Connect(text.toString(), url);
    }

    /** The browser opens a URL of the bot's public address, here on the test's port. */
    HttpResponse<String> open(String publicUrl) throws Exception {
        assertTrue(publicUrl.startsWith(PUBLIC_URL), publicUrl);
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + t.bot.port()
                + publicUrl.substring(PUBLIC_URL.length()))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GitHub sends the browser back to the callback with these parameters. */
    HttpResponse<String> callback(Map<String, String> parameters) throws Exception {
        StringBuilder query = new StringBuilder();
        parameters.forEach((k, v) -> query.append(query.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return open(PUBLIC_URL + "/github/callback?" + query);
    }

    HttpResponse<String> approveOnGitHub(Connect connect, String code, String login) throws Exception {
        github.approves(code, login);
        return callback(Map.of("code", code, "state", connect.state()));
    }

    Optional<String> linkedLogin(String member) {
        return service().profile(member).githubLogin();
    }

    @Test
    void aMemberWhoSignsInOnGitHubIsLinkedAndCreditedWithEarlierContributionsAndNoTokenIsKept() throws Exception {
        mergedPullRequest(1, "Octo-Ann");
        mergedPullRequest(2, "octo-ann");

        Connect connect = connectButton("UANN", "");
        assertTrue(connect.text().contains("Connect GitHub") && connect.text().contains("10 minutes"), connect.text());
        HttpResponse<String> toGitHub = open(connect.url());
        assertEquals(302, toGitHub.statusCode());
        String location = toGitHub.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(github.apiUrl() + "/login/oauth/authorize?"), location);
        Map<String, String> authorize = FakeGitHub.form(URI.create(location).getRawQuery());
        assertEquals(FakeGitHub.OAUTH_CLIENT_ID, authorize.get("client_id"));
        assertEquals(PUBLIC_URL + "/github/callback", authorize.get("redirect_uri"));
        assertEquals(connect.state(), authorize.get("state"));
        assertEquals("false", authorize.get("allow_signup"));
        assertEquals("select_account", authorize.get("prompt"));
        assertFalse(authorize.containsKey("scope"), "the public profile is enough");

        github.approves("code-ann", "Octo-Ann");
        HttpResponse<String> linked = callback(Map.of("code", "code-ann", "state", authorize.get("state")));
        assertEquals(200, linked.statusCode(), linked.body());
        assertTrue(linked.body().contains("Linked @octo-ann to your Slack account; you can close this tab"), linked.body());
        assertTrue(linked.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));

        FakeGitHub.Request exchange = github.requests().stream()
                .filter(r -> r.path().equals("/login/oauth/access_token")).findFirst().orElseThrow();
        assertEquals("POST", exchange.method());
        assertEquals("application/json", exchange.accept());
        assertEquals(Map.of("client_id", FakeGitHub.OAUTH_CLIENT_ID, "client_secret", FakeGitHub.OAUTH_CLIENT_SECRET,
                "code", "code-ann", "redirect_uri", PUBLIC_URL + "/github/callback"), FakeGitHub.form(exchange.body()));
        FakeGitHub.Request user = github.requests().stream().filter(r -> r.path().equals("/user")).findFirst().orElseThrow();
        String token = user.authorization().substring("Bearer ".length());
        assertTrue(token.startsWith("gho_"), user.authorization());

        t.slack.awaitCall("chat.postMessage", c -> "UANN".equals(c.param("channel"))
                && c.param("text").contains("Linked GitHub @octo-ann") && c.param("text").contains("verified through GitHub")
                && c.param("text").contains("2 earlier contributions"), WAIT);
        assertEquals(2L, service().profile("UANN").contributions().get(ContributionKind.BUG_FIX));
        String profile = t.signed.slashCommand("UANN", "/profile", "").body();
        assertTrue(profile.contains("GitHub: octo-ann (verified)"), profile);
        assertTrue(databaseHolds("octo-ann"), "the search finds what is stored");
        assertFalse(databaseHolds(token), "the access token is not kept");

        github.approves("code-other", "someone-else");
        HttpResponse<String> reused = callback(Map.of("code", "code-other", "state", authorize.get("state")));
        assertEquals(400, reused.statusCode());
        assertTrue(reused.body().contains("already used"), reused.body());
        assertEquals(Optional.of("octo-ann"), linkedLogin("UANN"), "a state links once");
    }

    /** Whether any text column of the database's own tables holds {@code text}. */
    boolean databaseHolds(String text) {
        return t.bot.platform().database().inTransaction(em -> {
            List<?> columns = em.createNativeQuery("select table_name, column_name from information_schema.columns "
                    + "where lower(table_schema) = 'public' and (lower(data_type) like '%char%' or lower(data_type) = 'text')")
                    .getResultList();
            for (Object row : columns) {
                Object[] c = (Object[]) row;
                Number hits = (Number) em.createNativeQuery("select count(*) from \"" + c[0] + "\" where \"" + c[1]
                        + "\" like ?1").setParameter(1, "%" + text + "%").getSingleResult();
                if (hits.longValue() > 0) {
                    return true;
                }
            }
            return false;
        });
    }

    @Test
    void aForgedExpiredOrRefusedSignInLinksNothingAndSaysWhy() throws Exception {
        mergedPullRequest(3, "octo-ann");
        Connect connect = connectButton("UANN", "");
        String state = connect.state();

        String otherMember = "UMALLORY" + state.substring(state.indexOf('.'));
        github.approves("code-forged", "octo-ann");
        HttpResponse<String> forged = callback(Map.of("code", "code-forged", "state", otherMember));
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().contains("not one the bot made"), forged.body());
        assertEquals(400, open(PUBLIC_URL + "/github/connect?state=" + otherMember).statusCode());
        String badMac = state.substring(0, state.length() - 2) + (state.endsWith("AA") ? "BB" : "AA");
        assertEquals(400, callback(Map.of("code", "code-forged", "state", badMac)).statusCode());
        assertEquals(400, callback(Map.of("code", "code-forged", "state", "")).statusCode());

        HttpResponse<String> denied = callback(Map.of("error", "access_denied", "error_description",
                "The user has denied your application access.", "state", state));
        assertEquals(400, denied.statusCode());
        assertTrue(denied.body().contains("You did not authorize the app on GitHub"), denied.body());
        HttpResponse<String> odd = callback(Map.of("error", "<script>alert(1)</script>", "state", state));
        assertTrue(odd.body().contains("&lt;script&gt;") && !odd.body().contains("<script>"), odd.body());

        HttpResponse<String> badCode = callback(Map.of("code", "never-issued", "state", state));
        assertEquals(400, badCode.statusCode());
        assertTrue(badCode.body().contains("bad_verification_code"), badCode.body());

        github.failWith(503);
        HttpResponse<String> down = approveOnGitHub(connect, "code-down", "octo-ann");
        assertEquals(502, down.statusCode());
        assertTrue(down.body().contains("GitHub could not be reached"), down.body());
        github.recover();
        assertEquals(Optional.empty(), linkedLogin("UANN"), "nothing was linked");
        assertTrue(t.slack.dmsTo("UANN").stream().noneMatch(m -> m.text().contains("Linked GitHub")));
        assertTrue(github.requests().stream().noneMatch(r -> r.path().equals("/login/oauth/access_token")
                && r.body().contains("code-forged")), "a forged state never reaches GitHub");

        assertEquals(200, approveOnGitHub(connect, "code-after", "octo-ann").statusCode(),
                "a refusal does not spend the state");

        Connect later = connectButton("UBEN", "");
        t.clock.advance(OAuthStates.LIFETIME);
        HttpResponse<String> expired = open(later.url());
        assertEquals(400, expired.statusCode());
        assertTrue(expired.body().contains("expired"), expired.body());
        HttpResponse<String> expiredCallback = approveOnGitHub(later, "code-late", "octo-ben");
        assertEquals(400, expiredCallback.statusCode());
        assertTrue(expiredCallback.body().contains("expired"), expiredCallback.body());
        assertEquals(Optional.empty(), linkedLogin("UBEN"));
    }

    @Test
    void aVerifiedLinkTakesOverAClaimButNotAnotherVerifiedLinkAndATypedLoginNoLongerLinks() throws Exception {
        Connect typed = connectButton("UMALLORY", "octo-ann");
        assertTrue(typed.text().contains("Typing a login does not link it"), typed.text());
        assertEquals(Optional.empty(), linkedLogin("UMALLORY"));

        String claimed = t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "github-link <@UMALLORY|mallory> octo-ann")
                .body();
        assertTrue(claimed.contains("Linked octo-ann"), claimed);
        assertEquals(List.of("recognition.link"), t.bot.platform().database()
                .inTransaction(em -> t.bot.platform().audit().recent(em, 10)).stream()
                .filter(a -> a.target().contains("UMALLORY")).map(a -> a.action()).toList(), "the admin's link is audited");
        mergedPullRequest(4, "octo-ann");
        assertEquals(1L, service().profile("UMALLORY").contributions().get(ContributionKind.BUG_FIX));
        assertTrue(t.signed.slashCommand("UMALLORY", "/profile", "").body().contains("octo-ann (not verified)"));

        assertEquals(200, approveOnGitHub(connectButton("UANN", ""), "code-ann", "octo-ann").statusCode());
        assertEquals(Optional.of("octo-ann"), linkedLogin("UANN"));
        assertEquals(Optional.empty(), linkedLogin("UMALLORY"));
        assertEquals(1L, service().profile("UANN").contributions().get(ContributionKind.BUG_FIX));
        assertTrue(service().profile("UMALLORY").contributions().isEmpty(), "the contributions moved with the login");
        t.slack.awaitCall("chat.postMessage", c -> "UMALLORY".equals(c.param("channel"))
                && c.param("text").contains("no longer linked to you"), WAIT);

        HttpResponse<String> second = approveOnGitHub(connectButton("UBEN", ""), "code-ben", "Octo-Ann");
        assertEquals(400, second.statusCode());
        assertTrue(second.body().contains("already linked to another member"), second.body());
        assertEquals(Optional.of("octo-ann"), linkedLogin("UANN"), "a verified link is not taken by another proof");
        assertEquals(Optional.empty(), linkedLogin("UBEN"));

        String fixed = t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "github-link <@UBEN|ben> octo-ann").body();
        assertTrue(fixed.contains("1 contributions moved"), fixed);
        assertEquals(Optional.of("octo-ann"), linkedLogin("UBEN"), "admins can still relink");
    }
}
