package io.odigos.community.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>To behave like a busy Slack it can answer calls with faults (one-shot per method, or seeded random ones) and
 * enforce Slack-like rate limits ({@link #enforceLimits}); both are off by default. Every fault and every 429 is
 * decided before the method runs, so a call is either applied whole or not at all, and
 * {@link EmulatorCall#outcome()} tells which. The emulator remembers each Retry-After it asked for and can list the
 * calls that did not wait it out ({@link #callsInsideRetryAfter}).
 */
public final class SlackEmulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackEmulator.class);
    private static final int WORKER_THREADS = 4;
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(10);

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final CallLog calls = new CallLog();
    private final FaultInjector faults = new FaultInjector();
    private final RateLimiter limiter = new RateLimiter();
    private final RetryAfterLog retryAfter = new RetryAfterLog();
    private final WorkspaceChanges changes = new WorkspaceChanges();
    private final Refusals refusals = new Refusals();
    private final Triggers triggers = new Triggers();
    private final MessageStore messages = new MessageStore();
    private final ViewStore views = new ViewStore(triggers);
    private final UserDirectory users = new UserDirectory();
    private final FileStore files;
    private final SocketModeServer socket = new SocketModeServer();
    private final SocketEnvelopes envelopes = new SocketEnvelopes();

    private SlackEmulator(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        this.files = new FileStore(baseUrl + "upload/", messages::shareFile);
        Map<String, Function<EmulatorCall, JsonObject>> methods = Map.ofEntries(
                Map.entry("auth.test", users::authTest),
                Map.entry("users.info", users::info),
                Map.entry("usergroups.users.list", users::userGroupMembers),
                Map.entry("chat.postMessage", messages::postMessage),
                Map.entry("chat.update", messages::update),
                Map.entry("chat.delete", messages::delete),
                Map.entry("chat.postEphemeral", messages::postEphemeral),
                Map.entry("chat.getPermalink", messages::permalink),
                Map.entry("conversations.open", messages::openConversation),
                Map.entry("conversations.replies", messages::replies),
                Map.entry("views.open", views::open),
                Map.entry("views.push", views::push),
                Map.entry("views.update", views::update),
                Map.entry("views.publish", views::publish),
                Map.entry("files.getUploadURLExternal", files::getUploadUrl),
                Map.entry("files.completeUploadExternal", files::complete),
                Map.entry("files.info", files::info),
                Map.entry("apps.connections.open", socket::openConnection));
        server.createContext("/api/", new WebApiHandler(methods, calls, faults, limiter, retryAfter, refusals, changes::changed));
        server.createContext("/upload/", files::handleUpload);
        server.createContext(FileStore.DOWNLOAD_PATH, files::handleDownload);
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

    /** How many calls of {@code method} were applied: answered {@code ok:true} by the method itself. */
    public int appliedCount(String method) {
        return count(method, EmulatorCall.Outcome.APPLIED);
    }

    /** How many calls of {@code method} ended with {@code outcome}. */
    public int count(String method, EmulatorCall.Outcome outcome) {
        return calls.count(method, call -> call.outcome() == outcome);
    }

    /**
     * Forgets recorded calls, queued and random faults and Retry-After windows, and refills the rate-limit buckets
     * (the limits in force stay); workspace state (messages, views, ...) is kept.
     */
    public void clear() {
        calls.clear();
        faults.clear();
        retryAfter.clear();
        limiter.reset();
    }

    // ---- faults ------------------------------------------------------------------------------------

    /** The next call of {@code method} gets HTTP 429 with {@code Retry-After} and is not applied. */
    public void rateLimitNext(String method, int retryAfterSeconds) {
        faults.queue(method, new Fault.RateLimit(retryAfterSeconds));
    }

    /** The next call of {@code method} gets {@code {ok:false, error}} and is not applied. */
    public void failNext(String method, String error) {
        faults.queue(method, new Fault.Failure(error));
    }

    /** The next call of {@code method} gets HTTP {@code status} (500-599) with a short text body; not applied. */
    public void serverErrorNext(String method, int status) {
        faults.queue(method, new Fault.ServerError(status));
    }

    /**
     * The next call of {@code method} is read, not applied, and its connection closed without a response: the SDK
     * throws an IOException ("unexpected end of stream"). OkHttp, under the SDK, resends a request at once by itself
     * when a pooled connection fails like this, which would turn the reset into a success the bot never sees; so the
     * same request (same parameters and token) arriving again within a second of the last reset is reset too, a few
     * times at most. Each attempt is a call with outcome RESET. A bot's own retry of the identical request within
     * that second is reset as well.
     */
    public void resetNext(String method) {
        faults.queue(method, new Fault.Reset());
    }

    /**
     * From now on each call of one of {@code methods} gets, with {@code probability}, one fault drawn from: 429 with
     * Retry-After 1, {@code ok:false ratelimited}, {@code ok:false internal_error}, HTTP 503, connection reset. A
     * {@link java.util.Random} seeded with {@code seed} decides, in arrival order: calls that arrive in the same
     * order get the same faults. Queued one-shot faults go first; rate limits apply to calls drawn no fault.
     */
    public void randomFaults(long seed, double probability, Set<String> methods) {
        faults.randomFaults(seed, probability, methods);
    }

    /** Stops {@link #randomFaults}; queued one-shot faults stay. */
    public void randomFaultsOff() {
        faults.randomFaultsOff();
    }

    /** Forgets queued one-shot faults and stops {@link #randomFaults}. */
    public void clearFaults() {
        faults.clear();
    }

    // ---- rate limits -------------------------------------------------------------------------------

    /**
     * Puts {@code limits} in force, all buckets full; {@link RateLimits#none()} (or null) switches them off, as they
     * are at start. {@link RateLimits#slack()} gives Slack-like defaults.
     */
    public void enforceLimits(RateLimits limits) {
        limiter.enforce(limits);
    }

    public RateLimits enforcedLimits() {
        return limiter.limits();
    }

    /** Every 429 sent (injected, random or over a limit) with the window its Retry-After asked the client to wait. */
    public List<RetryAfterWindow> retryAfterWindows() {
        return retryAfter.windows();
    }

    /**
     * The calls of {@code method} that arrived while one of that method's own Retry-After windows was running, on
     * any channel: calls a client honouring "no call of this method before Retry-After passed" would not have made.
     * A call's arrival is when the emulator began to handle it, so with several senders a call already on its way
     * when a 429 went out can count; {@link #callsInsideRetryAfter(String, Duration)} allows for that.
     */
    public List<EmulatorCall> callsInsideRetryAfter(String method) {
        return callsInsideRetryAfter(method, Duration.ZERO);
    }

    /** Like {@link #callsInsideRetryAfter(String)}, ignoring calls that arrived within {@code grace} of a 429. */
    public List<EmulatorCall> callsInsideRetryAfter(String method, Duration grace) {
        return retryAfter.callsInside(method, calls.of(method), grace);
    }

    // ---- emulated state ----------------------------------------------------------------------------

    /** Registers a member for users.info; tz is an IANA zone id such as {@code Europe/Berlin}. */
    public void addUser(String id, String name, String tz, boolean admin, boolean owner) {
        users.add(id, name, tz, admin, owner);
    }

    /** A user group usergroups.users.list answers with these members. */
    public void defineUserGroup(String id, List<String> memberIds) {
        users.defineUserGroup(id, memberIds);
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

    public Optional<UploadedFile> uploadedFile(String id) {
        return files.completed().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    // ---- what a member does in the playground --------------------------------------------------------

    /** The latest calls refused for their blocks or view, newest first, with Slack's explanations. */
    public List<Refusals.Refusal> refusals() {
        return refusals.latest();
    }

    /** Bumped on every change a member could see; watch it to refresh a live page. */
    public WorkspaceChanges changes() {
        return changes;
    }

    public List<EmulatedMember> members() {
        return users.all();
    }

    public Optional<EmulatedMember> member(String id) {
        return users.find(id);
    }

    /** A trigger id for a member's command or click: the bot may open a modal for them with it for 3 seconds. */
    public String issueTrigger(String memberId) {
        return triggers.issue(memberId, Instant.now());
    }

    /** A member types a plain message into a channel (or their DM with the bot). */
    public EmulatedMessage postAsMember(String channel, String memberId, String text) {
        return replyAsMember(channel, null, memberId, text);
    }

    /** A member answers in the thread under {@code threadTs} (null: a message of its own in the channel). */
    public EmulatedMessage replyAsMember(String channel, String threadTs, String memberId, String text) {
        try {
            return messages.postAsMember(channel, memberId, text, threadTs);
        } finally {
            changes.changed();
        }
    }

    /** The bot answered a member's command in its ack: Slack shows the answer to them alone. */
    public void showAnswer(String channel, String memberId, String text, JsonElement blocks) {
        messages.addEphemeral(channel, memberId, text, blocks);
        changes.changed();
    }

    /** The modal the member sees (the top of their stack), or null. */
    public JsonObject modalOf(String memberId) {
        return views.modalOf(memberId);
    }

    public void closeTopModal(String memberId) {
        views.closeTop(memberId);
        changes.changed();
    }

    public void closeModals(String memberId) {
        views.closeAll(memberId);
        changes.changed();
    }

    /** A submission answered {@code update}; a view Slack could not show is refused as Slack would. */
    public void replaceTopModal(String memberId, JsonObject view) {
        if (showable(view, memberId, "update")) {
            views.replaceTop(memberId, view);
        }
        changes.changed();
    }

    /** A submission answered {@code push}; a view Slack could not show is refused as Slack would. */
    public void pushModal(String memberId, JsonObject view) {
        if (showable(view, memberId, "push")) {
            views.pushFromAnswer(memberId, view);
        }
        changes.changed();
    }

    private boolean showable(JsonObject view, String memberId, String action) {
        List<String> problems = BlockKitRules.checkView(view);
        if (!problems.isEmpty()) {
            refusals.add("view_submission response_action " + action, memberId, "invalid_arguments", problems);
        }
        return problems.isEmpty();
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
}
