package io.odigos.community.packs;

import io.odigos.community.releases.OdigosVersion;
import java.util.Collection;
import java.util.Optional;

/**
 * How packs are ordered wherever they are listed "best first" (README, "Observability packs"). The stars are a
 * Bayesian average: each pack's ratings are pooled with {@link #PRIOR_WEIGHT} imaginary ratings of {@link #PRIOR}
 * stars, the middle of the scale, so one 5-star vote does not beat forty 4.6s and a few friends cannot lift a pack
 * far. The prior is fixed rather than the mean of all ratings: with a high community mean, pulling towards it would
 * let a single 5 outrank forty 4.6s, and an unrated pack would outrank every pack rated below that mean. An unrated
 * pack sits at 3, between the well and the badly rated. Confirmations that it
 * works on one of the latest two Odigos releases add {@link #CONFIRMATION_BONUS} each, up to {@link #MAX_BONUS}: proof on
 * today's Odigos is worth more than praise for last year's.
 */
public final class PackRanking {

    /** How many imaginary ratings of {@link #PRIOR} stars every pack starts with. */
    static final double PRIOR_WEIGHT = 5;
    static final double PRIOR = 3;
    static final double CONFIRMATION_BONUS = 0.1;
    static final double MAX_BONUS = 0.5;

    private PackRanking() {
    }

    /** The Bayesian average of a pack's {@code ratings} totalling {@code stars}. */
    public static double stars(long ratings, long stars) {
        return (PRIOR_WEIGHT * PRIOR + stars) / (PRIOR_WEIGHT + ratings);
    }

    /** The ranking score: the Bayesian stars plus the bonus for confirmations on recent releases. */
    public static double score(long ratings, long stars, long recentConfirmations) {
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
