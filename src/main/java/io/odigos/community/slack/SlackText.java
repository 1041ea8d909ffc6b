package io.odigos.community.slack;

import java.util.regex.Pattern;

/** Keeps member-written text from acting as Slack markup when the bot echoes it. */
public final class SlackText {

    private static final Pattern BROADCAST = Pattern.compile(
            "<!(channel|here|everyone|subteam)|(^|\\s)@(channel|here|everyone)\\b", Pattern.CASE_INSENSITIVE);

    /** A user mention as Slack sends it in escaped command text: <@U123> or <@U123|name>; group 1 is the id. */
    public static final Pattern USER_MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(\\|[^>]*)?>");

    private SlackText() {
    }

    /** Escapes the three characters Slack's mrkdwn treats as control characters. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** True when the text would notify a whole channel or group if posted unescaped. */
    public static boolean hasBroadcast(String text) {
        return text != null && BROADCAST.matcher(text).find();
    }

    /** Shortens to at most max characters, ending with an ellipsis when cut. */
    public static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
