package io.odigos.community.http;

import com.google.gson.JsonObject;
import io.odigos.community.core.Database;
import io.odigos.community.core.JobScheduler;
import io.odigos.community.slack.SlackOutbox;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /healthz for Kubernetes probes: 200 when the database answers and the scheduler runs, 503 otherwise and once
 * shutdown has begun. It also
 * shows the backlog of messages to Slack; a backlog (Slack rate limiting or down) is no reason to restart the pod,
 * so it never turns the answer to 503.
 */
public final class HealthServlet extends HttpServlet {

    public static final String PATH = "/healthz";
    private static final Logger log = LoggerFactory.getLogger(HealthServlet.class);

    private final transient Database database;
    private final transient JobScheduler scheduler;
    private final transient SlackOutbox outbox;
    /** Set once shutdown begins, so Kubernetes sends no new request here while the in-flight ones finish. */
    private volatile boolean draining;

    public HealthServlet(Database database, JobScheduler scheduler, SlackOutbox outbox) {
        this.database = database;
        this.scheduler = scheduler;
        this.outbox = outbox;
    }

    /** Answers 503 from now on: the process is shutting down. */
    public void drain() {
        draining = true;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean db = database.isReachable();
        boolean jobs = scheduler.isRunning();
        JsonObject health = new JsonObject();
        boolean ready = db && jobs && !draining;
        health.addProperty("status", draining ? "draining" : ready ? "ok" : "unavailable");
        health.addProperty("database", db ? "up" : "down");
        health.addProperty("scheduler", jobs ? "running" : "stopped");
        if (db) {
            health.add("outbox", backlog());
        }
        resp.setStatus(ready ? 200 : 503);
        resp.setContentType("application/json");
        resp.getWriter().write(health.toString());
    }

    private JsonObject backlog() {
        JsonObject backlog = new JsonObject();
        try {
            SlackOutbox.DeliveryStatus s = outbox.status(0);
            backlog.addProperty("pending", s.pending());
            backlog.addProperty("urgent", s.urgentPending());
            backlog.addProperty("bulk", s.bulkPending());
            backlog.addProperty("retrying", s.retrying());
            backlog.addProperty("undeliverable", s.undeliverable());
            backlog.addProperty("oldestPendingSeconds", s.oldestPendingAge().toSeconds());
        } catch (RuntimeException e) {
            log.warn("health: the outbox figures could not be read: {}", e.getMessage());
            backlog.addProperty("error", "figures unavailable");
        }
        return backlog;
    }
}
