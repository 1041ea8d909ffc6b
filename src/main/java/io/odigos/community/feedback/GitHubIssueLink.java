package io.odigos.community.feedback;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A "new issue" URL on GitHub, prefilled from an item and kept within a Slack button's 3000-character URL. */
final class GitHubIssueLink {

    static final int MAX_URL = 3000;

    private GitHubIssueLink() {
    }

    static String forItem(String repositoryUrl, FeedbackItem item) {
        String base = repositoryUrl.replaceAll("/+$", "") + "/issues/new?labels="
                + (item.kind() == FeedbackKind.BUG ? "bug" : "enhancement")
                + "&title=" + encode(item.title()) + "&body=";
        String body = body(item);
        String encoded = encode(body);
        // cut the body, not the title, until the whole URL fits; an encoded character is at most 9 characters
        while (base.length() + encoded.length() > MAX_URL && !body.isEmpty()) {
            int over = base.length() + encoded.length() - MAX_URL;
            body = body.substring(0, Math.max(0, body.length() - Math.max(1, over / 9)));
            encoded = encode(body + "…");
        }
        return base + encoded;
    }

    private static String body(FeedbackItem item) {
        StringBuilder b = new StringBuilder("Reported in the Odigos community Slack (request #").append(item.id()).append(").\n");
        for (FeedbackField field : FeedbackField.askedFor(item.kind())) {
            if (field != FeedbackField.TITLE && item.field(field) != null) {
                b.append("\n### ").append(field.label()).append('\n').append(item.field(field)).append('\n');
            }
        }
        return b.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
