package io.odigos.community.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * One GET of a pack's YAML that ends by a deadline, however slowly the other side answers, and reads at most one byte
 * more than a pack may hold: the form's submission is answered within Slack's 3 seconds, and a huge or endless answer
 * costs nothing. Redirects are not followed here; the caller decides which it trusts.
 */
final class BoundedDownload {

    /** The whole fetch, from the first connection to the last byte, so the modal's answer stays under 3 s. */
    static final Duration BUDGET = Duration.ofSeconds(2);
    static final Duration CONNECT = Duration.ofSeconds(1);

    /** What the other side answered: its status, where it redirects, and its body (2xx only) cut at the limit. */
    record Answer(int status, Optional<String> location, byte[] body) {

        boolean tooBig() {
            return body.length > PackValidator.MAX_BYTES;
        }
    }

    /** Reads bodies off the request thread, so a stalled body can be abandoned at the deadline. */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "pack-download");
        thread.setDaemon(true);
        return thread;
    });

    private final HttpClient client;

    BoundedDownload(HttpClient client) {
        this.client = client;
    }

    /** A client that connects within {@link #CONNECT} and follows no redirect; {@code ssl} null: the JDK's trust. */
    static HttpClient client(SSLContext ssl) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT)
                .followRedirects(HttpClient.Redirect.NEVER);
        return (ssl == null ? builder : builder.sslContext(ssl)).build();
    }

    /** From now, in wall-clock time (never a test's moved clock): Slack's 3 seconds are real ones. */
    static Instant deadline() {
        return Instant.now().plus(BUDGET);
    }

    /** @throws TimeoutException when the deadline passed first, or the other side could not be reached */
    Answer get(URI uri, Map<String, String> headers, Instant deadline) throws TimeoutException, IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(remaining(deadline)).GET();
        headers.forEach(request::header);
        HttpResponse<InputStream> response = await(client.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofInputStream()), deadline);
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status < 200 || status >= 300) {
                return new Answer(status, response.headers().firstValue("Location"), new byte[0]);
            }
            CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> readAtMost(body,
                    PackValidator.MAX_BYTES + 1), READERS);
            try {
                return new Answer(status, Optional.empty(), await(read, deadline));
            } catch (TimeoutException e) {
                body.close(); // stops the reader
                throw e;
            }
        }
    }

    private static <T> T await(CompletableFuture<T> future, Instant deadline) throws TimeoutException, IOException {
        try {
            return future.get(Math.max(1, remaining(deadline).toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException || cause instanceof ConnectException) {
                throw new TimeoutException(cause.toString());
            }
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw cause instanceof IOException io ? io : new IOException(cause);
        } finally {
            future.cancel(true);
        }
    }

    private static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
    }

    private static byte[] readAtMost(InputStream in, int limit) {
        try {
            return in.readNBytes(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
