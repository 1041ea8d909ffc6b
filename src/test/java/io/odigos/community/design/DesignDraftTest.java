package io.odigos.community.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The opening form's rules without Slack: windows, questions and links. */
class DesignDraftTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    DesignDraft draft(String link, String questions, Integer days, LocalDate closesOn) {
        return new DesignDraft(DesignKind.DOCUMENT, "Title", link, "Summary", questions, days, closesOn, TOKYO);
    }

    @Test
    void aPickedDayClosesAtItsEndInTheMembersZone() {
        DesignDraft draft = draft("https://example.com/doc.md", "Q?", 14, LocalDate.parse("2026-03-10"));
        assertEquals(Instant.parse("2026-03-10T15:00:00Z"), draft.closesAt(NOW), "midnight in Tokyo, not UTC");
        assertTrue(draft.problems(NOW).isEmpty(), draft.problems(NOW).toString());
        assertEquals(NOW.plus(Duration.ofDays(14)), draft("https://example.com", "Q?", null, null).closesAt(NOW));
    }

    @Test
    void aWindowMustLeaveTheFinalCommentPeriodAndNotRunPastSixtyDays() {
        assertTrue(draft("https://x.org", "Q?", null, LocalDate.parse("2026-03-03")).problems(NOW)
                .get(DesignDraft.CLOSES_ON).contains("at least 3 days"));
        assertTrue(draft("https://x.org", "Q?", null, LocalDate.parse("2026-06-01")).problems(NOW)
                .get(DesignDraft.CLOSES_ON).contains("60"));
        assertTrue(draft("https://x.org", "Q?", 2, null).problems(NOW).containsKey(DesignDraft.WINDOW_DAYS));
    }

    @Test
    void aThreeDayWindowIsAllFinalCommentPeriod() {
        DesignDocument shortest = new DesignDocument(DesignKind.DOCUMENT, "U1", "T", null, "S", NOW,
                NOW.plus(Duration.ofDays(3)));
        assertNull(shortest.remindAt());
        DesignDocument usual = new DesignDocument(DesignKind.DOCUMENT, "U1", "T", null, "S", NOW,
                NOW.plus(Duration.ofDays(14)));
        assertEquals(NOW.plus(Duration.ofDays(11)), usual.remindAt());
    }

    @Test
    void questionsAreOneALineAndLinksAreWebAddressesWithoutSlackMarkup() {
        assertEquals(List.of("One?", "Two?"), draft("https://x.org", "One?\n\n  Two?  \n", null, null).questions());
        for (String bad : List.of("ftp://x.org/a", "https://x.org|click", "x.org", "https://")) {
            assertTrue(draft(bad, "Q?", null, null).problems(NOW).containsKey(DesignDraft.LINK), bad);
        }
        assertEquals("GitHub pull request", DesignDraft.linkKind("https://github.com/odigos-io/odigos/pull/1"));
        assertEquals("Google Doc", DesignDraft.linkKind("https://docs.google.com/document/d/x/edit"));
        assertEquals("Markdown", DesignDraft.linkKind("https://github.com/o/r/blob/main/docs/design.md"));
    }
}
