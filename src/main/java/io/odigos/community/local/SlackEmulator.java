package io.odigos.community.local;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-process fake of Slack's Web API for end-to-end tests and local mode. Point the real SDK at it with
 * {@code SlackConfig.setMethodsEndpointUrlPrefix(emulator.apiUrl())}; it records every call and keeps enough
 * workspace state (messages, views, users, files) to assert what a member would see. For Socket Mode,
 * {@code apps.connections.open} hands out a local {@code ws://} URL and {@code socket*} methods push envelopes to
 * the connected app and return its acks.
 */
public final class SlackEmulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackEmulator.class);
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final int WORKER_THREADS = 4;
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(10);

    /** A one-shot misbehaviour queued for the next call of a method. */
    private sealed interface Injection permits RateLimit, Failure {
    }

    private record RateLimit(int retryAfterSeconds) implements Injection {
    }

    private record Failure(String error) implements Injection {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final CallLog calls = new CallLog();
    private final Map<String, Deque<Injection>> injections = new HashMap<>();
    private final MessageStore messages = new MessageStore();
    private final ViewStore views = new ViewStore();
    private final UserDirectory users = new UserDirectory();
    private final FileStore files;
    private final SocketModeServer socket = new SocketModeServer();
    private final SocketEnvelopes envelopes = new SocketEnvelopes();
    private final Map<String, Function<EmulatorCall, JsonObject>> handlers;

    private SlackEmulator(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        this.files = new FileStore(baseUrl + "upload/");
        this.handlers = Map.ofEntries(
                Map.entry("auth.test", users::authTest),
                Map.entry("users.info", users::info),
                Map.entry("chat.postMessage", messages::postMessage),
                Map.entry("chat.update", messages::update),
                Map.entry("chat.delete", messages::delete),
                Map.entry("chat.postEphemeral", messages::postEphemeral),
                Map.entry("chat.getPermalink", messages::permalink),
                Map.entry("conversations.open", messages::openConversation),
                Map.entry("views.open", views::open),
                Map.entry("views.push", views::push),
                Map.entry("views.update", views::update),
                Map.entry("views.publish", views::publish),
                Map.entry("files.getUploadURLExternal", files::getUploadUrl),
                Map.entry("files.completeUploadExternal", files::complete),
                Map.entry("apps.connections.open", this::openConnection));
        server.createContext("/api/", this::handleApi);
        server.createContext("/upload/", this::handleUpload);
    }

    /** Starts an emulator on 127.0.0.1; port 0 picks a free one. */
    public static SlackEmulator start(int port) throws IOException {
        // The JDK's server writes a response's headers and body separately; with Nagle's algorithm on, the body then
        // waits for the client's delayed ACK, and every Web API call took about 40 ms instead of about one.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(WORKER_THREADS, task -> {
            Thread thread = new Thread(task, "slack-emulator-" + threadNumber.incrementAndGet());
            thread.setDaemon(true); // never keep a test JVM or local-mode process alive
            return thread;
        });
        server.setExecutor(executor);
        SlackEmulator emulator = new SlackEmulator(server, executor);
        server.start();
        log.info("Slack emulator listening on {}", emulator.apiUrl());
        return emulator;
    }

    /** Prefix for {@code SlackConfig.setMethodsEndpointUrlPrefix}, e.g. {@code http://127.0.0.1:PORT/api/}. */
    public String apiUrl() {
        return baseUrl + "api/";
    }

    @Override
    public void close() {
        socket.close();
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- calls -------------------------------------------------------------------------------------

    public List<EmulatorCall> calls() {
        return calls.all();
    }

    public List<EmulatorCall> calls(String method) {
        return calls.of(method);
    }

    /** Waits for a recorded call of {@code method} accepted by {@code match}; AssertionError on timeout. */
    public EmulatorCall awaitCall(String method, Predicate<EmulatorCall> match, Duration timeout) {
        return calls.await(method, match, timeout);
    }

    public EmulatorCall awaitCall(String method, Duration timeout) {
        return awaitCall(method, call -> true, timeout);
    }

    /** Forgets recorded calls and pending injections; workspace state (messages, views, ...) is kept. */
    public void clear() {
        calls.clear();
        synchronized (injections) {
            injections.clear();
        }
    }

    // ---- injections --------------------------------------------------------------------------------

    /** The next call of {@code method} gets HTTP 429 with {@code Retry-After}. */
    public void rateLimitNext(String method, int retryAfterSeconds) {
        inject(method, new RateLimit(retryAfterSeconds));
    }

    /** The next call of {@code method} gets {@code {ok:false, error}}. */
    public void failNext(String method, String error) {
        inject(method, new Failure(error));
    }

    // ---- emulated state ----------------------------------------------------------------------------

    /** Registers a member for users.info; tz is an IANA zone id such as {@code Europe/Berlin}. */
    public void addUser(String id, String name, String tz, boolean admin, boolean owner) {
        users.add(id, name, tz, admin, owner);
    }

    /** The DM channel id the emulator uses for a user, as returned by conversations.open. */
    public static String dmChannelId(String userId) {
        return MessageStore.dmChannelOf(userId);
    }

    /** Current (non-ephemeral) messages of a channel in post order; a user id means that user's DM. */
    public List<EmulatedMessage> messages(String channelId) {
        return messages.messages(channelId);
    }

    public EmulatedMessage message(String channelId, String ts) {
        return messages.message(channelId, ts);
    }

    public List<EmulatedMessage> dmsTo(String userId) {
        return messages.messages(dmChannelId(userId));
    }

    public List<EmulatedMessage> ephemeralsTo(String userId) {
        return messages.ephemeralsTo(userId);
    }

    /** Latest published Home tab of the user, or null. */
    public JsonObject homeOf(String userId) {
        return views.homeOf(userId);
    }

    public JsonObject view(String viewId) {
        return views.view(viewId);
    }

    /** The view most recently opened or pushed as a modal, or null. */
    public JsonObject lastOpenedView() {
        return views.lastOpened();
    }

    public List<UploadedFile> uploadedFiles() {
        return files.completed();
    }

    // ---- Socket Mode -------------------------------------------------------------------------------

    /**
     * Sends a slash command over Socket Mode and waits for the app's ack (up to 10 s, including the wait for
     * the app to connect); returns the ack's payload, e.g. {@code {text}}, or an empty object.
     */
    public JsonObject socketSlashCommand(String user, String command, String text) {
        return socket.send("slash_commands", envelopes.slashCommand(user, command, text), true, SOCKET_TIMEOUT);
    }

    /** Sends an interactive payload (block_actions, view_submission, ...) and returns the ack's payload. */
    public JsonObject socketInteraction(JsonObject payload) {
        JsonObject interaction = envelopes.interaction(payload);
        return socket.send("interactive", interaction, SocketEnvelopes.acceptsResponse(interaction), SOCKET_TIMEOUT);
    }

    /** Sends an Events API callback wrapping {@code event} and returns the ack's payload (normally empty). */
    public JsonObject socketEvent(JsonObject event) {
        return socket.send("events_api", envelopes.eventCallback(event), false, SOCKET_TIMEOUT);
    }

    /** Every Socket Mode ack received, as sent: {@code {envelope_id, payload?}}. */
    public List<JsonObject> socketAcks() {
        return socket.acks();
    }

    public boolean socketConnected() {
        return socket.connected();
    }

    /** Only app-level tokens may open a Socket Mode connection, as in Slack. */
    private JsonObject openConnection(EmulatorCall call) {
        if (call.token() == null) {
            throw new SlackError("not_authed");
        }
        if (!call.token().startsWith("xapp-")) {
            throw new SlackError("not_allowed_token_type");
        }
        JsonObject response = Responses.ok();
        response.addProperty("url", socket.connectionUrl());
        return response;
    }

    // ---- HTTP --------------------------------------------------------------------------------------

    private void inject(String method, Injection injection) {
        synchronized (injections) {
            injections.computeIfAbsent(method, m -> new ArrayDeque<>()).add(injection);
        }
    }

    private Injection takeInjection(String method) {
        synchronized (injections) {
            Deque<Injection> queue = injections.get(method);
            return queue == null ? null : queue.poll();
        }
    }

    private void handleApi(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                serveApi(exchange);
            } catch (RuntimeException e) {
                // A bug in the emulator should surface as a 500 in the test, not as a hung or reset connection.
                log.error("Slack emulator failed on {}", exchange.getRequestURI(), e);
                exchange.sendResponseHeaders(500, -1);
            }
        }
    }

    private void serveApi(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange);
        Map<String, String> params = RequestParser.params(exchange, body);
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        EmulatorCall call = new EmulatorCall(method, params, RequestParser.token(exchange, params),
                Instant.now(), false);

        Injection injection = takeInjection(method);
        if (injection instanceof RateLimit rateLimit) {
            calls.add(call.markRateLimited());
            exchange.getResponseHeaders().add("Retry-After", String.valueOf(rateLimit.retryAfterSeconds()));
            respond(exchange, 429, Responses.error("ratelimited"));
            return;
        }
        JsonObject response = injection instanceof Failure failure
                ? Responses.error(failure.error())
                : dispatch(call);
        // Record before answering so a caller that got its response always finds its call.
        calls.add(call);
        respond(exchange, 200, response);
    }

    private JsonObject dispatch(EmulatorCall call) {
        Function<EmulatorCall, JsonObject> handler = handlers.get(call.method());
        if (handler == null) {
            return Responses.error("unknown_method");
        }
        try {
            return handler.apply(call);
        } catch (SlackError e) {
            return Responses.error(e.error());
        }
    }

    private void handleUpload(HttpExchange exchange) throws IOException {
        try (exchange) {
            String fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
            boolean known = files.receive(fileId, readBody(exchange));
            byte[] reply = (known ? "OK - " + fileId : "not found").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 200 : 404, reply.length);
            exchange.getResponseBody().write(reply);
        }
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    private static void respond(HttpExchange exchange, int status, JsonObject json) throws IOException {
        byte[] bytes = GSON.toJson(json).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
