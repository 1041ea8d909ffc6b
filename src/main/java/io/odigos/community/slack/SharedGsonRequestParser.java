package io.odigos.community.slack;

import com.google.gson.JsonParseException;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.util.EventsApiPayloadParser;
import com.slack.api.bolt.util.SlackRequestParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bolt's request parser, except that block_actions payloads (every button click, the bot's busiest request) are
 * parsed with this parser's shared Gson instead of a new one per request, and events are read in full. Everything
 * else goes to Bolt unchanged, and every request still runs through Bolt's App and its middleware.
 */
public final class SharedGsonRequestParser extends SlackRequestParser {

    public SharedGsonRequestParser(AppConfig appConfig) {
        super(appConfig);
    }

    @Override
    public Request<?> parse(HttpRequest http) {
        BlockActionPayload payload = http.isSocketMode() ? null : blockActionPayload(http.getRequestBody());
        if (payload == null) {
            Request<?> request = super.parse(http);
            if (request instanceof EventRequest event) {
                // Bolt reads the event's own members only in App.run, next to the listener: read them now, where a
                // failure is the request's
                EventsApiPayloadParser.buildEventPayload(event);
            }
            return request;
        }
        Request<?> request = new PreParsedBlockActionRequest(http.getRequestBody(), payload, http.getHeaders());
        request.updateContext(getAppConfig());
        if (http.getQueryString() != null) {
            for (Map.Entry<String, List<String>> parameter : http.getQueryString().entrySet()) {
                request.getQueryString().computeIfAbsent(parameter.getKey(), key -> new ArrayList<>())
                        .addAll(parameter.getValue());
            }
        }
        String forwardedFor = http.getHeaders().getFirstValue("X-FORWARDED-FOR");
        request.setClientIpAddress(forwardedFor != null ? forwardedFor : http.getRemoteAddress());
        return request;
    }

    /** The payload of a block_actions request, or null for any other request (which Bolt then parses itself). */
    private BlockActionPayload blockActionPayload(String body) {
        // interactive requests are forms with a payload field; anything else is Bolt's to parse
        if (body == null || !(body.startsWith("payload=") || body.contains("&payload="))) {
            return null;
        }
        // Slack sends the payload as the only field: decode it directly (Bolt's extractor splits with regexes)
        String json = body.indexOf('&') < 0 ? payloadField(body) : getJsonPayloadExtractor().extractIfExists(body);
        if (json == null) {
            return null;
        }
        // a cheap look first, so other interactions are not parsed twice; the parsed type decides
        if (!json.contains("\"block_actions\"")) {
            return null;
        }
        try {
            BlockActionPayload payload = getGson().fromJson(json, BlockActionPayload.class);
            // without a user Bolt's own request throws, which the servlet answers with a 400: leave that to Bolt
            return payload != null && "block_actions".equals(payload.getType()) && payload.getUser() != null
                    ? payload : null;
        } catch (JsonParseException | IllegalStateException malformed) {
            return null; // Bolt's own parser decides what a malformed body gets
        }
    }

    /** The decoded value of a body that is only {@code payload=...}; null if it is malformed, for Bolt to decide. */
    private static String payloadField(String body) {
        try {
            return SlackRequestCheck.decode(body, "payload=".length(), body.length());
        } catch (SlackRequestCheck.Malformed malformed) {
            return null;
        }
    }
}
