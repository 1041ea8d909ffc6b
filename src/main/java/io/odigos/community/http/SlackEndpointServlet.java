package io.odigos.community.http;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import io.odigos.community.slack.ListenerBoundary;
import io.odigos.community.slack.SharedGsonRequestParser;
import io.odigos.community.slack.SignatureVerifier;
import io.odigos.community.slack.SlackRequestCheck;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Serves the Bolt app at /slack/events like Bolt's SlackAppServlet, but in this order: the body's size (413), its
 * signature and timestamp over the exact bytes received (401), a strict check of the body against its content type
 * (400, or 415 for a content type Slack does not send), then Bolt's parser ({@link SharedGsonRequestParser}, which
 * that servlet gives no way to plug in; 400 if it cannot make a request of the body) and Bolt's App. Nothing is parsed
 * for a caller who has not signed, and every refusal is one line of plain text.
 */
public final class SlackEndpointServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(SlackEndpointServlet.class);

    private static final String NOT_SLACKS = "Malformed request: not a request Slack sends";

    /** Slack's largest requests (a big modal's submission) are far below this. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final transient App app;
    private final transient SlackRequestParser parser;
    private final transient SignatureVerifier verifier;

    public SlackEndpointServlet(App app) {
        this.app = app;
        this.parser = new SharedGsonRequestParser(app.config());
        this.verifier = new SignatureVerifier(app.config().getSigningSecret());
    }

    @Override
    protected void doPost(HttpServletRequest httpRequest, HttpServletResponse httpResponse) throws IOException {
        byte[] body = body(httpRequest);
        if (body == null) {
            answer(httpResponse, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Slack requests are smaller");
            return;
        }
        String contentType = httpRequest.getContentType();
        if (!verifier.isValid(httpRequest.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP), body,
                httpRequest.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), System.currentTimeMillis())) {
            if (SlackRequestCheck.isSslCheck(contentType, body)) {
                answer(httpResponse, HttpServletResponse.SC_OK, ""); // Slack sends it unsigned, and wants only a 200
            } else {
                answer(httpResponse, HttpServletResponse.SC_UNAUTHORIZED, "Invalid request signature or timestamp");
            }
            return;
        }
        if (SlackRequestCheck.isAppRateLimited(contentType, body)) {
            log.warn("Slack says the app went over the Events API's limit: it drops this minute's events to the bot");
            answer(httpResponse, HttpServletResponse.SC_OK, "");
            return;
        }
        try {
            ServletAdapterOps.writeResponse(httpResponse, run(request(httpRequest, contentType, body)));
        } catch (SlackRequestCheck.Malformed malformed) {
            log.info("Refused a signed request: {}", malformed.getMessage());
            answer(httpResponse, malformed.status(), malformed.getMessage());
        }
    }

    /** Bolt's request for a signed body; Malformed if it is not what Slack sends or Bolt's parser cannot read it. */
    private Request<?> request(HttpServletRequest httpRequest, String contentType, byte[] body)
            throws SlackRequestCheck.Malformed {
        String text = SlackRequestCheck.body(contentType, body);
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(httpRequest.getRequestURI())
                    .queryString(QueryStringParser.toMap(httpRequest.getQueryString()))
                    .headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(httpRequest)))
                    .requestBody(text)
                    .remoteAddress(httpRequest.getRemoteAddr())
                    .build());
        } catch (RuntimeException e) {
            throw unreadable(e); // the check passed, but a member Bolt needs is missing or of the wrong kind
        }
        if (request == null) {
            throw new SlackRequestCheck.Malformed(HttpServletResponse.SC_BAD_REQUEST, NOT_SLACKS); // no kind Bolt knows
        }
        return request;
    }

    /** Bolt's answer; a failure before any listener was reached is Bolt's middleware failing to read the request. */
    private Response run(Request<?> request) throws SlackRequestCheck.Malformed {
        try {
            return app.run(request);
        } catch (ListenerBoundary.ListenerFailure e) {
            log.error("Slack request failed: {}", e.getMessage(), e.getCause());
        } catch (RuntimeException e) {
            throw unreadable(e);
        } catch (Exception e) {
            log.error("Slack request failed: {}", e.getMessage(), e);
        }
        return Response.builder().statusCode(500).body("Internal Server Error").build();
    }

    private static SlackRequestCheck.Malformed unreadable(RuntimeException e) {
        log.info("Bolt could not read a signed request: {}", e.toString());
        return new SlackRequestCheck.Malformed(HttpServletResponse.SC_BAD_REQUEST, NOT_SLACKS);
    }

    /**
     * The body as received, read into one array of the announced length (Bolt's adapter wraps a reader with an 8 KB
     * buffer around every request, and reading "all bytes" grows buffers and copies them); null if it is larger than
     * any request Slack sends, so a forged length or an endless body cannot take the memory before the signature is
     * even checked.
     */
    private static byte[] body(HttpServletRequest httpRequest) throws IOException {
        long announced = httpRequest.getContentLengthLong();
        if (announced > MAX_BODY_BYTES) {
            return null;
        }
        try (var in = httpRequest.getInputStream()) {
            byte[] bytes = in.readNBytes(announced < 0 ? MAX_BODY_BYTES + 1 : (int) announced);
            return bytes.length > MAX_BODY_BYTES ? null : bytes;
        }
    }

    private static void answer(HttpServletResponse httpResponse, int status, String message) throws IOException {
        httpResponse.setStatus(status);
        httpResponse.setContentType("text/plain; charset=utf-8");
        httpResponse.getWriter().write(message);
    }
}
