package io.odigos.community.recognition;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.core.BotConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GitHub's OAuth web flow, used only to learn which login a member controls: the member's browser goes to GitHub's
 * authorize page (no scope: the public profile is enough), GitHub sends it back with a code, the bot trades the code
 * for an access token, asks GET /user whose token it is, and forgets the token.
 */
final class GitHubOAuth {

    static final String CONNECT_PATH = "/github/connect";
    static final String CALLBACK_PATH = "/github/callback";
    private static final Duration EXCHANGE_TIMEOUT = Duration.ofSeconds(5);

    /** GitHub answered, and said no (a bad or expired code, wrong client credentials). */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final String oauthUrl;
    private final BotConfig.GitHubOAuthApp app;
    private final String publicUrl;
    private final GitHubApi api;
    private final OAuthStates states;

    GitHubOAuth(String oauthUrl, BotConfig.GitHubOAuthApp app, String publicUrl, GitHubApi api, OAuthStates states) {
        this.oauthUrl = oauthUrl;
        this.app = app;
        this.publicUrl = publicUrl;
        this.api = api;
        this.states = states;
    }

    OAuthStates states() {
        return states;
    }

    /** The bot's own page that starts the flow for this member; what the Connect GitHub button opens. */
    String connectUrl(String memberId) {
        return publicUrl + CONNECT_PATH + "?state=" + encode(states.issue(memberId));
    }

    /** GitHub's authorize page for a state already verified. */
    URI authorizeUrl(String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", app.clientId());
        query.put("redirect_uri", redirectUri());
        query.put("state", state);
        query.put("allow_signup", "false");
        // GitHub otherwise completes silently for a browser that authorized the app before: make the member see
        // and pick the account being linked
        query.put("prompt", "select_account");
        return URI.create(oauthUrl + "/login/oauth/authorize?" + form(query));
    }

    /** The login whose owner approved the flow that produced {@code code}; the access token is not kept. */
    String loginFor(String code) throws Refused, GitHubApi.Unavailable {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", app.clientId());
        form.put("client_secret", app.clientSecret());
        form.put("code", code);
        form.put("redirect_uri", redirectUri());
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(oauthUrl + "/login/oauth/access_token"))
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))), EXCHANGE_TIMEOUT.toNanos());
        if (response.statusCode() != 200) {
            throw new GitHubApi.Unavailable("the token exchange answered HTTP " + response.statusCode());
        }
        JsonObject answer;
        try {
            answer = JsonParser.parseString(response.body()).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new GitHubApi.Unavailable("the token exchange did not answer JSON");
        }
        if (answer.has("error")) {
            // GitHub answers 200 with an error for a bad code or wrong client credentials
            throw new Refused(text(answer, "error") + (answer.has("error_description")
                    ? ": " + text(answer, "error_description") : ""));
        }
        if (!answer.has("access_token")) {
            throw new GitHubApi.Unavailable("the token exchange gave no access token");
        }
        return api.loginOf(text(answer, "access_token"));
    }

    private String redirectUri() {
        return publicUrl + CALLBACK_PATH;
    }

    private static String text(JsonObject o, String name) {
        String s = o.get(name).isJsonPrimitive() ? o.get(name).getAsString() : o.get(name).toString();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
