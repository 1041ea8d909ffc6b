package io.odigos.community.slack;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Keeps member-written text from acting as Slack markup when the bot echoes it. */
public final class SlackText {

    private static final Pattern BROADCAST = Pattern.compile(
            "<!(channel|here|everyone|subteam)|(^|\\s)@(channel|here|everyone)\\b", Pattern.CASE_INSENSITIVE);

    /** A user mention as Slack sends it in escaped command text: <@U123> or <@U123|name>; group 1 is the id. */
    public static final Pattern USER_MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(\\|[^>]*)?>");

    /** A link as Slack writes it in escaped text: <https://x> or <https://x|label>; group 1 is the address. */
    private static final Pattern LINK = Pattern.compile("<((?:https?|mailto):[^|>]+)(\\|[^>]*)?>");

    private SlackText() {
    }

    /**
     * Command text as the member typed it. Slack escapes the text of commands with should_escape: {@code &}, {@code <}
     * and {@code >} arrive as entities and links arrive wrapped as {@code <https://x|label>}. This unwraps links and
     * restores the three characters, and keeps user, channel and broadcast mentions ({@code <@U123|ann>},
     * {@code <!channel>}) in Slack's form, which is how handlers recognise them.
     */
    public static String typed(String commandText) {
        if (commandText == null) {
            return null;
        }
        String unwrapped = LINK.matcher(commandText).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        return unwrapped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Escapes the three characters Slack's mrkdwn treats as control characters. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** True when the text would notify a whole channel or group if posted unescaped. */
    public static boolean hasBroadcast(String text) {
        return text != null && BROADCAST.matcher(text).find();
    }

    /**
     * Slack's date token: each reader sees the moment in their own time zone, e.g. "Nov 25 at 9:00 AM"; clients that
     * cannot render it show the fallback.
     */
    public static String date(java.time.Instant at, String fallback) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} at {time}|" + fallback + ">";
    }

    /** Shortens to at most max characters, ending with an ellipsis when cut. */
    public static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    /** The first {@code shown} items as text, comma separated, with "and more" when there are others. */
    public static <T> String listed(List<T> items, int shown, Function<T, String> text) {
        return items.stream().limit(shown).map(text).collect(Collectors.joining(", "))
                + (items.size() > shown ? " and more" : "");
    }
}
