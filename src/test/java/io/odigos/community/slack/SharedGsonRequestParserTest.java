package io.odigos.community.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.UrlVerificationRequest;
import com.slack.api.bolt.request.builtin.ViewClosedRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path must hand Bolt exactly what Bolt's own parser makes of a request, for every kind of request the bot
 * gets: the whole parsed request (see {@link RequestTree}), from payloads shaped as Slack sends them
 * (src/test/resources/slack-payloads).
 */
class SharedGsonRequestParserTest {

    /** The Bolt whose BlockActionRequest and SlackRequestParser.parse the fast path was last read against. */
    private static final String CHECKED_BOLT_VERSION = "1.51.0";

    private static final String PAYLOADS = "/slack-payloads/";

    private final AppConfig config =
            AppConfig.builder().singleTeamBotToken("xoxb-unit").signingSecret("secret").build();
    private final SlackRequestParser bolt = new SlackRequestParser(config);
    private final SlackRequestParser fastPath = new SharedGsonRequestParser(config);

    /** How Slack sends a kind of request. */
    private enum Sent { PAYLOAD_FORM_FIELD, FORM_FIELDS, JSON_BODY }

    /** One stored payload, how it is sent, and the request class Bolt makes of it. */
    private record Kind(String file, Sent sent, Class<?> boltRequest) {

        boolean takesTheFastPath() {
            return boltRequest == BlockActionRequest.class;
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("block-actions-channel-button.json", Sent.PAYLOAD_FORM_FIELD, BlockActionRequest.class),
                new Kind("block-actions-modal.json", Sent.PAYLOAD_FORM_FIELD, BlockActionRequest.class),
                new Kind("block-actions-home-tab.json", Sent.PAYLOAD_FORM_FIELD, BlockActionRequest.class),
                new Kind("block-actions-overflow.json", Sent.PAYLOAD_FORM_FIELD, BlockActionRequest.class),
                // no team and no trigger_id: the context takes the user's team and the interactivity pointer
                new Kind("block-actions-workflow-step-org-install.json", Sent.PAYLOAD_FORM_FIELD,
                        BlockActionRequest.class),
                new Kind("view-submission.json", Sent.PAYLOAD_FORM_FIELD, ViewSubmissionRequest.class),
                new Kind("view-closed.json", Sent.PAYLOAD_FORM_FIELD, ViewClosedRequest.class),
                new Kind("message-action.json", Sent.PAYLOAD_FORM_FIELD, MessageShortcutRequest.class),
                new Kind("global-shortcut.json", Sent.PAYLOAD_FORM_FIELD, GlobalShortcutRequest.class),
                new Kind("slash-command.json", Sent.FORM_FIELDS, SlashCommandRequest.class),
                new Kind("event-app-home-opened.json", Sent.JSON_BODY, EventRequest.class),
                new Kind("event-message.json", Sent.JSON_BODY, EventRequest.class),
                new Kind("url-verification.json", Sent.JSON_BODY, UrlVerificationRequest.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyKindOfRequestParsesExactlyAsBoltParsesIt(Kind kind) throws IOException {
        SlackRequestParser.HttpRequest http = http(body(kind), kind.sent());

        Request<?> expected = bolt.parse(http);
        Request<?> actual = fastPath.parse(http);

        assertEquals(kind.boltRequest(), expected.getClass(), "the stored payload is not the kind it is listed as");
        if (kind.takesTheFastPath()) {
            assertInstanceOf(PreParsedBlockActionRequest.class, actual);
        } else {
            assertEquals(expected.getClass(), actual.getClass(), "handed to Bolt unchanged");
        }
        assertSameTree(expected, actual);
    }

    @Test
    void everyStoredPayloadIsOneOfTheKindsChecked() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource(PAYLOADS).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> stored = files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(kinds().map(Kind::file).collect(Collectors.toSet()), stored);
        }
    }

    /** Shows the comparison is whole: one changed value deep in the payload or in the context is found. */
    @Test
    void theComparisonFindsOneChangedValueAnywhere() throws IOException {
        Kind modal = kinds().filter(kind -> kind.file().equals("block-actions-modal.json")).findFirst().orElseThrow();
        Map<String, Consumer<BlockActionRequest>> changes = Map.of(
                "getState.getValues.capacity.value.getValue", request -> request.getPayload().getView().getState()
                        .getValues().get("capacity").get("value").setValue("43"),
                "getActions[0].getActionTs", request -> request.getPayload().getActions().get(0)
                        .setActionTs("1764634050.000003"),
                "getContext.getTriggerId", request -> request.getContext().setTriggerId("another-trigger"),
                "request.getClientIpAddress", request -> request.setClientIpAddress("10.9.9.9"));
        for (Map.Entry<String, Consumer<BlockActionRequest>> change : changes.entrySet()) {
            SlackRequestParser.HttpRequest http = http(body(modal), modal.sent());
            Object expected = RequestTree.of(bolt.parse(http));
            BlockActionRequest changed = (BlockActionRequest) fastPath.parse(http);
            change.getValue().accept(changed);

            Object actual = RequestTree.of(changed);

            assertNotEquals(expected, actual, change.getKey());
            assertTrue(RequestTree.difference(expected, actual).contains(change.getKey()),
                    RequestTree.difference(expected, actual));
        }
    }

