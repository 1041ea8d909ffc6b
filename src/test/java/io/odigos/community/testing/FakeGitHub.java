package io.odigos.community.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub as far as the bot uses it, over real HTTP on a free loopback port: the REST API's files of pull requests,
 * in pages as GitHub serves them, GET /user, GET /search/issues for a repository's open good first issues, and a
 * repository's latest release; the web host's OAuth token exchange (/login/oauth/access_token), which trades the
 * codes a test hands out for tokens of a login; and POST /graphql answering a repository's discussion categories with
 * GitHub's rateLimit field and headers, refusing a token other than the accepted one, and spending the rate limit on
 * demand. Records every request and fails on demand.
 */
public final class FakeGitHub implements AutoCloseable {

    private static final Pattern LATEST_RELEASE = Pattern.compile("/repos/([^/]+/[^/]+)/releases/latest");
    private static final Pattern PULL_FILES = Pattern.compile("/repos/([^/]+/[^/]+)/pulls/(\\d+)/files");

    /** One request as received: path, query, the headers the bot sent, its method and body. */
    public record Request(String path, String query, String authorization, String accept, String apiVersion,
                          String method, String body) {
    }

    public static final String OAUTH_CLIENT_ID = "Iv1.fakeclientid";
    public static final String OAUTH_CLIENT_SECRET = "fake-oauth-client-secret";

    private final HttpServer server;
    private final Map<String, List<JsonObject>> filesByPullRequest = new HashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> latestReleases = new ConcurrentHashMap<>();
    private final Map<String, String> loginByCode = new HashMap<>();
    private final Map<String, String> loginByToken = new HashMap<>();
    private final Map<String, JsonArray> goodFirstIssuesByRepository = new HashMap<>();
    private volatile int failingStatus;
    private final FakeGitHubGraphQL graphql = new FakeGitHubGraphQL();

    private FakeGitHub(HttpServer server) {
        this.server = server;
    }

