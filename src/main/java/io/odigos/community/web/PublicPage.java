package io.odigos.community.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How every public page and feed is answered: cacheable for a minute by anyone, with a strong ETag of the exact bytes
 * (a client that has them gets 304 and no body), no script allowed, and a page saying so when something is not there.
 */
public final class PublicPage {

    public static final String HTML = "text/html;charset=utf-8";
    public static final String ATOM = "application/atom+xml;charset=utf-8";
    /** The pages change when someone votes or a guide is published; a minute of staleness costs nobody anything. */
    static final String CACHE = "public, max-age=60";
    private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' https: data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** An id as the pages write them; anything else (letters, signs, 20 digits) names a page that does not exist. */
    private static final Pattern ID = Pattern.compile("/([1-9][0-9]{0,17})");

    private PublicPage() {
    }

    /** The id a path like "/42" names, or empty for any other path. */
    public static OptionalLong id(String path) {
        Matcher m = ID.matcher(path);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** Renders one of the site's templates and sends it. */
    public static void html(HttpServletRequest req, HttpServletResponse resp, String template,
                            Map<String, Object> params) throws IOException {
        send(req, resp, 200, HTML, Templates.render(template, params).getBytes(StandardCharsets.UTF_8));
    }

    /** The "not here" page, with the status that says why (404 for what does not exist or is not public). */
    public static void notFound(HttpServletRequest req, HttpServletResponse resp, String what) throws IOException {
        send(req, resp, 404, HTML, Templates.render("site/not-found.jte", Map.of("what", what))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the body with its validators, or 304 when the client's copy is these very bytes. */
    public static void send(HttpServletRequest req, HttpServletResponse resp, int status, String type, byte[] body)
            throws IOException {
        String etag = "\"" + digest(body) + "\"";
        resp.setHeader("Cache-Control", status == 200 ? CACHE : "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        resp.setHeader("Content-Security-Policy", POLICY);
        if (status == 200) {
            resp.setHeader("ETag", etag);
            if (matches(req.getHeader("If-None-Match"), etag)) {
                resp.setStatus(304);
                return;
            }
        }
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    /** If-None-Match holds "*" or a list of tags; a weak tag (W/"...") of the same bytes matches too (RFC 9110). */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
