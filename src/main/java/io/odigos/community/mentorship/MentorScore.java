package io.odigos.community.mentorship;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * How well a mentor suits a request (README, "How mentors are matched"):
 * {@code 10 × area match + (12 − hours apart) / 2 + free places}. The area counts most (10 beats the other two
 * together: at most 6 + 5), then each hour closer on the clock is worth half a free place. Ties go to the mentor
 * who joined first, then to the lower member id, so the same state always picks the same mentor.
 */
final class MentorScore {

    static final double AREA = 10;
    static final double PER_HOUR_CLOSER = 0.5;
    static final double PER_FREE_PLACE = 1;

    /** A mentor as the matching weighs them. */
    record Candidate(String memberId, Set<String> areas, ZoneId zone, int freePlaces, Instant joinedAt) {
    }

    private MentorScore() {
    }

    static double score(Candidate c, String area, ZoneId menteeZone, Instant at) {
        double match = c.areas().contains(area) ? AREA : 0;
        return match + PER_HOUR_CLOSER * (12 - hoursApart(c.zone(), menteeZone, at)) + PER_FREE_PLACE * c.freePlaces();
    }

    /** How far apart two zones' clocks are at that moment, the short way round: 0 to 12 hours. */
    static double hoursApart(ZoneId a, ZoneId b, Instant at) {
        int seconds = Math.abs(a.getRules().getOffset(at).getTotalSeconds() - b.getRules().getOffset(at).getTotalSeconds());
        double hours = (seconds % (24 * 3600)) / 3600.0;
        return Math.min(hours, 24 - hours);
    }

    /** The candidates, best first. */
    static List<Candidate> ranked(List<Candidate> candidates, String area, ZoneId menteeZone, Instant at) {
        return candidates.stream().sorted(Comparator.<Candidate>comparingDouble(c -> -score(c, area, menteeZone, at))
                .thenComparing(Candidate::joinedAt).thenComparing(Candidate::memberId)).toList();
    }
}
