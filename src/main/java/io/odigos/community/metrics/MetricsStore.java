package io.odigos.community.metrics;

import io.odigos.community.core.Database;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/**
 * Every read and write of metric_snapshots (one row per metric and UTC day, reading null when unavailable), and the
 * metrics' reads of another feature's table: metrics reads across features, so the contributions ledger (owned by
 * recognition) is counted here, by the two aggregate queries below, never written; who was mentored comes from
 * community_facts (core), never from the mentorship tables. The event and feedback metrics read through those
 * features' own services instead. Native SQL throughout, as none of these tables has an entity here; rows become
 * {@link SnapshotPoint}s and numbers before they leave.
 */
final class MetricsStore {

    /**
     * Who a contribution counts for: the Slack member, or the GitHub login while nobody has linked it (a real
     * contributor who has not run {@code /profile github} yet). Linking moves the login's rows to the member, so a
     * person is never counted twice. Logins are case-insensitive on GitHub, hence lower().
     */
    private static final String CONTRIBUTOR = "coalesce(member_id, 'github:' || lower(github_login))";
    private static final String IDENTIFIED = "(member_id is not null or github_login is not null)";

    private static final String ACTIVE = "select count(distinct " + CONTRIBUTOR + ") from contributions where "
            + IDENTIFIED + " and occurred_at >= ?1 and occurred_at < ?2";

    /**
     * One pass over the ledger: each contributor's distinct contribution times in order; the first is their start,
     * lead() gives the next later one. The cohort is then grouped by whether a mentorship.mentee fact about the
     * contributor dates from before the end of their follow-up (a pair started by then). Window functions, EXISTS and
     * INTERVAL 'n' DAY run on H2 and PostgreSQL alike. Parameters: cohort start and end, the fact type.
     */
    private static final String COHORT = "select mentored, count(*), coalesce(sum(case when next_at <= first_at "
            + "+ interval '%1$d' day then 1 else 0 end), 0) from ("
            + "select first_at, next_at, case when exists (select 1 from community_facts f where f.fact_type = ?3 "
            + "and f.member_id = firsts.who and f.occurred_at < firsts.first_at + interval '%1$d' day) "
            + "then 1 else 0 end as mentored from ("
            + "select who, occurred_at as first_at,"
            + " lead(occurred_at) over (partition by who order by occurred_at) as next_at,"
            + " row_number() over (partition by who order by occurred_at) as n from ("
            + "select distinct " + CONTRIBUTOR + " as who, occurred_at from contributions where "
            + IDENTIFIED + ") as times) as firsts where n = 1 and first_at >= ?1 and first_at < ?2) as cohort "
            + "group by mentored";

    /** Contributors who started in a window and how many of them came back in time. */
    record Group(long size, long retained) {
        static final Group EMPTY = new Group(0, 0);
    }

    /** The contributors whose first contribution fell in a window, split by whether they were mentored. */
    record Cohort(Group mentored, Group notMentored) {
        long size() {
            return mentored.size() + notMentored.size();
        }

        long retained() {
            return mentored.retained() + notMentored.retained();
        }
    }

    private final Database database;

    MetricsStore(Database database) {
        this.database = database;
    }

    // ---- metric_snapshots -----------------------------------------------------------------------------------------

