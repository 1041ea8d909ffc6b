package io.odigos.community.playground;

import io.odigos.community.local.SlackEmulator;
import io.odigos.community.local.UploadedFile;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** The files the bot uploaded (an export, a chart), downloaded as Slack would offer them. */
final class FileServlet extends HttpServlet {

    static final String PATH = "/playground/files/*";

    private final SlackEmulator slack;

    FileServlet(SlackEmulator slack) {
        this.slack = slack;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Optional<UploadedFile> file = slack.uploadedFile(id);
        if (file.isEmpty()) {
            resp.sendError(404, "No such file.");
            return;
        }
        String name = file.get().filename().replaceAll("[^A-Za-z0-9._-]", "_");
        resp.setContentType(contentType(name));
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write(file.get().bytes());
    }

    private static String contentType(String name) {
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".csv")) {
            return "text/csv";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return name.endsWith(".zip") ? "application/zip" : "application/octet-stream";
    }
}
