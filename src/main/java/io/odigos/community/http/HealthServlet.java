package io.odigos.community.http;

import io.odigos.community.core.Database;
import io.odigos.community.core.JobScheduler;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** GET /healthz for Kubernetes probes: 200 when the database answers and the scheduler runs, 503 otherwise. */
public final class HealthServlet extends HttpServlet {

    public static final String PATH = "/healthz";

    private final Database database;
    private final JobScheduler scheduler;

    public HealthServlet(Database database, JobScheduler scheduler) {
        this.database = database;
        this.scheduler = scheduler;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean db = database.isReachable();
        boolean jobs = scheduler.isRunning();
        resp.setStatus(db && jobs ? 200 : 503);
        resp.setContentType("application/json");
        resp.getWriter().write("{\"status\":\"" + (db && jobs ? "ok" : "unavailable") + "\",\"database\":"
                + (db ? "\"up\"" : "\"down\"") + ",\"scheduler\":" + (jobs ? "\"running\"" : "\"stopped\"") + "}");
    }
}
