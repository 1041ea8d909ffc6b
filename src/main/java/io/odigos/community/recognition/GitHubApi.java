package io.odigos.community.recognition;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GitHub REST calls the bot makes: the files a pull request changed (bounded in time, because it runs
 * while GitHub waits 10 s at most for the webhook's answer), whose an OAuth access token is, and the open good first
 * issues mentorship offers a new pair. One client, so every call has the same time-outs and token handling.
 */
public final class GitHubApi {

    /** GitHub lists at most 3000 files of a pull request, 100 a page. */
    static final int PAGE_SIZE = 100;
    static final int MAX_FILES = 3000;
    private static final Duration PER_REQUEST = Duration.ofSeconds(3);
    private static final Duration WHOLE_FETCH = Duration.ofSeconds(6);
    /** GitHub's owner/name; never "." or "..", which would turn the URL into another API path. */
    private static final Pattern GITHUB_PATH = Pattern.compile("/([A-Za-z0-9-]+/[A-Za-z0-9_.-]+?)(?:\\.git)?/?");
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9-]+/(?!\\.\\.?$)[A-Za-z0-9_.-]+");

    /** Why GitHub's answer could not be had; the message names the status or the failure, never the token. */
    public static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    // redirects are not followed, so the token never goes to another host
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PER_REQUEST).build();
    private final String apiUrl;
    private final Optional<String> token;

    public GitHubApi(String apiUrl, Optional<String> token) {
        this.apiUrl = apiUrl.replaceAll("/+$", "");
        this.token = token;
    }

    /**
     * The paths a pull request added, changed or removed, and the old paths of files it renamed (moving code out
     * of a folder changes that folder too).
     */
    public List<String> changedFiles(String repository, long number) throws Unavailable {
        if (!REPOSITORY.matcher(repository).matches()) {
            throw new Unavailable("'" + repository + "' is not an owner/name repository");
        }
        long deadline = System.nanoTime() + WHOLE_FETCH.toNanos();
        List<String> paths = new ArrayList<>();
        int listed = 0;
        for (int page = 1; listed < MAX_FILES; page++) {
            JsonArray files = page(repository, number, page, deadline);
            try {
                for (JsonElement file : files) {
                    JsonObject f = file.getAsJsonObject();
                    paths.add(f.get("filename").getAsString());
                    if (f.has("previous_filename") && !f.get("previous_filename").isJsonNull()) {
                        paths.add(f.get("previous_filename").getAsString());
                    }
                }
            } catch (RuntimeException e) {
                throw new Unavailable("page " + page + " has an entry without a filename");
            }
            listed += files.size();
            if (files.size() < PAGE_SIZE) {
                return paths;
            }
        }
        throw new Unavailable("GitHub lists no more than " + MAX_FILES + " files of a pull request; the rest are unknown");
    }

    private JsonArray page(String repository, long number, int page, long deadline) throws Unavailable {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new Unavailable("no answer within " + WHOLE_FETCH.toSeconds() + " s");
        }
        HttpRequest.Builder request = apiRequest("/repos/" + repository + "/pulls/" + number
                + "/files?per_page=" + PAGE_SIZE + "&page=" + page);
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response = send(request.GET(), Math.min(left, PER_REQUEST.toNanos()));
        if (response.statusCode() != 200) {
            throw new Unavailable("HTTP " + response.statusCode() + messageOf(response.body()));
        }
        try {
            return JsonParser.parseString(response.body()).getAsJsonArray();
        } catch (JsonParseException | IllegalStateException e) {
            throw new Unavailable("page " + page + " is not a JSON array of files");
        }
    }

    /**
     * The login of the account an OAuth access token belongs to (GET /user). The token is the member's, used for
     * this one call and not kept.
     */
    public String loginOf(String accessToken) throws Unavailable {
        HttpRequest.Builder request = apiRequest("/user").header("Authorization", "Bearer " + accessToken);
        HttpResponse<String> response = send(request.GET(), PER_REQUEST.toNanos());
        if (response.statusCode() != 200) {
            throw new Unavailable("HTTP " + response.statusCode() + messageOf(response.body()));
        }
        try {
            return JsonParser.parseString(response.body()).getAsJsonObject().get("login").getAsString();
        } catch (RuntimeException e) {
            throw new Unavailable("the user has no login");
        }
    }

    /** An open issue as GitHub's search lists it; the title is GitHub's, untrusted text. */
    public record Issue(long number, String title, String url, List<String> labels) {
    }

    /**
     * Up to {@code limit} (at most 100) open issues labelled "good first issue" in {@code repository}, most recently
     * updated first: one search request, read only, with the token when one is configured.
     */
    public List<Issue> goodFirstIssues(String repository, int limit) throws Unavailable {
        if (!REPOSITORY.matcher(repository).matches()) {
            throw new Unavailable("'" + repository + "' is not an owner/name repository");
        }
        String query = URLEncoder.encode("repo:" + repository + " is:issue is:open label:\"good first issue\"",
                StandardCharsets.UTF_8);
        HttpRequest.Builder request = apiRequest("/search/issues?q=" + query + "&sort=updated&order=desc&per_page="
                + Math.min(limit, PAGE_SIZE));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response = send(request.GET(), PER_REQUEST.toNanos());
        if (response.statusCode() != 200) {
            throw new Unavailable("HTTP " + response.statusCode() + messageOf(response.body()));
        }
        try {
            List<Issue> issues = new ArrayList<>();
            for (JsonElement item : JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("items")) {
                JsonObject i = item.getAsJsonObject();
                List<String> labels = new ArrayList<>();
                if (i.has("labels")) {
                    i.getAsJsonArray("labels").forEach(l -> labels.add(l.getAsJsonObject().get("name").getAsString()));
                }
                issues.add(new Issue(i.get("number").getAsLong(), i.get("title").getAsString(),
                        i.get("html_url").getAsString(), List.copyOf(labels)));
            }
            return issues;
        } catch (RuntimeException e) {
            throw new Unavailable("the search answer is not a list of issues");
        }
    }

    /**
     * The tag of the repository's latest release (GET /repos/{owner}/{name}/releases/latest: the newest one that is
     * neither a draft nor a prerelease), e.g. "v1.2.0".
     */
    public String latestRelease(String repository) throws Unavailable {
        if (!REPOSITORY.matcher(repository).matches()) {
            throw new Unavailable("'" + repository + "' is not an owner/name repository");
        }
        HttpRequest.Builder request = apiRequest("/repos/" + repository + "/releases/latest");
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response = send(request.GET(), PER_REQUEST.toNanos());
        if (response.statusCode() != 200) {
            throw new Unavailable("HTTP " + response.statusCode() + messageOf(response.body()));
        }
        try {
            return JsonParser.parseString(response.body()).getAsJsonObject().get("tag_name").getAsString();
        } catch (RuntimeException e) {
            throw new Unavailable("the release has no tag");
        }
    }

    /** "owner/name" from the repository's page URL, when it has that shape. */
    public static Optional<String> repositoryOf(String repositoryUrl) {
        try {
            String path = URI.create(repositoryUrl).getPath();
            Matcher m = GITHUB_PATH.matcher(path == null ? "" : path);
            return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private HttpRequest.Builder apiRequest(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(apiUrl + pathAndQuery))
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28");
    }

    /**
     * Sends within {@code timeoutNanos}, to the API or to GitHub's web host (the OAuth flow). Failures name the
     * status or the exception, never a header, so no token reaches a message or a log. Public for the GraphQL client
     * of discussions/, so both APIs share one HTTP client's time-outs and token hygiene.
     */
    public HttpResponse<String> send(HttpRequest.Builder request, long timeoutNanos) throws Unavailable {
        CompletableFuture<HttpResponse<String>> sent = http.sendAsync(request.timeout(PER_REQUEST)
                .header("User-Agent", "odigos-community-bot").build(), HttpResponse.BodyHandlers.ofString());
        try {
            return sent.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw new Unavailable("no answer within " + PER_REQUEST.toSeconds() + " s");
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            throw new Unavailable(cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
    }

    /** GitHub's own explanation ("API rate limit exceeded…", "Not Found"), short; empty when it gives none. */
    public static String messageOf(String body) {
        try {
            JsonElement json = JsonParser.parseString(body);
            if (json.isJsonObject() && json.getAsJsonObject().has("message")) {
                String message = json.getAsJsonObject().get("message").getAsString();
                return ": " + (message.length() > 160 ? message.substring(0, 160) + "…" : message);
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            // no explanation to add
        }
        return "";
    }
}