    /** Writes the day's readings; a second run the same day overwrites them, it never adds rows. */
    void record(LocalDate day, Map<Metric, Optional<Double>> readings, Instant takenAt) {
        database.runInTransaction(em -> readings.forEach((metric, reading) -> {
            Double value = reading.orElse(null);
            // typed binding: an untyped null would not tell PostgreSQL the column's type
            int updated = em.createNativeQuery("update metric_snapshots set reading = ?1, taken_at = ?2 "
                            + "where metric_id = ?3 and taken_on = ?4").unwrap(NativeQuery.class)
                    .setParameter(1, value, Double.class).setParameter(2, takenAt).setParameter(3, metric.id())
                    .setParameter(4, day)
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into metric_snapshots (metric_id, taken_on, reading, taken_at) "
                                + "values (?1, ?2, ?3, ?4)").unwrap(NativeQuery.class)
                        .setParameter(1, metric.id()).setParameter(2, day).setParameter(3, value, Double.class)
                        .setParameter(4, takenAt).executeUpdate();
            }
        }));
    }

    /**
     * For each metric, the reading to compare today's with: the latest snapshot on or before {@code cutoff}, or,
     * while the history is shorter than that, the earliest snapshot before {@code today}.
     */
    Map<Metric, SnapshotPoint> comparisonPoints(LocalDate cutoff, LocalDate today) {
        return database.inTransaction(em -> {
            Map<Metric, SnapshotPoint> points = pointsAt(em, "max", "taken_on <= ?1", cutoff);
            pointsAt(em, "min", "taken_on < ?1", today).forEach(points::putIfAbsent);
            return points;
        });
    }

    /** Each metric's snapshot on the day chosen by {@code pick} (max or min) among its rows matching the condition. */
    private static Map<Metric, SnapshotPoint> pointsAt(EntityManager em, String pick, String condition,
                                                       LocalDate bound) {
        List<?> rows = em.createNativeQuery("select s.metric_id, s.taken_on, s.reading from metric_snapshots s join ("
                        + "select metric_id, " + pick + "(taken_on) as chosen from metric_snapshots "
                        + "where reading is not null and " + condition + " group by metric_id) c on c.metric_id = s.metric_id "
                        + "and c.chosen = s.taken_on")
                .setParameter(1, bound).getResultList();
        Map<Metric, SnapshotPoint> points = new EnumMap<>(Metric.class);
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Metric.byId((String) columns[0]).ifPresent(m -> points.put(m, point(columns)));
        }
        return points;
    }

    /** Every available reading since {@code from}, oldest first, by metric. */
    Map<Metric, List<SnapshotPoint>> since(LocalDate from) {
        List<?> rows = database.inTransaction(em -> em.createNativeQuery("select metric_id, taken_on, reading "
                        + "from metric_snapshots where taken_on >= ?1 and reading is not null order by taken_on")
                .setParameter(1, from).getResultList());
        Map<Metric, List<SnapshotPoint>> history = new EnumMap<>(Metric.class);
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Metric.byId((String) columns[0]).ifPresent(m -> history.computeIfAbsent(m, k -> new ArrayList<>())
                    .add(point(columns)));
        }
        return history;
    }

    /** A (metric_id, taken_on, reading) row's day and reading. */
    private static SnapshotPoint point(Object[] columns) {
        LocalDate day = columns[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) columns[1];
        return new SnapshotPoint(day, ((Number) columns[2]).doubleValue());
    }

    // ---- contributions (recognition's ledger, read only) ----------------------------------------------------------

    /** Distinct identified contributors with a contribution in [from, to). */
    long activeContributors(Instant from, Instant to) {
        return database.inTransaction(em -> ((Number) em.createNativeQuery(ACTIVE)
                .setParameter(1, from).setParameter(2, to).getSingleResult()).longValue());
    }

    /**
     * The contributors whose first contribution fell in [from, to), and how many of them contributed again, at a
     * later moment, within {@code followUpDays} of that first one; split by whether a fact of {@code mentoredFact}
     * about them dates from before those days ended.
     */
    Cohort firstContributors(Instant from, Instant to, long followUpDays, String mentoredFact) {
        List<?> rows = database.inTransaction(em -> em.createNativeQuery(COHORT.formatted(followUpDays))
                .setParameter(1, from).setParameter(2, to).setParameter(3, mentoredFact).getResultList());
        Group mentored = Group.EMPTY;
        Group notMentored = Group.EMPTY;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Group group = new Group(((Number) columns[1]).longValue(), ((Number) columns[2]).longValue());
            if (((Number) columns[0]).intValue() == 1) {
                mentored = group;
            } else {
                notMentored = group;
            }
        }
        return new Cohort(mentored, notMentored);
    }
}
