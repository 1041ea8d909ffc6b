package io.odigos.community.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.odigos.community.local.EmulatedMember;
import io.odigos.community.web.Mrkdwn;
import io.odigos.community.web.Templates;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every block and element the issue lists, rendered from the JSON the bot would send: what each turns into on the
 * page, for a reader in Tokyo.
 */
class BlockRenderingTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final List<EmulatedMember> MEMBERS = List.of(new EmulatedMember("U0ADA", "Ada", ZoneId.of("Europe/Berlin"),
            true, false), new EmulatedMember("U0BEN", "Ben", ZoneId.of("America/New_York"), false, false));

    static String render(String blocksJson) {
        Mrkdwn.Directory names = new Mrkdwn.Directory() {
            @Override
            public String memberName(String id) {
                return MEMBERS.stream().filter(m -> m.id().equals(id)).map(EmulatedMember::name).findFirst().orElse(null);
            }

            @Override
            public String channelName(String id) {
                return null;
            }
        };
        Rendering r = new Rendering(new Mrkdwn(names, TOKYO, Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"),
                ZoneOffset.UTC)), TOKYO, MEMBERS);
        return Templates.render("playground/bk/blocks.jte", Map.of("blocks",
                Rendering.blocks(JsonParser.parseString(blocksJson)), "r", r));
    }

    static String text(String t) {
        return "{\"type\":\"plain_text\",\"text\":\"" + t + "\"}";
    }

    static String option(String t, String v) {
        return "{\"text\":" + text(t) + ",\"value\":\"" + v + "\"}";
    }

    @Test
    void layoutBlocks() {
        String html = render("[{\"type\":\"header\",\"block_id\":\"h\",\"text\":" + text("Roadmap :rocket:") + "},"
                + "{\"type\":\"section\",\"block_id\":\"s\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*Hi* <@U0BEN>\"},"
                + "\"fields\":[{\"type\":\"mrkdwn\",\"text\":\"_one_\"},{\"type\":\"mrkdwn\",\"text\":\"~two~\"}],"
                + "\"accessory\":{\"type\":\"image\",\"image_url\":\"https://odigos.io/logo.png\",\"alt_text\":\"logo\"}},"
                + "{\"type\":\"divider\"},"
                + "{\"type\":\"context\",\"elements\":[{\"type\":\"mrkdwn\",\"text\":\"`ctx`\"},"
                + "{\"type\":\"image\",\"image_url\":\"javascript:alert(1)\",\"alt_text\":\"x\"}]},"
                + "{\"type\":\"image\",\"image_url\":\"https://odigos.io/chart.png\",\"alt_text\":\"chart\",\"title\":"
                + text("Trend") + "}]");
        assertTrue(html.contains("<h3 class=\"bk-header\" data-block-id=\"h\">Roadmap \uD83D\uDE80</h3>"), html);
        assertTrue(html.contains("<b>Hi</b> <span class=\"bk-mention\">@Ben</span>"), html);
        assertTrue(html.contains("<div class=\"bk-field\"><i>one</i></div><div class=\"bk-field\"><s>two</s></div>"), html);
        assertTrue(html.contains("<img class=\"bk-accessory-image\" src=\"https://odigos.io/logo.png\" alt=\"logo\">"), html);
        assertTrue(html.contains("<hr class=\"bk-divider\">"), html);
        assertTrue(html.contains("<code>ctx</code>"), html);
        assertFalse(html.contains("javascript:"), "an image address that is not http(s) is dropped");
        assertTrue(html.contains("<figcaption>Trend</figcaption>"), html);
    }

    @Test
    void buttonsMenusAndChoices() {
        String html = render("[{\"type\":\"actions\",\"block_id\":\"a\",\"elements\":["
                + "{\"type\":\"button\",\"action_id\":\"go\",\"text\":" + text("Go") + ",\"style\":\"primary\",\"value\":\"1\"},"
                + "{\"type\":\"button\",\"action_id\":\"del\",\"text\":" + text("Delete") + ",\"style\":\"danger\","
                + "\"confirm\":{\"title\":" + text("Sure?") + ",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*Really*\"},"
                + "\"confirm\":" + text("Yes") + ",\"deny\":" + text("No") + "}},"
                + "{\"type\":\"static_select\",\"action_id\":\"pick\",\"options\":[" + option("A", "a") + ","
                + option("B", "b") + "],\"initial_option\":" + option("B", "b") + "},"
                + "{\"type\":\"multi_static_select\",\"action_id\":\"many\",\"options\":[" + option("A", "a") + "]},"
                + "{\"type\":\"users_select\",\"action_id\":\"who\",\"initial_user\":\"U0BEN\"},"
                + "{\"type\":\"multi_users_select\",\"action_id\":\"whom\"},"
                + "{\"type\":\"overflow\",\"action_id\":\"more\",\"options\":[" + option("Edit", "edit") + "]},"
                + "{\"type\":\"datepicker\",\"action_id\":\"d\",\"initial_date\":\"2026-12-24\"},"
                + "{\"type\":\"timepicker\",\"action_id\":\"t\",\"initial_time\":\"09:30\"},"
                + "{\"type\":\"datetimepicker\",\"action_id\":\"dt\",\"initial_date_time\":1796000000},"
                + "{\"type\":\"checkboxes\",\"action_id\":\"c\",\"options\":[" + option("One", "1") + "],"
                + "\"initial_options\":[" + option("One", "1") + "]},"
                + "{\"type\":\"radio_buttons\",\"action_id\":\"r\",\"options\":[" + option("X", "x") + "]}]}]");
        assertTrue(html.contains("class=\"bk-el bk-button bk-primary\""), html);
        assertTrue(html.contains("class=\"bk-el bk-button bk-danger\""), html);
        assertTrue(html.contains("<template class=\"bk-confirm\">") && html.contains("<b>Really</b>")
                && html.contains("bk-confirm-yes") && html.contains(">Yes<") && html.contains(">No<"), html);
        assertTrue(html.contains("<option value=\"b\" selected>B</option>"), html);
        assertTrue(html.contains("<select multiple class=\"bk-el bk-select\" data-type=\"multi_static_select\""), html);
        assertTrue(html.contains("<option value=\"U0BEN\" selected>Ben</option>"), html);
        assertTrue(html.contains("data-type=\"multi_users_select\""), html);
        assertTrue(html.contains("data-type=\"overflow\"") && html.contains("<option value=\"edit\">Edit</option>"), html);
        assertTrue(html.contains("type=\"date\"") && html.contains("value=\"2026-12-24\""), html);
        assertTrue(html.contains("type=\"time\"") && html.contains("value=\"09:30\""), html);
        String inTokyo = Instant.ofEpochSecond(1796000000).atZone(TOKYO).toLocalDateTime().withSecond(0).toString();
        assertTrue(html.contains("type=\"datetime-local\"") && html.contains("value=\"" + inTokyo + "\""), html);
        assertTrue(html.contains("type=\"checkbox\" value=\"1\" checked"), html);
        assertTrue(html.contains("type=\"radio\" name=\"a/r\" value=\"x\""), html);
        assertEquals(12, html.split("data-dispatch=\"true\"", -1).length - 1, "every element in actions dispatches");
    }

    @Test
    void inputs() {
        String html = render("[{\"type\":\"input\",\"block_id\":\"n\",\"label\":" + text("Capacity") + ",\"element\":"
                + "{\"type\":\"number_input\",\"action_id\":\"v\",\"is_decimal_allowed\":false,\"min_value\":\"1\","
                + "\"max_value\":\"500\",\"initial_value\":\"50\"}},"
                + "{\"type\":\"input\",\"block_id\":\"u\",\"optional\":true,\"label\":" + text("Link") + ",\"hint\":"
                + text("Where to join") + ",\"element\":{\"type\":\"url_text_input\",\"action_id\":\"v\"}},"
                + "{\"type\":\"input\",\"block_id\":\"p\",\"label\":" + text("Title") + ",\"element\":"
                + "{\"type\":\"plain_text_input\",\"action_id\":\"v\",\"max_length\":150,\"initial_value\":\"\\\"><b>x\"}},"
                + "{\"type\":\"input\",\"block_id\":\"m\",\"label\":" + text("Body") + ",\"element\":"
                + "{\"type\":\"plain_text_input\",\"action_id\":\"v\",\"multiline\":true}}]");
        assertTrue(html.contains("type=\"number\"") && html.contains("step=\"1\"") && html.contains("min=\"1\"")
                && html.contains("max=\"500\"") && html.contains("value=\"50\""), html);
        assertTrue(html.contains("type=\"url\"") && html.contains("<div class=\"bk-hint\">Where to join</div>")
                && html.contains("data-optional=\"true\""), html);
        assertTrue(html.contains("maxlength=\"150\" value=\"&#34;>&lt;b>x\""), html);
        assertTrue(html.contains("<textarea class=\"bk-el bk-text-input\""), html);
        assertEquals(0, html.split("data-dispatch=\"true\"", -1).length - 1, "inputs wait for the submission");
    }
}
