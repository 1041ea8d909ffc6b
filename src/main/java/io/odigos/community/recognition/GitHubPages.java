package io.odigos.community.recognition;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The small HTML pages a member's browser sees at the end of the GitHub OAuth flow. */
final class GitHubPages {

    private GitHubPages() {
    }

    static void write(HttpServletResponse resp, int status, String title, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        // the URL carries the state and GitHub's code: keep the page out of caches and its address out of referrers
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        resp.getWriter().write("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}</style>"
                + "</head><body><h1>" + escape(title) + "</h1><p>" + escape(message) + "</p></body></html>\n");
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
