package io.odigos.community.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's mrkdwn as HTML for one reader: bold, italic, strike, code and code blocks, quotes, links, mentions as
 * names, channels, dates in the reader's zone, and emoji shortcodes. The text is unescaped from Slack's three
 * entities and escaped again for HTML before any markup is added, and a link is written only for http(s) and
 * mailto addresses, so no text can turn into markup or script.
 */
public final class Mrkdwn {

    /** What the reader's Slack knows: names for member and channel ids (null when unknown). */
    public interface Directory {
        String memberName(String memberId);

        String channelName(String channelId);
    }

    private static final Pattern SPECIAL = Pattern.compile("<([^<>\\n]+)>");
    private static final Pattern RESERVED = Pattern.compile("[\uE000-\uE003]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");
    private static final Pattern CODE_BLOCK = Pattern.compile("```\\n?([\\s\\S]+?)```");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern BOLD = span('*');
    private static final Pattern ITALIC = span('_');
    private static final Pattern STRIKE = span('~');
    private static final Pattern QUOTE = Pattern.compile("(?m)^&gt; ?(.*)$");
    private static final Pattern EMOJI = Pattern.compile(":([a-z0-9_+-]+):");

    private final Directory directory;
    private final ZoneId zone;
    private final Clock clock;

    public Mrkdwn(Directory directory, ZoneId zone, Clock clock) {
        this.directory = directory;
        this.zone = zone;
        this.clock = clock;
    }

    /** A {@code mrkdwn} text object's text as HTML. */
    public SafeHtml html(String mrkdwn) {
        if (mrkdwn == null || mrkdwn.isEmpty()) {
            return new SafeHtml("");
        }
        List<String> specials = new ArrayList<>();
        // the private-use marks below stand in for finished HTML, so a text must not bring its own
        String text = replace(SPECIAL, RESERVED.matcher(mrkdwn).replaceAll(""), m -> {
            specials.add(special(m.group(1)));
            return "\uE000" + (specials.size() - 1) + "\uE001";
        });
        text = escape(unescapeSlack(text));
        List<String> code = new ArrayList<>();
        // code first, so nothing inside it is formatted
        text = replace(CODE_BLOCK, text, m -> keep(code, "<pre class=\"bk-pre\">" + m.group(1) + "</pre>"));
        text = replace(CODE, text, m -> keep(code, "<code>" + m.group(1) + "</code>"));
        text = replace(BOLD, text, m -> "<b>" + m.group(1) + "</b>");
        text = replace(ITALIC, text, m -> "<i>" + m.group(1) + "</i>");
        text = replace(STRIKE, text, m -> "<s>" + m.group(1) + "</s>");
        text = replace(QUOTE, text, m -> "<blockquote>" + m.group(1) + "</blockquote>");
        text = emoji(text).replace("\n", "<br>").replace("</blockquote><br>", "</blockquote>");
        for (int i = code.size() - 1; i >= 0; i--) {
            text = text.replace("\uE002" + i + "\uE003", code.get(i));
        }
        return new SafeHtml(replace(PLACEHOLDER, text, m -> specials.get(Integer.parseInt(m.group(1)))));
    }

    /** A {@code plain_text} object's text as HTML: shown as written, with shortcodes as emoji when it asks. */
    public static SafeHtml plain(String text, boolean emoji) {
        String html = escape(text == null ? "" : text);
        return new SafeHtml(emoji ? emoji(html) : html);
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private String special(String inner) {
        int bar = inner.indexOf('|');
        String target = bar < 0 ? inner : inner.substring(0, bar);
        String label = bar < 0 ? null : unescapeSlack(inner.substring(bar + 1));
        if (target.startsWith("@")) {
            String id = target.substring(1);
            String name = directory.memberName(id);
            return "<span class=\"bk-mention\">@" + escape(name != null ? name : label != null ? label : id) + "</span>";
        }
        if (target.startsWith("#")) {
            String id = target.substring(1);
            String name = label != null ? label : directory.channelName(id);
            return "<span class=\"bk-mention\">#" + escape(name != null ? name : id) + "</span>";
        }
        if (target.startsWith("!date^")) {
            return escape(date(target, label));
        }
        if (target.startsWith("!subteam^")) {
            return "<span class=\"bk-mention\">" + escape(label != null ? label : "@group") + "</span>";
        }
        if (target.startsWith("!")) {
            return "<span class=\"bk-mention\">@" + escape(target.substring(1)) + "</span>";
        }
        String url = unescapeSlack(target);
        String shown = escape(label != null ? label : url);
        if (!url.matches("(?i)(https?://|mailto:)\\S+")) {
            return shown; // Slack links only addresses; anything else (javascript:, data:) stays text
        }
        // members wrote these links: search engines are told not to vouch for them (public pages show them too)
        return "<a href=\"" + escape(url) + "\" target=\"_blank\" rel=\"nofollow ugc noopener noreferrer\">" + shown
                + "</a>";
    }

    /** {@code !date^1392734382^{date} at {time}^optional_link} with its fallback after the bar. */
    private String date(String target, String fallback) {
        String[] parts = target.split("\\^");
        try {
            return SlackDates.format(Long.parseLong(parts[1]), parts.length > 2 ? parts[2] : "{date}", zone,
                    clock.instant());
        } catch (RuntimeException e) {
            return fallback != null ? fallback : target;
        }
    }

    private static String emoji(String html) {
        return replace(EMOJI, html, m -> {
            String character = Emoji.of(m.group(1));
            return character != null ? character : m.group();
        });
    }

    private static String keep(List<String> kept, String html) {
        kept.add(html);
        return "\uE002" + (kept.size() - 1) + "\uE003";
    }

    /** Bold, italic and strike as Slack reads them: the marks hug the text and stand apart from words. */
    private static Pattern span(char mark) {
        String m = Pattern.quote(String.valueOf(mark));
        return Pattern.compile("(?<![\\w" + m + "])" + m + "(?=\\S)([^\\n" + m + "]*?\\S)" + m + "(?![\\w" + m + "])");
    }

    private static String unescapeSlack(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
