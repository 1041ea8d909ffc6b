package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.releases.OdigosVersion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ranking on its own: Bayesian stars robust to few votes, the capped bonus, and the untested label. */
class PackRankingTest {

    private static final Optional<OdigosVersion> CURRENT = OdigosVersion.parse("v1.4.2");

    @Test
    void oneFiveStarVoteRanksBelowFortyRatingsAveragingFourPointSix() {
        double lucky = PackRanking.stars(1, 5);
        double proven = PackRanking.stars(40, 184); // forty ratings averaging 4.6
        assertTrue(lucky < proven, lucky + " should rank below " + proven);
        assertTrue(lucky > 3 && lucky < 3.5, "one vote moves a pack only a little from the middle: " + lucky);
        assertTrue(proven > 4.4 && proven < 4.6, "forty votes nearly make their own average: " + proven);
    }

    @Test
    void anUnratedPackSitsInTheMiddleBetweenWellAndBadlyRatedOnes() {
        assertEquals(PackRanking.PRIOR, PackRanking.stars(0, 0), 1e-9);
        assertTrue(PackRanking.stars(3, 15) > PackRanking.stars(0, 0));
        assertTrue(PackRanking.stars(3, 3) < PackRanking.stars(0, 0), "three 1-star ratings rank below none");
        assertTrue(PackRanking.stars(200, 1000) < 5, "never quite the full five");
    }

    @Test
    void confirmationsOnRecentReleasesAddACappedBonus() {
        double stars = PackRanking.stars(10, 42);
        assertEquals(stars, PackRanking.score(10, 42, 0), 1e-9);
        assertEquals(stars + 2 * PackRanking.CONFIRMATION_BONUS, PackRanking.score(10, 42, 2), 1e-9);
        double capped = stars + PackRanking.MAX_BONUS;
        assertEquals(capped, PackRanking.score(10, 42, 5), 1e-9);
        assertEquals(capped, PackRanking.score(10, 42, 500), 1e-9, "a crowd of confirmations cannot buy the top");
        assertTrue(PackRanking.score(40, 184, 0) > PackRanking.score(1, 5, 500),
                "the bonus does not lift one vote above forty good ones");
    }

    @Test
    void untestedOnRecentUntilConfirmedOnTheCurrentMinorOrTheOneBefore() {
        assertTrue(PackRanking.untestedOnRecent(CURRENT, List.of()));
        assertTrue(PackRanking.untestedOnRecent(CURRENT, List.of("1.2", "1.1", "0.9")));
        assertFalse(PackRanking.untestedOnRecent(CURRENT, List.of("1.2", "1.3")));
        assertFalse(PackRanking.untestedOnRecent(CURRENT, List.of("1.4")));
        assertTrue(PackRanking.untestedOnRecent(CURRENT, List.of("2.4", "not a release")),
                "another major's 4 is not recent, and unreadable text counts for nothing");
        assertFalse(PackRanking.untestedOnRecent(OdigosVersion.parse("2.0"), List.of("2.0")));
    }

    @Test
    void withTheCurrentReleaseUnknownNoPackIsLabelled() {
        assertFalse(PackRanking.untestedOnRecent(Optional.empty(), List.of()));
        assertFalse(PackRanking.untestedOnRecent(Optional.empty(), List.of("0.1")));
    }
}
