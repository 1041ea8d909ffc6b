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

/** The daily readings in {@code metric_snapshots}: one row per metric and UTC day, null when unavailable. */
final class MetricSnapshots {

    /** A metric's reading on one day. */
    record Point(LocalDate day, double reading) {
    }

    private final Database database;

    MetricSnapshots(Database database) {
        this.database = database;
    }

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
    Map<Metric, Point> comparisonPoints(LocalDate cutoff, LocalDate today) {
        return database.inTransaction(em -> {
            Map<Metric, Point> points = pointsAt(em, "max", "taken_on <= ?1", cutoff);
            pointsAt(em, "min", "taken_on < ?1", today).forEach(points::putIfAbsent);
            return points;
        });
    }

    /** Each metric's snapshot on the day chosen by {@code pick} (max or min) among its rows matching the condition. */
    private static Map<Metric, Point> pointsAt(EntityManager em, String pick, String condition, LocalDate bound) {
        List<?> rows = em.createNativeQuery("select s.metric_id, s.taken_on, s.reading from metric_snapshots s join ("
                        + "select metric_id, " + pick + "(taken_on) as chosen from metric_snapshots "
                        + "where reading is not null and " + condition + " group by metric_id) c on c.metric_id = s.metric_id "
                        + "and c.chosen = s.taken_on")
                .setParameter(1, bound).getResultList();
        Map<Metric, Point> points = new EnumMap<>(Metric.class);
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            Metric.byId((String) row[0]).ifPresent(m ->
                    points.put(m, new Point(day(row[1]), ((Number) row[2]).doubleValue())));
        }
        return points;
    }

    /** Every available reading since {@code from}, oldest first, by metric. */
    Map<Metric, List<Point>> since(LocalDate from) {
        List<?> rows = database.inTransaction(em -> em.createNativeQuery("select metric_id, taken_on, reading "
                        + "from metric_snapshots where taken_on >= ?1 and reading is not null order by taken_on")
                .setParameter(1, from).getResultList());
        Map<Metric, List<Point>> history = new EnumMap<>(Metric.class);
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            Metric.byId((String) row[0]).ifPresent(m -> history.computeIfAbsent(m, k -> new ArrayList<>())
                    .add(new Point(day(row[1]), ((Number) row[2]).doubleValue())));
        }
        return history;
    }

    private static LocalDate day(Object column) {
        return column instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) column;
    }
}
