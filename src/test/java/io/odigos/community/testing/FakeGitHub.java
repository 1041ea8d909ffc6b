package io.odigos.community.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's REST API as far as the bot uses it, over real HTTP on a free loopback port: the files of pull requests,
 * in pages as GitHub serves them. Records every request and fails on demand.
 */
public final class FakeGitHub implements AutoCloseable {

    private static final Pattern PULL_FILES = Pattern.compile("/repos/([^/]+/[^/]+)/pulls/(\\d+)/files");

    /** One request as received: path, query and the headers the bot sent. */
    public record Request(String path, String query, String authorization, String accept, String apiVersion) {
    }

    private final HttpServer server;
    private final Map<String, List<JsonObject>> filesByPullRequest = new HashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int failingStatus;

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

    /** Every request from now on answers this status (403 as when the rate limit is spent), until {@link #recover()}. */
    public void failWith(int status) {
        failingStatus = status;
    }

    public void recover() {
        failingStatus = 0;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        var headers = exchange.getRequestHeaders();
        requests.add(new Request(path, query, headers.getFirst("Authorization"), headers.getFirst("Accept"),
                headers.getFirst("X-GitHub-Api-Version")));
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

    private static String message(String text) {
        JsonObject o = new JsonObject();
        o.addProperty("message", text);
        o.addProperty("documentation_url", "https://docs.github.com/rest");
        return o.toString();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
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
