package io.odigos.community.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The public pages' one style sheet, from the jar; a file, not inline, so the pages' policy can forbid inline code. */
public final class SiteStyle extends HttpServlet {

    public static final String PATH = "/site/site.css";
    private static final byte[] CSS = read();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PublicPage.send(req, resp, 200, "text/css;charset=utf-8", CSS);
    }

    private static byte[] read() {
        try (InputStream in = SiteStyle.class.getResourceAsStream(PATH)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
