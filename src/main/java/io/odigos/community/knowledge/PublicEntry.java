package io.odigos.community.knowledge;

import io.odigos.community.web.SafeHtml;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the public pages show of a published entry: never its author's Slack id, the reviewer, the review note or the
 * Slack thread it came from; the author's name only when they allowed it. {@code body} is escaped mrkdwn, or null.
 */
public record PublicEntry(long id, String title, String summary, EntryKind kind, List<String> topics,
                          String odigosVersion, boolean outdated, String link, SafeHtml body, String author,
                          int helpful, String published) {

    private static final Pattern TILDE_CODE = Pattern.compile("~(2F|25|2E|3B|5C|7E)");

    public String path() {
        return "/kb/" + id;
    }

    public String kindLabel() {
        return kind.label();
    }

    public String kindPath() {
        return kindPath(kind);
    }

    /**
     * "/kb/topic/Getting%20started": the name encoded for a path. The characters a web server reads as structure even
     * when percent-encoded (slash, percent, dot, semicolon, backslash; Jetty refuses them as ambiguous) are written
     * "~2F" and so on first, and a tilde "~7E"; {@link #topicOf} undoes it.
     */
    public static String topicPath(String topic) {
        StringBuilder safe = new StringBuilder();
        topic.codePoints().forEach(c -> {
            if ("~/%.;\\".indexOf(c) >= 0) {
                safe.append(String.format("~%02X", c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return "/kb/topic/" + URLEncoder.encode(safe.toString(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The topic's name from the rest of its path, as the server decoded it. */
    static String topicOf(String decoded) {
        Matcher m = TILDE_CODE.matcher(decoded);
        StringBuilder name = new StringBuilder();
        while (m.find()) {
            char original = (char) Integer.parseInt(m.group(1), 16);
            m.appendReplacement(name, Matcher.quoteReplacement(String.valueOf(original)));
        }
        return m.appendTail(name).toString();
    }

    /** "/kb/kind/best-practice". */
    public static String kindPath(EntryKind kind) {
        return "/kb/kind/" + slug(kind);
    }

    static Optional<EntryKind> kindBySlug(String slug) {
        return Arrays.stream(EntryKind.values()).filter(k -> slug(k).equals(slug)).findFirst();
    }

    private static String slug(EntryKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
