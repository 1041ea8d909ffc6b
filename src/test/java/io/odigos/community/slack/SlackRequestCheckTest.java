package io.odigos.community.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict reading of a body: what Slack sends passes unchanged, and each way of not being it has its answer. */
class SlackRequestCheckTest {

    private static final String FORM = SlackRequestCheck.FORM;
    private static final String JSON = SlackRequestCheck.JSON;

    @Test
    void aFormValueDecodesAsTheJdkDecodesIt() throws Exception {
        List<String> values = List.of("", "plain", "a b+c&d=e%f",
                "{\"text\":\"Grüße, 日本語 👋 <!channel> 100% \\n\"}", "%", "++", "\u0000\u007f\u0080\u07ff\u0800\uffff");
        for (String value : values) {
            String encoded = "payload=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
            assertEquals(value, SlackRequestCheck.decode(encoded, "payload=".length(), encoded.length()), encoded);
        }
        // spaces may also arrive as %20, and hex digits in either case
        assertEquals("a b\u00e9", SlackRequestCheck.decode("a%20b%c3%A9", 0, 11));
    }

    @Test
    void aMalformedFormValueIsRefused() {
        // the fullwidth digits are hex digits to Character.digit; an encoded surrogate and an overlong '/' are not UTF-8
        for (String malformed : List.of("%", "%4", "abc%zz", "ab%4g", "ünencoded", "%\uff11\uff11", "%C3%28",
                "%ED%A0%80", "%C0%AF", "%FF")) {
            SlackRequestCheck.Malformed refused = assertThrows(SlackRequestCheck.Malformed.class,
                    () -> SlackRequestCheck.decode(malformed, 0, malformed.length()), malformed);
            assertEquals(400, refused.status());
        }
    }

    @Test
    void whatSlackSendsPassesUnchanged() throws Exception {
        String command = "token=t&team_id=T0&command=%2Ffeedback&text=Gr%C3%BC%C3%9Fe+%F0%9F%91%8B&response_url="
                + "https://hooks.slack.com/commands/1";
        assertEquals(command, SlackRequestCheck.body(FORM, bytes(command)));
        String click = "payload=" + URLEncoder.encode("{\"type\":\"block_actions\",\"actions\":[{\"value\":\"1\"}]}",
                StandardCharsets.UTF_8);
        assertEquals(click, SlackRequestCheck.body(FORM + "; charset=utf-8", bytes(click)));
        String event = "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\",\"text\":\"שלום 👋\"}}";
        assertEquals(event, SlackRequestCheck.body(JSON, bytes(event)));
        assertEquals(event, SlackRequestCheck.body("Application/JSON; Charset=\"UTF-8\"", bytes(event)));
        String challenge = " {\"type\":\"url_verification\",\"challenge\":\"c\"}\n";
        assertEquals(challenge, SlackRequestCheck.body(JSON, bytes(challenge)));
        assertEquals("ssl_check=1&token=t", SlackRequestCheck.body(FORM, bytes("ssl_check=1&token=t")));
    }

    @Test
    void eachMalformedBodyHasItsReason() {
        assertRefused(400, "the payload is not valid JSON", FORM, "payload=%7B");
        assertRefused(400, "the payload is not a JSON object", FORM, "payload=%22text%22");
        assertRefused(400, "the payload has two types", FORM, "payload="
                + URLEncoder.encode("{\"type\":\"shortcut\",\"type\":\"block_actions\"}", StandardCharsets.UTF_8));
        assertRefused(400, "a bad percent-escape in the form", FORM, "command=%2");
        assertRefused(400, "not valid UTF-8", FORM, "command=%FF");
        assertRefused(400, "the form is not URL-encoded", FORM, "command=/x&text=a\tb");
        assertRefused(400, "a form field is not name=value", FORM, "command");
        assertRefused(400, "a repeated form field", FORM, "payload=%7B%7D&payload=%7B%7D");
        assertRefused(400, "a form with no payload, command or ssl_check", FORM, "text=hi");
        assertRefused(400, "a JSON body under the form content type", FORM, "[\"command=/x\"]");
        assertRefused(400, "the body is not valid JSON", JSON, "{\"type\":\"event_callback\"} trailing");
        assertRefused(400, "the body is not valid JSON", JSON, "{\"type\":\"event_callback\",}");
        assertRefused(400, "the body is not a JSON object", JSON, "\"event_callback\"");
        assertRefused(400, "not an Events API request", JSON, "{\"type\":\"block_actions\"}");
        assertRefused(400, "not an Events API request", JSON, "{\"type\":[\"event_callback\"]}");
        assertRefused(415, "Unsupported content type", null, "command=/x");
        assertRefused(415, "Unsupported content type", "text/plain", "command=/x");
        assertRefused(415, "Unsupported charset", FORM + "; charset=latin1", "command=/x");
        assertRefused(415, "Unsupported charset", JSON + "; charset", "{}");
    }

    @Test
    void onlySlacksOwnSslCheckPassesUnsigned() {
        assertTrue(SlackRequestCheck.isSslCheck(FORM, bytes("ssl_check=1&token=t")));
        assertTrue(SlackRequestCheck.isSslCheck(FORM, bytes("ssl_check=1")));
        assertFalse(SlackRequestCheck.isSslCheck(FORM, bytes("ssl_check=0&token=t")));
        assertFalse(SlackRequestCheck.isSslCheck(FORM, bytes("ssl_check=1&token=t&command=%2Fx")));
        assertFalse(SlackRequestCheck.isSslCheck(FORM, bytes("ssl_check=1&payload=%7B%7D")));
        assertFalse(SlackRequestCheck.isSslCheck(JSON, bytes("ssl_check=1&token=t")));
        assertFalse(SlackRequestCheck.isSslCheck(null, bytes("ssl_check=1&token=t")));
        assertFalse(SlackRequestCheck.isSslCheck(FORM, bytes("ssl_check=1&ssl_check=1")));
        assertFalse(SlackRequestCheck.isSslCheck(FORM, bytes("ssl_check=%2")));
    }

    private static void assertRefused(int status, String reason, String contentType, String body) {
        SlackRequestCheck.Malformed refused = assertThrows(SlackRequestCheck.Malformed.class,
                () -> SlackRequestCheck.body(contentType, bytes(body)), body);
        assertEquals(status, refused.status(), body);
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
