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
 * Health for Kubernetes probes, split so that a dead database makes the pod unready but never restarts it:
 * <ul>
 *   <li>{@code /healthz/live}: 200 whenever the JVM runs and Jetty answers (the liveness probe);</li>
 *   <li>{@code /healthz/ready}: 200 when the database answers, the scheduler runs and shutdown has not begun, 503
 *       otherwise (the readiness probe);</li>
 *   <li>{@code /healthz}: the readiness answer plus the backlog of messages to Slack. A backlog (Slack rate limiting
 *       or down) is no reason to take the pod out of service, so it never turns the answer to 503.</li>
 * </ul>
 */
public final class HealthServlet extends HttpServlet {

    /** One mapping for all three: a servlet path mapping {@code /healthz/*} also matches {@code /healthz} itself. */
    public static final String PATH = "/healthz/*";
    public static final String LIVE = "/healthz/live";
    public static final String READY = "/healthz/ready";
    private static final Logger log = LoggerFactory.getLogger(HealthServlet.class);

    private final transient Database database;
    private final transient JobScheduler scheduler;
    private final transient SlackOutbox outbox;
    private volatile boolean draining;

    public HealthServlet(Database database, JobScheduler scheduler, SlackOutbox outbox) {
        this.database = database;
        this.scheduler = scheduler;
        this.outbox = outbox;
    }

    /**
     * Shutdown has begun: from now on readiness answers 503, so Kubernetes takes the pod out of its Service's
     * endpoints while in-flight requests finish. There is no way back; a stopping bot does not become ready again.
     */
    public void beginDraining() {
        draining = true;
    }

    public boolean draining() {
        return draining;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String probe = req.getPathInfo();
        if (probe == null || probe.equals("/")) {
            answer(resp, readiness(true));
        } else if (probe.equals("/ready")) {
            answer(resp, readiness(false));
        } else if (probe.equals("/live")) {
            JsonObject live = new JsonObject();
            live.addProperty("status", "ok");
            answer(resp, live);
        } else {
            resp.sendError(404);
        }
    }

    private JsonObject readiness(boolean withBacklog) {
        boolean db = database.isReachable();
        boolean jobs = scheduler.isRunning();
        boolean stopping = draining;
        JsonObject health = new JsonObject();
        health.addProperty("status", db && jobs && !stopping ? "ok" : "unavailable");
        health.addProperty("database", db ? "up" : "down");
        health.addProperty("scheduler", jobs ? "running" : "stopped");
        if (stopping) {
            health.addProperty("shutdown", "begun");
        }
        if (db && withBacklog) {
            health.add("outbox", backlog());
        }
        return health;
    }

    private static void answer(HttpServletResponse resp, JsonObject health) throws IOException {
        resp.setStatus("ok".equals(health.get("status").getAsString()) ? 200 : 503);
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
