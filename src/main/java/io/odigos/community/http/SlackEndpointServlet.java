package io.odigos.community.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import io.odigos.community.slack.SharedGsonRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Serves the Bolt app at /slack/events like Bolt's SlackAppServlet, but with {@link SharedGsonRequestParser}, which
 * that servlet gives no way to plug in.
 */
public final class SlackEndpointServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(SlackEndpointServlet.class);

    /** Slack's largest requests (a big modal's submission) are far below this. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final transient App app;
    private final transient SlackRequestParser parser;

    public SlackEndpointServlet(App app) {
        this.app = app;
        this.parser = new SharedGsonRequestParser(app.config());
    }

    @Override
    protected void doPost(HttpServletRequest httpRequest, HttpServletResponse httpResponse) throws IOException {
        String body = body(httpRequest);
        if (body == null) {
            httpResponse.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Slack requests are smaller");
            return;
        }
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(httpRequest.getRequestURI())
                .queryString(QueryStringParser.toMap(httpRequest.getQueryString()))
                .headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(httpRequest)))
                .requestBody(body)
                .remoteAddress(httpRequest.getRemoteAddr())
                .build());
        Response response;
        try {
            response = request == null ? Response.builder().statusCode(400).body("Invalid Request").build()
                    : app.run(request);
        } catch (Exception e) {
            log.error("Slack request failed: {}", e.getMessage(), e);
            response = Response.builder().statusCode(500).body("Internal Server Error").build();
        }
        ServletAdapterOps.writeResponse(httpResponse, response);
    }

    /**
     * The body as text, read into one array of the announced length (Bolt's adapter wraps a reader with an 8 KB
     * buffer around every request, and reading "all bytes" grows buffers and copies them); null if it is larger than
     * any request Slack sends, so a forged length or an endless body cannot take the memory before the signature is
     * even checked.
     */
    private static String body(HttpServletRequest httpRequest) throws IOException {
        String encoding = httpRequest.getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        long announced = httpRequest.getContentLengthLong();
        if (announced > MAX_BODY_BYTES) {
            return null;
        }
        try (var in = httpRequest.getInputStream()) {
            byte[] bytes = in.readNBytes(announced < 0 ? MAX_BODY_BYTES + 1 : (int) announced);
            return bytes.length > MAX_BODY_BYTES ? null : new String(bytes, charset);
        }
    }
}
