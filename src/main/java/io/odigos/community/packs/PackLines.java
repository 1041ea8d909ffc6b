package io.odigos.community.packs;

import static io.odigos.community.slack.SlackText.escape;

import java.util.Locale;

/**
 * A pack in one line of mrkdwn, wherever packs are listed in Slack (digest, Home, /packs): its name (linked to its
 * public page when the portal is on), the Verified mark, its stars with their count, confirmations and installs.
 */
final class PackLines {

    static final String VERIFIED = ":white_check_mark: Verified";
    static final String UNTESTED = ":warning: untested on recent releases";

    private final PackUrls urls;
    private final boolean linked;

    /** @param linked whether the public pages are on, so a link to the pack's page leads somewhere */
    PackLines(PackUrls urls, boolean linked) {
        this.urls = urls;
        this.linked = linked;
    }

    String line(PackSummary s) {
        Pack p = s.pack();
        String name = linked ? "<" + urls.page(p.slug()) + "|" + escape(p.name()) + ">" : escape(p.name());
        return "*" + name + "*" + (s.verified() ? " " + VERIFIED : "") + " · " + stars(s)
                + " · " + s.confirmationCount() + " confirmed · " + s.installs() + " installs"
                + (s.untestedRecent() ? " · " + UNTESTED : "");
    }

    /** "★ 4.3 (12 ratings)", or "no ratings yet". */
    static String stars(PackSummary s) {
        return s.ratings() == 0 ? "no ratings yet"
                : ":star: " + String.format(Locale.ROOT, "%.1f", s.stars()) + " (" + s.ratings()
                + (s.ratings() == 1 ? " rating)" : " ratings)");
    }
}
