package io.odigos.community.knowledge;

import io.odigos.community.web.SafeHtml;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the public pages show of a published entry: never its author's Slack id, the reviewer, the review note or the
 * Slack thread it came from; the author's name only when they allowed it. {@code body} is escaped mrkdwn, or null.
 */
public record PublicEntry(long id, String title, String summary, EntryKind kind, List<String> topics,
                          String odigosVersion, boolean outdated, String link, SafeHtml body, String author,
                          int helpful, String published) {

    public String path() {
        return "/kb/" + id;
    }

    public String kindLabel() {
        return kind.label();
    }

    public String kindPath() {
        return kindPath(kind);
    }

    /** "/kb/topic/Getting%20started": the name as it is, encoded for a path. */
    public static String topicPath(String topic) {
        return "/kb/topic/" + URLEncoder.encode(topic, StandardCharsets.UTF_8).replace("+", "%20");
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
