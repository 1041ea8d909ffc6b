package io.odigos.community.packs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A pack as the public list shows it: nothing about who shared it but the Verified mark (no name, no Slack id), its
 * stars as the Bayesian average to one decimal with how many rated it, and the counts.
 */
public record PublicPack(String slug, String name, String summary, List<Tag> tags, boolean verified, long ratings,
                         String stars, long confirmations, boolean untestedRecent, long downloads, long installs) {

    /** A stored tag ("language:Java") with the value shown and the address of the list filtered by it. */
    public record Tag(String tag, String label) {

        public static Tag of(String tag) {
            return new Tag(tag, PackTags.shown(tag));
        }

        public String href() {
            return PackUrls.PREFIX + "?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
        }
    }

    static PublicPack of(PackSummary s) {
        Pack p = s.pack();
        return new PublicPack(p.slug(), p.name(), p.summary(), p.tags().stream().map(Tag::of).toList(), s.verified(),
                s.ratings(), String.format(Locale.ROOT, "%.1f", s.stars()), s.confirmationCount(), s.untestedRecent(),
                s.downloads(), s.installs());
    }

    public String path() {
        return PackUrls.PREFIX + "/" + slug;
    }

    /** "★ 4.2 from 3 ratings", or that nobody rated it. */
    public String starsLine() {
        return ratings == 0 ? "No ratings yet" : "★ " + stars + " from " + count(ratings, "rating");
    }

    public String confirmationsLine() {
        return count(confirmations, "confirmation") + " that it works";
    }

    public String fetchesLine() {
        return count(downloads, "download") + " · " + count(installs, "install");
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
