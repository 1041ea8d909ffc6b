package io.odigos.community.local;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /api/METHOD}: records the call, then answers it with a fault (queued, random, or over a rate limit)
 * or runs the method's handler. A fault is always decided before the handler runs, so it never half-applies a call.
 */
final class WebApiHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(WebApiHandler.class);
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final Map<String, Function<EmulatorCall, JsonObject>> methods;
    private final CallLog calls;
    private final FaultInjector faults;
    private final RateLimiter limiter;
    private final RetryAfterLog retryAfter;
    private final Runnable afterCall;
    private final Refusals refusals;

    /** {@code afterCall} runs once each call is answered, whatever its outcome. */
    WebApiHandler(Map<String, Function<EmulatorCall, JsonObject>> methods, CallLog calls, FaultInjector faults,
            RateLimiter limiter, RetryAfterLog retryAfter, Refusals refusals, Runnable afterCall) {
        this.methods = Map.copyOf(methods);
        this.calls = calls;
        this.faults = faults;
        this.limiter = limiter;
        this.retryAfter = retryAfter;
        this.refusals = refusals;
        this.afterCall = afterCall;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant arrived = Instant.now();
        try (exchange) {
            try {
                serve(exchange, arrived);
            } catch (RuntimeException e) {
                // A bug in the emulator should surface as a 500 in the test, not as a hung or reset connection.
                log.error("Slack emulator failed on {}", exchange.getRequestURI(), e);
                exchange.sendResponseHeaders(500, -1);
            } finally {
                afterCall.run();
            }
        }
    }

    private void serve(HttpExchange exchange, Instant arrived) throws IOException {
        byte[] body = readBody(exchange);
        Map<String, String> params = RequestParser.params(exchange, body);
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        EmulatorCall call = EmulatorCall.arriving(method, params, RequestParser.token(exchange, params), arrived);

        Fault fault = faults.next(call);
        if (fault == null) {
            int retryAfterSeconds = limiter.acquire(method, call.channel());
            fault = retryAfterSeconds == 0 ? null : new Fault.RateLimit(retryAfterSeconds);
        }
        // Every branch records the call before answering, so a caller that got its answer always finds its call.
        if (fault == null) {
            JsonObject response = dispatch(call);
            JsonElement ok = response.get("ok");
            boolean applied = ok != null && ok.getAsBoolean();
            calls.add(call.answered(applied ? EmulatorCall.Outcome.APPLIED : EmulatorCall.Outcome.REJECTED, 200,
                    applied ? null : errorOf(response), 0));
            respond(exchange, 200, response);
        } else if (fault instanceof Fault.RateLimit rateLimit) {
            int seconds = rateLimit.retryAfterSeconds();
            calls.add(call.answered(EmulatorCall.Outcome.RATE_LIMITED, 429, "ratelimited", seconds));
            RetryAfterLog.Entry window = retryAfter.open(method, call.channel(), seconds, Instant.now());
            exchange.getResponseHeaders().add("Retry-After", String.valueOf(seconds));
            respond(exchange, 429, Responses.error("ratelimited"));
            retryAfter.written(window, Instant.now());
        } else if (fault instanceof Fault.Failure failure) {
            calls.add(call.answered(EmulatorCall.Outcome.FAILED, 200, failure.error(), 0));
            respond(exchange, 200, Responses.error(failure.error()));
        } else if (fault instanceof Fault.ServerError serverError) {
            calls.add(call.answered(EmulatorCall.Outcome.SERVER_ERROR, serverError.status(), null, 0));
            respondText(exchange, serverError.status(), serverError.status() + " " + reason(serverError.status()));
        } else {
            calls.add(call.answered(EmulatorCall.Outcome.RESET, 0, null, 0));
            // Returning without response headers makes the JDK server close the connection: the client reads EOF
            // where the status line should be and fails with an IOException.
        }
    }

    private JsonObject dispatch(EmulatorCall call) {
        Function<EmulatorCall, JsonObject> handler = methods.get(call.method());
        if (handler == null) {
            return Responses.error("unknown_method");
        }
        try {
            return handler.apply(call);
        } catch (SlackError e) {
            if (!e.messages().isEmpty()) {
                refusals.add(call, e);
            }
            return Responses.error(e.error(), e.messages());
        }
    }

    private static String errorOf(JsonObject response) {
        JsonElement error = response.get("error");
        return error == null ? null : error.getAsString();
    }

    private static String reason(int status) {
        return switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Server Error";
        };
    }

    static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    private static void respond(HttpExchange exchange, int status, JsonObject json) throws IOException {
        byte[] bytes = GSON.toJson(json).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        write(exchange, status, bytes);
    }

    private static void respondText(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        write(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
