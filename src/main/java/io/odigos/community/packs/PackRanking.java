package io.odigos.community.packs;

import io.odigos.community.releases.OdigosVersion;
import java.util.Collection;
import java.util.Optional;

/**
 * How packs are ordered wherever they are listed "best first" (README, "Observability packs"). The stars are a
 * Bayesian average: each pack's ratings are pooled with {@link #PRIOR_WEIGHT} imaginary ratings at the mean of all
 * ratings, so one 5-star vote does not beat forty 4.6s and a few friends cannot lift a pack far. Confirmations that it
 * works on one of the latest two Odigos releases add {@link #CONFIRMATION_BONUS} each, up to {@link #MAX_BONUS}: proof on
 * today's Odigos is worth more than praise for last year's.
 */
public final class PackRanking {

    /** How many ratings at the mean every pack starts with. */
    static final double PRIOR_WEIGHT = 5;
    /** The mean when nobody has rated anything yet: the middle of the scale. */
    static final double NEUTRAL = 3;
    static final double CONFIRMATION_BONUS = 0.1;
    static final double MAX_BONUS = 0.5;

    private final double mean;

    /** @param allRatings how many ratings all packs have, and their stars summed */
    public PackRanking(long allRatings, long allStars) {
        this.mean = allRatings == 0 ? NEUTRAL : (double) allStars / allRatings;
    }

    /** The Bayesian average of a pack's {@code ratings} totalling {@code stars}. */
    public double stars(long ratings, long stars) {
        return (PRIOR_WEIGHT * mean + stars) / (PRIOR_WEIGHT + ratings);
    }

    /** The ranking score: the Bayesian stars plus the bonus for confirmations on recent releases. */
    public double score(long ratings, long stars, long recentConfirmations) {
        return stars(ratings, stars) + Math.min(MAX_BONUS, CONFIRMATION_BONUS * recentConfirmations);
    }

    /**
     * Whether a pack confirmed on {@code confirmedOn} (Odigos releases as members gave them) counts as untested on
     * recent releases: none of them is the current minor or the one before. With the current release unknown, no pack
     * is labelled, since nothing can be said.
     */
    public static boolean untestedOnRecent(Optional<OdigosVersion> current, Collection<String> confirmedOn) {
        return current.isPresent() && confirmedOn.stream().noneMatch(v -> recent(current.get(), v));
    }

    /** Whether {@code version} is the current minor or the one before it. */
    public static boolean recent(OdigosVersion current, String version) {
        return OdigosVersion.parse(version)
                .map(v -> v.equals(current) || v.equals(current.previousMinor()))
                .orElse(false);
    }
}
