package io.odigos.community.metrics;

import io.odigos.community.core.CommunityFacts;
import io.odigos.community.core.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Of the contributors whose first contribution fell in a quarter (UTC), the share who contributed again, at a later
 * moment, within 90 days of that first one. Reported for the latest quarter whose follow-up has fully closed: every
 * member of it has had their 90 days. Beside it, the same share among the mentored (a mentorship of theirs started
 * before their 90 days ended) and among the others, so the programme sees whether mentoring works.
 */
public final class NewContributorRetention implements MetricSource {

    static final Duration FOLLOW_UP = Duration.ofDays(90);

    private final MetricsStore store;

    public NewContributorRetention(Database database) {
        this.store = new MetricsStore(database);
    }

    @Override
    public Metric metric() {
        return Metric.NEW_CONTRIBUTOR_RETENTION;
    }

    @Override
    public Reading read(Instant now) {
        ZonedDateTime start = reportedQuarterStart(now);
        ZonedDateTime end = start.plusMonths(3);
        String window = "first contributions in " + quarterName(start) + ", followed up for 90 days";
        MetricsStore.Cohort cohort = store.firstContributors(start.toInstant(), end.toInstant(), FOLLOW_UP.toDays(),
                CommunityFacts.MENTORSHIP_MENTEE);
        if (cohort.size() == 0) {
            return Reading.unavailable(window, "nobody made a first contribution in " + quarterName(start));
        }
        return Reading.of(100.0 * cohort.retained() / cohort.size(), window, List.of(
                share("mentored", cohort.mentored()), share("not mentored", cohort.notMentored())));
    }

    private static Reading.Share share(String label, MetricsStore.Group group) {
        return new Reading.Share(label, group.retained(), group.size());
    }

    /** The latest calendar quarter (UTC) that ended at least 90 days before now. */
    static ZonedDateTime reportedQuarterStart(Instant now) {
        ZonedDateTime today = now.atZone(ZoneOffset.UTC);
        ZonedDateTime quarter = today.withMonth(today.getMonth().firstMonthOfQuarter().getValue()).withDayOfMonth(1)
                .truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        do {
            quarter = quarter.minusMonths(3);
        } while (quarter.plusMonths(3).toInstant().plus(FOLLOW_UP).isAfter(now));
        return quarter;
    }

    static String quarterName(ZonedDateTime quarterStart) {
        return "Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1) + " " + quarterStart.getYear();
    }
}
