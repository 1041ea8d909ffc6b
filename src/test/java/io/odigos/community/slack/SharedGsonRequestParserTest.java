package io.odigos.community.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonObject;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.SignedSlack;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The shared-Gson parse must hand Bolt exactly what Bolt's own parse would have. */
class SharedGsonRequestParserTest {

    private final AppConfig config = AppConfig.builder().singleTeamBotToken("xoxb-unit").signingSecret("secret").build();
    private final SlackRequestParser stock = new SlackRequestParser(config);
    private final SlackRequestParser shared = new SharedGsonRequestParser(config);

    @Test
    void aClickInAChannelMessageParsesAsBoltWould() {
        JsonObject click = Payloads.clickInMessage("U0ALICE", "C0GENERAL", "1700000000.000100", "feedback_vote", "42");
        click.addProperty("trigger_id", "trigger-7");
        JsonObject team = new JsonObject();
        team.addProperty("id", "T0LOCAL");
        team.addProperty("enterprise_id", "E0ORG");
        click.add("team", team);

        BlockActionRequest expected = (BlockActionRequest) stock.parse(http(click, Map.of("X-Forwarded-For", "10.1.2.3")));
        Request<?> actual = shared.parse(http(click, Map.of("X-Forwarded-For", "10.1.2.3")));

        assertInstanceOf(PreParsedBlockActionRequest.class, actual);
        assertSameAsBolt(expected, (BlockActionRequest) actual);
        assertEquals("42", ((BlockActionRequest) actual).getPayload().getActions().get(0).getValue());
        assertEquals("10.1.2.3", actual.getClientIpAddress());
    }

    @Test
    void aClickWithoutTeamOrTriggerTakesTheUsersTeamAndTheInteractivityPointer() {
        JsonObject click = Payloads.clickInMessage("U0BOB", "C0GENERAL", "1700000000.000200", "feedback_unvote", "9");
        JsonObject interactivity = new JsonObject();
        interactivity.addProperty("interactivity_pointer", "pointer-1");
        click.add("interactivity", interactivity);
        JsonObject functionData = new JsonObject();
        functionData.addProperty("execution_id", "Fx1");
        click.add("function_data", functionData);
        click.addProperty("bot_access_token", "xwfp-function");

        BlockActionRequest expected = (BlockActionRequest) stock.parse(http(click, Map.of()));
        BlockActionRequest actual = (BlockActionRequest) shared.parse(http(click, Map.of()));

        assertSameAsBolt(expected, actual);
        assertEquals("pointer-1", actual.getContext().getTriggerId());
        assertEquals("T0LOCAL", actual.getContext().getTeamId());
        assertEquals("127.0.0.1", actual.getClientIpAddress());
    }

    @Test
    void otherRequestsAreLeftToBolt() {
        String command = SignedSlack.formBody(Map.of("command", "/feedback", "user_id", "U0ALICE", "team_id", "T0LOCAL"));
        assertEquals("SlashCommandRequest", outcome(shared, command));

        JsonObject submission = new JsonObject();
        submission.addProperty("type", "view_submission");
        JsonObject view = new JsonObject();
        view.addProperty("id", "V0FORM");
        view.addProperty("type", "modal");
        view.addProperty("callback_id", "feedback_submit");
        submission.add("view", view);
        submission.add("user", Payloads.clickInMessage("U0ALICE", "C0GENERAL", "1.2", "a", "v").get("user"));
        JsonObject team = new JsonObject();
        team.addProperty("id", "T0LOCAL");
        submission.add("team", team);
        String form = "payload=" + URLEncoder.encode(submission.toString(), StandardCharsets.UTF_8);
        assertEquals("ViewSubmissionRequest", outcome(shared, form));

        String malformed = "payload=" + URLEncoder.encode("{\"type\":\"block_actions\",", StandardCharsets.UTF_8);
        assertEquals(outcome(stock, malformed), outcome(shared, malformed));
    }

    @Test
    void aMalformedPayloadFieldIsLeftToBolt() {
        String click = Payloads.clickInMessage("U0ALICE", "C0GENERAL", "1.2", "feedback_vote", "1").toString();
        String truncated = "payload=" + URLEncoder.encode(click, StandardCharsets.UTF_8) + "%2";
        assertEquals(outcome(stock, truncated), outcome(shared, truncated));
    }

    /** What a parser makes of a body: the request's class, null, or the exception it throws. */
    private static String outcome(SlackRequestParser parser, String body) {
        try {
            Request<?> request = parser.parse(http(body, Map.of()));
            return request == null ? "null" : request.getClass().getSimpleName();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static void assertSameAsBolt(BlockActionRequest expected, BlockActionRequest actual) {
        assertNotNull(actual.getPayload());
        assertEquals(expected.getPayload(), actual.getPayload());
        assertEquals(expected.getRequestBodyAsString(), actual.getRequestBodyAsString());
        assertEquals(expected.getResponseUrl(), actual.getResponseUrl());
        assertEquals(expected.getClientIpAddress(), actual.getClientIpAddress());
        assertEquals(expected.getQueryString(), actual.getQueryString());
        List<Function<ActionContext, Object>> fields = List.of(ActionContext::getResponseUrl,
                ActionContext::getTriggerId, ActionContext::getTeamId, ActionContext::getEnterpriseId,
                ActionContext::getRequestUserId, ActionContext::getBotToken, ActionContext::getFunctionExecutionId,
                ActionContext::getFunctionBotAccessToken);
        for (Function<ActionContext, Object> field : fields) {
            assertEquals(field.apply(expected.getContext()), field.apply(actual.getContext()));
        }
    }

    private static SlackRequestParser.HttpRequest http(JsonObject payload, Map<String, String> headers) {
        return http("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8), headers);
    }

    private static SlackRequestParser.HttpRequest http(String body, Map<String, String> headers) {
        Map<String, List<String>> headerMap = new java.util.HashMap<>();
        headers.forEach((name, value) -> headerMap.put(name, List.of(value)));
        return SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events")
                .queryString(Map.of("source", List.of("test")))
                .headers(new RequestHeaders(headerMap))
                .requestBody(body)
                .remoteAddress("127.0.0.1")
                .build();
    }
}