    @Test
    void aClickWithoutAUserIsLeftToBolt() throws IOException {
        JsonObject click = JsonParser.parseString(resource("block-actions-channel-button.json")).getAsJsonObject();
        click.remove("user");
        String body = "payload=" + URLEncoder.encode(click.toString(), StandardCharsets.UTF_8);
        assertEquals(outcome(bolt, body), outcome(fastPath, body));
    }

    @Test
    void aMalformedPayloadIsLeftToBolt() throws IOException {
        String click =
                URLEncoder.encode(compact(resource("block-actions-channel-button.json")), StandardCharsets.UTF_8);
        for (String body : List.of("payload=" + click + "%2", "payload=" + click.substring(0, click.length() / 2),
                "payload=" + URLEncoder.encode("{\"type\":\"block_actions\",", StandardCharsets.UTF_8))) {
            assertEquals(outcome(bolt, body), outcome(fastPath, body), body);
        }
    }

    @Test
    void boltIsTheVersionTheFastPathWasCheckedAgainst() {
        String version = App.class.getPackage().getImplementationVersion();
        assertEquals(CHECKED_BOLT_VERSION, version, "Bolt changed from " + CHECKED_BOLT_VERSION + " to " + version
                + ". Re-check the fast path against the new Bolt before changing CHECKED_BOLT_VERSION:"
                + " PreParsedBlockActionRequest against BlockActionRequest's constructor, SharedGsonRequestParser"
                + " against SlackRequestParser.parse (what it does after building the request), and store a payload"
                + " (src/test/resources/slack-payloads) for any new field or kind; then run this test, and the"
                + " feedback benchmark (docs/BENCHMARKS.md) to see the fast path still earns its place.");
        assertEquals(version, BlockActionPayload.class.getPackage().getImplementationVersion(),
                "the payload classes (slack-app-backend) must come with the same Bolt release");
    }

    private static void assertSameTree(Request<?> expected, Request<?> actual) {
        Object boltTree = RequestTree.of(expected);
        Object fastPathTree = RequestTree.of(actual);
        assertTrue(boltTree.equals(fastPathTree), () -> RequestTree.difference(boltTree, fastPathTree));
    }

    /** What a parser makes of a body: the request's class, null, or the exception it throws. */
    private static String outcome(SlackRequestParser parser, String body) {
        try {
            Request<?> request = parser.parse(http(body, Sent.PAYLOAD_FORM_FIELD));
            return request == null ? "null" : request.getClass().getSimpleName();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    /** The body Slack would send: compact JSON, or URL-encoded form fields. */
    private static String body(Kind kind) throws IOException {
        String stored = resource(kind.file());
        return switch (kind.sent()) {
            case JSON_BODY -> compact(stored);
            case PAYLOAD_FORM_FIELD -> "payload=" + URLEncoder.encode(compact(stored), StandardCharsets.UTF_8);
            case FORM_FIELDS -> JsonParser.parseString(stored).getAsJsonObject().entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue().getAsString(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        };
    }

    private static String compact(String json) {
        return JsonParser.parseString(json).toString();
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = SharedGsonRequestParserTest.class.getResourceAsStream(PAYLOADS + file)) {
            assertNotNull(in, file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A request as the servlet hands it over, with the headers Slack sends (retries only for events). */
    private static SlackRequestParser.HttpRequest http(String body, Sent sent) {
        Map<String, List<String>> headers = new HashMap<>(Map.of(
                "Content-Type",
                List.of(sent == Sent.JSON_BODY ? "application/json" : "application/x-www-form-urlencoded"),
                "X-Slack-Request-Timestamp", List.of("1764634500"),
                "X-Slack-Signature", List.of("v0=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
                "X-Forwarded-For", List.of("10.1.2.3")));
        if (sent == Sent.JSON_BODY) {
            headers.put("X-Slack-Retry-Num", List.of("1"));
            headers.put("X-Slack-Retry-Reason", List.of("http_timeout"));
        }
        return SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events")
                .queryString(Map.of("source", List.of("test")))
                .headers(new RequestHeaders(headers))
                .requestBody(body)
                .remoteAddress("127.0.0.1")
                .build();
    }
}
