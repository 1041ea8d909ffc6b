package io.odigos.community.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Socket Mode side of the emulator: the WebSocket that {@code apps.connections.open} hands out. It greets
 * each connection with {@code hello}, pushes envelopes to the newest connection and collects the app's acks.
 */
final class SocketModeServer extends WebSocketServer {

    private static final Logger log = LoggerFactory.getLogger(SocketModeServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final Object lock = new Object();
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile Exception startFailure;
    // guarded by lock
    private boolean started;
    private boolean stopped;
    private WebSocket current;
    private int tickets;
    private int envelopes;
    private final Map<String, JsonObject> acksById = new HashMap<>();
    private final List<JsonObject> acks = new ArrayList<>();

    SocketModeServer() {
        // One decoder thread is plenty here; the default is one per CPU, for every emulator a test starts.
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        setDaemon(true);
        setReuseAddr(true);
    }

    /** {@code apps.connections.open}: only app-level tokens may open a Socket Mode connection, as in Slack. */
    JsonObject openConnection(EmulatorCall call) {
        if (call.token() == null) {
            throw new SlackError("not_authed");
        }
        if (!call.token().startsWith("xapp-")) {
            throw new SlackError("not_allowed_token_type");
        }
        JsonObject response = Responses.ok();
        response.addProperty("url", connectionUrl());
        return response;
    }

    /** A fresh URL for {@code apps.connections.open}; the server starts listening on first use. */
    String connectionUrl() {
        synchronized (lock) {
            if (stopped) {
                throw new SlackError("service_unavailable");
            }
            if (!started) {
                started = true;
                start();
                awaitListening();
            }
            return "ws://127.0.0.1:" + getPort() + "/link/?ticket=" + (++tickets) + "&app_id=" + UserDirectory.APP_ID;
        }
    }

    private void awaitListening() {
        try {
            if (!listening.await(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) || startFailure != null) {
                throw new IllegalStateException("Socket Mode server did not start", startFailure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the Socket Mode server", e);
        }
    }

    /**
     * Sends an envelope of {@code type} to the connected app and waits for its ack.
     *
     * @return the ack's {@code payload}, or an empty object when the app acked without one
     */
    JsonObject send(String type, JsonObject payload, boolean acceptsResponsePayload, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            WebSocket connection = await(() -> current, deadline, "no Socket Mode connection within " + timeout);
            String envelopeId = "env-" + (++envelopes);
            JsonObject envelope = new JsonObject();
            envelope.addProperty("envelope_id", envelopeId);
            envelope.addProperty("type", type);
            envelope.addProperty("accepts_response_payload", acceptsResponsePayload);
            envelope.add("payload", payload);
            connection.send(envelope.toString());
            JsonObject ack = await(() -> acksById.get(envelopeId), deadline,
                    "no ack for " + type + " envelope " + envelopeId + " within " + timeout);
            JsonElement body = ack.get("payload");
            return body != null && body.isJsonObject() ? body.getAsJsonObject().deepCopy() : new JsonObject();
        }
    }

    /** Every ack received so far, as sent: {@code {envelope_id, payload?}}. */
    List<JsonObject> acks() {
        synchronized (lock) {
            return acks.stream().map(JsonObject::deepCopy).toList();
        }
    }

    boolean connected() {
        synchronized (lock) {
            return current != null;
        }
    }

    @FunctionalInterface
    private interface Probe<T> {
        T get();
    }

    /** Waits on {@link #lock} (held by the caller) until the probe yields a value. */
    private <T> T await(Probe<T> probe, long deadline, String failure) {
        try {
            T value;
            while ((value = probe.get()) == null) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError(failure + "; acks so far: " + acks);
                }
                lock.wait(left);
            }
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + failure, e);
        }
    }

    void close() {
        synchronized (lock) {
            stopped = true;
            if (!started) {
                return;
            }
        }
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- WebSocketServer callbacks (on its threads) -------------------------------------------------

    @Override
    public void onStart() {
        listening.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        connection.send(hello().toString());
        synchronized (lock) {
            // Like Slack, send to the newest connection: the SDK opens a new one before closing the old.
            current = connection;
            lock.notifyAll();
        }
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        synchronized (lock) {
            if (current == connection) {
                current = null;
            }
        }
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        JsonObject ack;
        try {
            ack = JsonParser.parseString(message).getAsJsonObject();
        } catch (RuntimeException e) {
            log.warn("Socket Mode emulator ignored a message that is not a JSON object: {}", message);
            return;
        }
        if (!ack.has("envelope_id")) {
            return;
        }
        synchronized (lock) {
            acks.add(ack);
            acksById.put(ack.get("envelope_id").getAsString(), ack);
            lock.notifyAll();
        }
    }

    @Override
    public void onError(WebSocket connection, Exception e) {
        if (connection == null) {
            // Only start-up failures come without a connection.
            startFailure = e;
            listening.countDown();
            return;
        }
        log.warn("Socket Mode emulator connection error: {}", e.toString());
    }

    private static JsonObject hello() {
        JsonObject hello = new JsonObject();
        hello.addProperty("type", "hello");
        hello.addProperty("num_connections", 1);
        JsonObject debug = new JsonObject();
        debug.addProperty("host", "slack-emulator");
        debug.addProperty("approximate_connection_time", 18060);
        hello.add("debug_info", debug);
        JsonObject info = new JsonObject();
        info.addProperty("app_id", UserDirectory.APP_ID);
        hello.add("connection_info", info);
        return hello;
    }
}
