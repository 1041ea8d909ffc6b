package io.odigos.community.mentorship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scoring rule README states, on fixtures whose right answer is worked out by hand. */
class MentorScoreTest {

    static final Instant JANUARY = Instant.parse("2026-01-15T12:00:00Z"); // no daylight saving anywhere below
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant JOINED = Instant.parse("2025-06-01T00:00:00Z");

    static MentorScore.Candidate mentor(String id, Set<String> areas, String zone, int free) {
        return new MentorScore.Candidate(id, areas, ZoneId.of(zone), free, JOINED);
    }

    @Test
    void theAreaCountsMostThenTheClockThenFreePlaces() {
        // London: 10 + 0.5 × (12 − 1) + 1 = 16.5; Kolkata: 10 + 0.5 × (12 − 4.5) + 2 = 15.75;
        // Los Angeles: 10 + 0.5 × (12 − 9) + 1 = 12.5; Berlin without eBPF: 0 + 0.5 × 12 + 5 = 11
        var london = mentor("ULONDON", Set.of("eBPF"), "Europe/London", 1);
        var kolkata = mentor("UKOLKATA", Set.of("eBPF", "UI"), "Asia/Kolkata", 2);
        var losAngeles = mentor("ULA", Set.of("eBPF"), "America/Los_Angeles", 1);
        var berlinDocs = mentor("UDOCS", Set.of("Docs"), "Europe/Berlin", 5);

        assertEquals(16.5, MentorScore.score(london, "eBPF", BERLIN, JANUARY));
        assertEquals(15.75, MentorScore.score(kolkata, "eBPF", BERLIN, JANUARY));
        assertEquals(12.5, MentorScore.score(losAngeles, "eBPF", BERLIN, JANUARY));
        assertEquals(11.0, MentorScore.score(berlinDocs, "eBPF", BERLIN, JANUARY));
        assertEquals(List.of("ULONDON", "UKOLKATA", "ULA", "UDOCS"),
                MentorScore.ranked(List.of(berlinDocs, losAngeles, kolkata, london), "eBPF", BERLIN, JANUARY).stream()
                        .map(MentorScore.Candidate::memberId).toList());
    }

    @Test
    void hoursApartGoTheShortWayRoundTheClock() {
        assertEquals(0, MentorScore.hoursApart(BERLIN, ZoneId.of("Europe/Paris"), JANUARY));
        // Auckland is UTC+13 in January, Los Angeles UTC−8: 21 hours one way, 3 the other
        assertEquals(3, MentorScore.hoursApart(ZoneId.of("Pacific/Auckland"), ZoneId.of("America/Los_Angeles"), JANUARY));
        assertEquals(12, MentorScore.hoursApart(ZoneId.of("UTC"), ZoneId.of("Etc/GMT-12"), JANUARY));
    }

    @Test
    void equalScoresGoToTheMentorWhoJoinedFirst() {
        var later = new MentorScore.Candidate("UAAA", Set.of("UI"), BERLIN, 1, JOINED.plusSeconds(60));
        var earlier = new MentorScore.Candidate("UZZZ", Set.of("UI"), BERLIN, 1, JOINED);
        assertEquals("UZZZ", MentorScore.ranked(List.of(later, earlier), "UI", BERLIN, JANUARY).get(0).memberId());
    }
}
