package io.odigos.community.playground;

import io.odigos.community.slack.TimeZoneChoices;
import io.odigos.community.web.Templates;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The playground's one page, at the root of the bot's address in local mode. */
final class PageServlet extends HttpServlet {

    /** The servlet mapping for exactly the context root. */
    static final String PATH = "";

    private final SampleMembers members;
    private final CommandCatalog catalog;
    private final DemoCommunity demo;

    PageServlet(SampleMembers members, CommandCatalog catalog, DemoCommunity demo) {
        this.members = members;
        this.catalog = catalog;
        this.demo = demo;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String html = Templates.render("playground/page.jte", Map.of("members", members.all(),
                "commands", catalog.commands(), "zones", TimeZoneChoices.byRegion(),
                "demoLoaded", demo.isLoaded()));
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' https: data:; "
                + "style-src 'self'; script-src 'self'; frame-ancestors 'none'");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