    public static FakeGitHub start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeGitHub github = new FakeGitHub(server);
        server.createContext("/", github::handle);
        server.start();
        return github;
    }

    /** The base URL to give the bot as GITHUB_API_URL. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The files pull request {@code number} of {@code repository} ("owner/name") changed. */
    public synchronized void pullRequestFiles(String repository, long number, List<String> files) {
        List<JsonObject> entries = new ArrayList<>();
        for (String path : files) {
            JsonObject file = new JsonObject();
            file.addProperty("filename", path);
            file.addProperty("status", "modified");
            entries.add(file);
        }
        filesByPullRequest.put(repository + "#" + number, entries);
    }

    /** Adds a file the pull request renamed (GitHub lists it once, with its old path). */
    public synchronized void pullRequestRename(String repository, long number, String from, String to) {
        JsonObject file = new JsonObject();
        file.addProperty("filename", to);
        file.addProperty("previous_filename", from);
        file.addProperty("status", "renamed");
        filesByPullRequest.computeIfAbsent(repository + "#" + number, k -> new ArrayList<>()).add(file);
    }

    /** One open issue labelled "good first issue", as the search lists it. */
    public record Issue(long number, String title, List<String> labels) {
    }

    /** The open good first issues of {@code repository} ("owner/name"), in the order the search lists them. */
    public synchronized void goodFirstIssues(String repository, List<Issue> issues) {
        JsonArray items = new JsonArray();
        for (Issue issue : issues) {
            JsonObject item = new JsonObject();
            item.addProperty("number", issue.number());
            item.addProperty("title", issue.title());
            item.addProperty("html_url", "https://github.com/" + repository + "/issues/" + issue.number());
            item.addProperty("state", "open");
            JsonArray labels = new JsonArray();
            for (String name : issue.labels()) {
                JsonObject label = new JsonObject();
                label.addProperty("name", name);
                labels.add(label);
            }
            items.add(item);
            item.add("labels", labels);
        }
        goodFirstIssuesByRepository.put(repository, items);
    }

    /**
     * GitHub's authorize page, as if {@code login} signed in and approved the app: the token exchange accepts
     * {@code code} once (GitHub's codes are single use) for a token of that login.
     */
    public synchronized void approves(String code, String login) {
        loginByCode.put(code, login);
    }

    /** {@code repository} ("owner/name") exists and has discussion categories of these names, in this order. */
    /** The repository's discussions, as the bot's GraphQL calls left them. */
    public FakeDiscussions discussions() {
        return graphql.discussions;
    }

    /** What the bot's upvote polls asked for. */
    public FakeUpvotePolls upvotePolls() {
        return graphql.upvotePolls;
    }

    /** The node id the fake gives a discussion category of {@code repository}. */
    public static String discussionCategoryId(String repository, String name) {
        return FakeGitHubGraphQL.categoryId(repository, name);
    }

    public void discussionCategories(String repository, List<String> names) {
        graphql.discussionCategories(repository, names);
    }

    /** /graphql accepts only this token from now on and answers any other with 401, as GitHub does a bad one. */
    public void acceptGraphqlToken(String token) {
        graphql.acceptToken(token);
    }

    /** Points each GraphQL query costs from now on (1 unless a test says otherwise, as for most small queries). */
    public void graphqlCost(int points) {
        graphql.cost(points);
    }

    /** When the fake's rate-limit window ends, as x-ratelimit-reset and rateLimit.resetAt say. */
    public Instant rateLimitReset() {
        return graphql.rateLimitReset();
    }

    /**
     * The primary rate limit is spent: /graphql answers 200 with x-ratelimit-remaining 0 and a RATE_LIMITED error, as
     * GitHub does, until {@link #recover()}.
     */
    public void spendRateLimit() {
        graphql.spendRateLimit();
    }

    /** Every request from now on answers this status (403 as when the rate limit is spent), until {@link #recover()}. */
    public void failWith(int status) {
        failingStatus = status;
    }

    public void recover() {
        failingStatus = 0;
        graphql.recover();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        var headers = exchange.getRequestHeaders();
        String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(path, query, headers.getFirst("Authorization"), headers.getFirst("Accept"),
                headers.getFirst("X-GitHub-Api-Version"), exchange.getRequestMethod(), sent));
        if (failingStatus == 0 && "/graphql".equals(path) && "POST".equals(exchange.getRequestMethod())) {
            graphql.answer(exchange, headers.getFirst("Authorization"), sent);
            return;
        }
        if (failingStatus == 0 && "/login/oauth/access_token".equals(path) && "POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 200, accessToken(form(sent)));
            return;
        }
        if (failingStatus == 0 && "/user".equals(path) && "GET".equals(exchange.getRequestMethod())) {
            String login = userOf(headers.getFirst("Authorization"));
            respond(exchange, login == null ? 401 : 200, login == null ? message("Bad credentials") : user(login));
            return;
        }
        Matcher release = LATEST_RELEASE.matcher(path);
        if (failingStatus == 0 && release.matches() && "GET".equals(exchange.getRequestMethod())) {
            String tag = latestReleases.get(release.group(1));
            respond(exchange, tag == null ? 404 : 200, tag == null ? message("Not Found") : release(tag));
            return;
        }
        if (failingStatus == 0 && "/search/issues".equals(path) && "GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 200, search(form(query).getOrDefault("q", "")));
            return;
        }
        Matcher m = PULL_FILES.matcher(path);
        List<JsonObject> files;
        synchronized (this) {
            files = m.matches() ? filesByPullRequest.get(m.group(1) + "#" + m.group(2)) : null;
        }
        if (failingStatus != 0) {
            respond(exchange, failingStatus, message(failingStatus == 403 ? "API rate limit exceeded for 127.0.0.1."
                    : "Server Error"));
        } else if (files == null || !"GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 404, message("Not Found"));
        } else {
            int perPage = Math.min(100, parameter(query, "per_page", 30));
            int page = parameter(query, "page", 1);
            JsonArray body = new JsonArray();
            synchronized (this) {
                for (int i = (page - 1) * perPage; i < Math.min(files.size(), page * perPage); i++) {
                    body.add(files.get(i));
                }
            }
            respond(exchange, 200, body.toString());
        }
    }

    public void latestRelease(String repository, String tag) {
        latestReleases.put(repository, tag);
    }

    private static String release(String tag) {
        JsonObject release = new JsonObject();
        release.addProperty("tag_name", tag);
        release.addProperty("name", tag);
        release.addProperty("draft", false);
        release.addProperty("prerelease", false);
        return release.toString();
    }

    /** As GitHub answers with Accept: application/json: 200 either way, an "error" for a bad code or client. */
    private synchronized String accessToken(Map<String, String> form) {
        JsonObject answer = new JsonObject();
        String login = loginByCode.get(form.get("code"));
        if (!OAUTH_CLIENT_ID.equals(form.get("client_id")) || !OAUTH_CLIENT_SECRET.equals(form.get("client_secret"))) {
            answer.addProperty("error", "incorrect_client_credentials");
            answer.addProperty("error_description", "The client_id and/or client_secret passed are incorrect.");
        } else if (login == null) {
            answer.addProperty("error", "bad_verification_code");
            answer.addProperty("error_description", "The code passed is incorrect or expired.");
        } else {
            loginByCode.remove(form.get("code"));
            String token = "gho_" + UUID.randomUUID().toString().replace("-", "");
            loginByToken.put(token, login);
            answer.addProperty("access_token", token);
            answer.addProperty("token_type", "bearer");
            answer.addProperty("scope", "");
        }
        return answer.toString();
    }

    /** Only the query the bot sends finds issues: open good first issues of one repository. */
    private synchronized String search(String q) {
        Matcher repo = Pattern.compile("repo:(\\S+)").matcher(q);
        JsonArray items = repo.find() && q.contains("is:issue") && q.contains("is:open")
                && q.contains("label:\"good first issue\"")
                ? goodFirstIssuesByRepository.getOrDefault(repo.group(1), new JsonArray()) : new JsonArray();
        JsonObject answer = new JsonObject();
        answer.addProperty("total_count", items.size());
        answer.addProperty("incomplete_results", false);
        answer.add("items", items);
        return answer.toString();
    }

    private synchronized String userOf(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ")
                ? loginByToken.get(authorization.substring("Bearer ".length())) : null;
    }

    private static String user(String login) {
        JsonObject user = new JsonObject();
        user.addProperty("login", login);
        user.addProperty("id", Math.abs(login.hashCode()));
        user.addProperty("type", "User");
        user.addProperty("html_url", "https://github.com/" + login);
        return user.toString();
    }

    /** An application/x-www-form-urlencoded body or query as a map. */
    public static Map<String, String> form(String encoded) {
        Map<String, String> fields = new HashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                fields.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static int parameter(String query, String name, int otherwise) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return Integer.parseInt(pair.substring(name.length() + 1));
                }
            }
        }
        return otherwise;
    }

    static String message(String text) {
        JsonObject o = new JsonObject();
        o.addProperty("message", text);
        o.addProperty("documentation_url", "https://docs.github.com/rest");
        return o.toString();
    }

    static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
