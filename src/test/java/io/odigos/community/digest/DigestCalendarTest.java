package io.odigos.community.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.odigos.community.core.DigestSchedule;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestPeriod.Edition;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestCalendarTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final DigestCalendar calendar = new DigestCalendar(new DigestSchedule(DayOfWeek.MONDAY, LocalTime.of(9, 0), BERLIN,
            3, Duration.ofHours(24)));

    static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    @Test
    void updatesComeEverySecondMondayAtNineLocalTimeAcrossDaylightSaving() {
        // the cadence starts on the first Monday of 2026, 5 January; summer time begins on 29 March
        List<Instant> issues = calendar.issuesBetween(Edition.UPDATE, berlin("2026-03-01T00:00"),
                berlin("2026-04-15T00:00"));
        assertEquals(List.of(berlin("2026-03-02T09:00"), berlin("2026-03-16T09:00"), berlin("2026-03-30T09:00"),
                berlin("2026-04-13T09:00")), issues);
        assertEquals(berlin("2026-03-16T09:00"), calendar.nextIssueAfter(Edition.UPDATE, berlin("2026-03-02T09:00")),
                "an issue moment itself is not 'after'");
        assertEquals(berlin("2026-03-02T09:00"), calendar.nextIssueAfter(Edition.UPDATE, berlin("2026-03-02T08:59")));
    }

    @Test
    void anUpdateCoversTheTwoWeeksBeforeItAndPeriodsMeetWithoutGapOrOverlap() {
        DigestPeriod first = calendar.period(Edition.UPDATE, berlin("2026-03-16T09:00"));
        DigestPeriod second = calendar.period(Edition.UPDATE, berlin("2026-03-30T09:00"));
        assertEquals(berlin("2026-03-02T09:00"), first.from());
        assertEquals(first.to(), second.from());
        assertEquals(Duration.ofDays(14).minusHours(1), Duration.between(second.from(), second.to()),
                "the fortnight with the clock change is an hour shorter, in local time still Monday 9:00 to 9:00");
        assertEquals("2026-03-30", calendar.key(Edition.UPDATE, berlin("2026-03-30T09:00")));
    }

    @Test
    void theNewsletterComesOnTheThirdAndCoversTheCalendarMonthBefore() {
        assertEquals(List.of(berlin("2026-12-03T09:00"), berlin("2027-01-03T09:00"), berlin("2027-02-03T09:00")),
                calendar.issuesBetween(Edition.NEWSLETTER, berlin("2026-11-30T00:00"), berlin("2027-02-28T00:00")));
        Instant february = berlin("2027-02-03T09:00");
        DigestPeriod january = calendar.period(Edition.NEWSLETTER, february);
        assertEquals(berlin("2027-01-01T00:00"), january.from());
        assertEquals(berlin("2027-02-01T00:00"), january.to());
        assertEquals("2027-01", calendar.key(Edition.NEWSLETTER, february));
        assertEquals(berlin("2027-03-03T09:00"), calendar.nextIssueAfter(Edition.NEWSLETTER, february));
    }
}
