package io.odigos.community.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Members' text as the public pages show it: escaped before any markup, and with nobody's name or Slack id, since
 * the people a text mentions never agreed to be shown to the world. Dates are days in UTC.
 */
public final class PublicText {

    /** Mentions read "@member" and channels "#channel" unless the text labelled them itself. */
    private static final Mrkdwn.Directory NOBODY = new Mrkdwn.Directory() {
        @Override
        public String memberName(String memberId) {
            return "member";
        }

        @Override
        public String channelName(String channelId) {
            return "channel";
        }
    };
    private static final Mrkdwn MRKDWN = new Mrkdwn(NOBODY, ZoneOffset.UTC, Clock.systemUTC());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private PublicText() {
    }

    /** Text written in mrkdwn (a guide's body): bold, code, quotes, http(s) links. */
    public static SafeHtml mrkdwn(String text) {
        return MRKDWN.html(text);
    }

    /**
     * Text typed into a plain field (a request's problem), as Slack shows it once the bot escaped it: formatting and
     * line breaks, but angle brackets stay characters, so nothing in it becomes a link or a mention.
     */
    public static SafeHtml typed(String text) {
        return text == null ? new SafeHtml("")
                : MRKDWN.html(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    /** "Dec 2, 2026"; empty for no date. */
    public static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }
}
