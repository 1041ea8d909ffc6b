package io.odigos.community.playground;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The page's script and style sheet, from the jar: plain files, no build step. */
final class AssetServlet extends HttpServlet {

    static final String PATH = "/playground/assets/*";
    private static final Map<String, String> ASSETS = Map.of(
            "/playground.js", "text/javascript;charset=utf-8",
            "/playground.css", "text/css;charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo();
        String type = name == null ? null : ASSETS.get(name);
        if (type == null) {
            resp.sendError(404, "No such file.");
            return;
        }
        try (InputStream in = AssetServlet.class.getResourceAsStream("/playground/assets" + name)) {
            if (in == null) {
                resp.sendError(404, "No such file.");
                return;
            }
            resp.setContentType(type);
            resp.setHeader("Cache-Control", "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }
}
