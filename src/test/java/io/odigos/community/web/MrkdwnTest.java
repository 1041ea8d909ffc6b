package io.odigos.community.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MrkdwnTest {

    static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    final Mrkdwn.Directory directory = new Mrkdwn.Directory() {
        @Override
        public String memberName(String memberId) {
            return Map.of("U0ADA", "Ada <b>").get(memberId);
        }

        @Override
        public String channelName(String channelId) {
            return Map.of("C0COMMUNITY", "community").get(channelId);
        }
    };

    String html(String mrkdwn) {
        return new Mrkdwn(directory, ZoneId.of("Asia/Tokyo"), Clock.fixed(NOW, ZoneOffset.UTC)).html(mrkdwn).toString();
    }

    @Test
    void formatsAsSlackDoes() {
        assertEquals("<b>Shipped</b>: <i>now</i> <s>later</s> <code>*x*</code>", html("*Shipped*: _now_ ~later~ `*x*`"));
        assertEquals("snake_case_name and 2*3*4", html("snake_case_name and 2*3*4"));
        assertEquals("<pre class=\"bk-pre\">a *b*\n</pre>", html("```\na *b*\n```"));
        assertEquals("<blockquote>quoted</blockquote>next", html("&gt; quoted\nnext"));
        assertEquals("line<br>\uD83C\uDF89 :unknown_one:", html("line\n:tada: :unknown_one:"));
    }

    @Test
    void mentionsChannelsAndLinks() {
        assertEquals("<span class=\"bk-mention\">@Ada &lt;b&gt;</span> in <span class=\"bk-mention\">#community</span>",
                html("<@U0ADA> in <#C0COMMUNITY>"));
        assertEquals("<span class=\"bk-mention\">@U0NOBODY</span>", html("<@U0NOBODY>"));
        assertEquals("<b><a href=\"https://odigos.io/?a=1&amp;b=2\" target=\"_blank\" rel=\"nofollow ugc noopener noreferrer\">"
                + "docs</a></b>", html("*<https://odigos.io/?a=1&amp;b=2|docs>*"));
    }

    @Test
    void datesInTheReadersZone() {
        long epoch = Instant.parse("2026-12-03T01:30:00Z").getEpochSecond(); // 10:30 in Tokyo
        assertEquals("tomorrow at 10:30 AM", html("<!date^" + epoch + "^{date_pretty} at {time}|Dec 3>"));
        assertEquals("Thursday, December 3rd, 2026", html("<!date^" + epoch + "^{date_long}|x>"));
        assertEquals("Dec 3", html("<!date^notanumber^{date}|Dec 3>"));
    }

    @Test
    void noTextBecomesMarkup() {
        String xss = "<script>alert(1)</script> <img src=x onerror=alert(1)> \"quoted\" 'single'";
        String out = html(xss.replace("<", "&lt;").replace(">", "&gt;"));
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; "
                + "&#39;single&#39;", out);
        assertEquals("alert(1)", html("<javascript:alert(1)|alert(1)>"));
        assertEquals("&quot;&gt;&lt;svg onload=alert(1)&gt;", html("<javascript:x|\"&gt;&lt;svg onload=alert(1)&gt;>"));
        String forged = html("\uE0000\uE001 <@U0ADA>");
        assertFalse(forged.contains("\uE000"), forged);
        assertEquals("&lt;b&gt;", Mrkdwn.plain("<b>", true).toString());
    }
}
