package io.odigos.community.packs;

import java.util.Map;
import java.util.Optional;

/**
 * A pack as every listing shows it (its Slack card, /packs, the portal, the digest, Home): the pack, its newest
 * published version, its ratings as a Bayesian average with their count, its confirmations by Odigos release, how often
 * it was downloaded and installed, and its marks.
 *
 * @param latest         the newest published version; empty while the first waits for review
 * @param stars          the Bayesian average ({@link PackRanking}); 0 when nobody rated it
 * @param confirmations  *Works on my cluster* confirmations by Odigos release ("1.4" -> 3)
 * @param score          what "best first" sorts by
 * @param untestedRecent no confirmation on the latest two Odigos releases
 */
public record PackSummary(Pack pack, Optional<PackVersion> latest, long ratings, double stars,
                          Map<String, Long> confirmations, long downloads, long installs, boolean verified,
                          double score, boolean untestedRecent) {

    public long confirmationCount() {
        return confirmations.values().stream().mapToLong(Long::longValue).sum();
    }
}
