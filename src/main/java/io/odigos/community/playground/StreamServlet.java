package io.odigos.community.playground;

import io.odigos.community.local.WorkspaceChanges;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * Server-sent events that tell the open page the workspace changed ({@code data: <version>}), so a vote, an
 * updated post or a DM shows without a reload. The page then fetches what it shows; a comment every 15 seconds
 * keeps the connection open through proxies. A playground has a handful of readers, so each holds a thread.
 */
final class StreamServlet extends HttpServlet {

    static final String PATH = "/playground/stream";
    private static final long HEARTBEAT_MILLIS = 15_000;

    private final WorkspaceChanges changes;
    private final Object signal = new Object();
    private final LongConsumer wake = version -> wakeReaders();
    private volatile boolean stopping;

    StreamServlet(WorkspaceChanges changes) {
        this.changes = changes;
        changes.watch(wake);
    }

    /** The server is stopping: every open stream ends now rather than at its next heartbeat. */
    @Override
    public void destroy() {
        stopping = true;
        changes.unwatch(wake);
        wakeReaders();
    }

    private void wakeReaders() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/event-stream;charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        OutputStream out = resp.getOutputStream();
        long sent = -1;
        try {
            while (!stopping) {
                long now = changes.version();
                if (now != sent) {
                    write(out, "data: " + now + "\n\n");
                    sent = now;
                } else {
                    write(out, ": still here\n\n");
                }
                synchronized (signal) {
                    if (changes.version() == sent && !stopping) {
                        signal.wait(HEARTBEAT_MILLIS);
                    }
                }
            }
        } catch (IOException e) {
            // the page went away; nothing to clean up but this thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(OutputStream out, String event) throws IOException {
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
