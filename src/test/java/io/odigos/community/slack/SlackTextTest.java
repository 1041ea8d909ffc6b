package io.odigos.community.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Command text arrives escaped from Slack; handlers see it as typed, with mentions still in Slack's form. */
class SlackTextTest {

    @Test
    void escapedCommandTextIsReadAsTyped() {
        assertEquals("retitle 3 Faster & safer <b>", SlackText.typed("retitle 3 Faster &amp; safer &lt;b&gt;"));
        assertEquals("event-recording 4 https://youtu.be/x?a=1&b=2",
                SlackText.typed("event-recording 4 <https://youtu.be/x?a=1&amp;b=2>"));
        assertEquals("see https://odigos.io and mailto:a@b.io",
                SlackText.typed("see <https://odigos.io|odigos.io> and <mailto:a@b.io|a@b.io>"));
        assertEquals("badge-award <@U0ANN|ann> mentor <#C0GENERAL|general>",
                SlackText.typed("badge-award <@U0ANN|ann> mentor <#C0GENERAL|general>"));
        assertEquals("typed &lt; literally", SlackText.typed("typed &amp;lt; literally"), "unescaped once, not twice");
        assertTrue(SlackText.hasBroadcast(SlackText.typed("retitle 3 hi &lt;!channel&gt;")),
                "typed markup is still refused as a broadcast");
    }
}
