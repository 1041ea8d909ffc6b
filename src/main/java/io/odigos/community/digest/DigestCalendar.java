package io.odigos.community.digest;

import io.odigos.community.core.DigestSchedule;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestPeriod.Edition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * When each edition is issued and what it covers. The update is issued every second {@code weekday} at
 * {@code time}, counted from the first such weekday of 2026, and covers the two weeks before; the newsletter is issued
 * on {@code newsletterDay} of each month and covers the calendar month before. Dates are in the configured zone, so
 * an issue keeps its local time across daylight-saving changes.
 */
final class DigestCalendar {

    static final int UPDATE_WEEKS = 2;
    private static final LocalDate CADENCE_START = LocalDate.of(2026, 1, 1);

    private final DigestSchedule schedule;
    private final LocalDate firstUpdate;

    DigestCalendar(DigestSchedule schedule) {
        this.schedule = schedule;
        this.firstUpdate = CADENCE_START.with(TemporalAdjusters.nextOrSame(schedule.weekday()));
    }

    DigestSchedule schedule() {
        return schedule;
    }

    /** The first issue strictly after the moment. */
    Instant nextIssueAfter(Edition edition, Instant moment) {
        Instant latest = latestIssueAtOrBefore(edition, moment);
        return issue(edition, latest == null ? firstIssueDate(edition) : nextDate(edition, localDate(latest)));
    }

    /** Issues in (after, upTo], oldest first. */
    List<Instant> issuesBetween(Edition edition, Instant after, Instant upTo) {
        List<Instant> issues = new ArrayList<>();
        for (Instant i = nextIssueAfter(edition, after); !i.isAfter(upTo); i = nextIssueAfter(edition, i)) {
            issues.add(i);
        }
        return issues;
    }

    /** The window an issue covers and the key that names it ("2026-11-23" for an update, "2026-10" for a newsletter). */
    DigestPeriod period(Edition edition, Instant issue) {
        ZonedDateTime at = issue.atZone(schedule.zone());
        if (edition == Edition.UPDATE) {
            return new DigestPeriod(edition, at.minusWeeks(UPDATE_WEEKS).toInstant(), issue, schedule.zone());
        }
        YearMonth covered = YearMonth.from(at).minusMonths(1);
        return new DigestPeriod(edition, covered.atDay(1).atStartOfDay(schedule.zone()).toInstant(),
                covered.plusMonths(1).atDay(1).atStartOfDay(schedule.zone()).toInstant(), schedule.zone());
    }

    String key(Edition edition, Instant issue) {
        LocalDate date = localDate(issue);
        return edition == Edition.UPDATE ? date.toString() : YearMonth.from(date).minusMonths(1).toString();
    }

    private Instant latestIssueAtOrBefore(Edition edition, Instant moment) {
        LocalDate day = localDate(moment);
        LocalDate candidate;
        if (edition == Edition.UPDATE) {
            long weeks = ChronoUnit.WEEKS.between(firstUpdate, day);
            if (day.isBefore(firstUpdate)) {
                return null;
            }
            candidate = firstUpdate.plusWeeks(weeks - weeks % UPDATE_WEEKS);
        } else {
            candidate = day.withDayOfMonth(schedule.newsletterDay());
            if (candidate.isAfter(day)) {
                candidate = candidate.minusMonths(1);
            }
        }
        if (issue(edition, candidate).isAfter(moment)) {
            candidate = previousDate(edition, candidate);
        }
        return candidate.isBefore(firstIssueDate(edition)) ? null : issue(edition, candidate);
    }

    private LocalDate firstIssueDate(Edition edition) {
        return edition == Edition.UPDATE ? firstUpdate : CADENCE_START.withDayOfMonth(schedule.newsletterDay());
    }

    private static LocalDate nextDate(Edition edition, LocalDate date) {
        return edition == Edition.UPDATE ? date.plusWeeks(UPDATE_WEEKS) : date.plusMonths(1);
    }

    private static LocalDate previousDate(Edition edition, LocalDate date) {
        return edition == Edition.UPDATE ? date.minusWeeks(UPDATE_WEEKS) : date.minusMonths(1);
    }

    private Instant issue(Edition edition, LocalDate date) {
        return date.atTime(schedule.time()).atZone(schedule.zone()).toInstant();
    }

    private LocalDate localDate(Instant moment) {
        return moment.atZone(schedule.zone()).toLocalDate();
    }
}
