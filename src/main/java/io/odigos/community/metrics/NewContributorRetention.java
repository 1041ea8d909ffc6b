package io.odigos.community.metrics;

import io.odigos.community.core.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Of the contributors whose first contribution fell in a quarter (UTC), the share who contributed again, at a later
 * moment, within 90 days of that first one. Reported for the latest quarter whose follow-up has fully closed: every
 * member of it has had their 90 days.
 */
public final class NewContributorRetention implements MetricSource {

    static final Duration FOLLOW_UP = Duration.ofDays(90);

    /**
     * One pass over the ledger: each contributor's distinct contribution times in order; the first is their start,
     * lead() gives the next later one. Window functions and INTERVAL 'n' DAY run on H2 and PostgreSQL alike.
     */
    private static final String COHORT = "select count(*), coalesce(sum(case when next_at <= first_at + interval '"
            + FOLLOW_UP.toDays() + "' day then 1 else 0 end), 0) from ("
            + "select occurred_at as first_at,"
            + " lead(occurred_at) over (partition by who order by occurred_at) as next_at,"
            + " row_number() over (partition by who order by occurred_at) as n from ("
            + "select distinct " + Contributors.WHO + " as who, occurred_at from contributions where "
            + Contributors.IDENTIFIED + ") as times) as firsts where n = 1 and first_at >= ?1 and first_at < ?2";

    private final Database database;

    public NewContributorRetention(Database database) {
        this.database = database;
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
        Object[] row = database.inTransaction(em -> (Object[]) em.createNativeQuery(COHORT)
                .setParameter(1, start.toInstant()).setParameter(2, end.toInstant()).getSingleResult());
        long cohort = ((Number) row[0]).longValue();
        long retained = ((Number) row[1]).longValue();
        if (cohort == 0) {
            return Reading.unavailable(window, "nobody made a first contribution in " + quarterName(start));
        }
        return Reading.of(100.0 * retained / cohort, window);
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
