package io.odigos.community.recognition;

import io.odigos.community.core.Database;
import io.odigos.community.core.SqlValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points per member from the ledger in a window, with the published tie rule: more points, then more different
 * kinds of contribution, then the earlier first contribution in the window.
 */
public final class Leaderboard {

    public enum Window {
        MONTH("this month"), QUARTER("this quarter"), ALL("all time");

        private final String label;

        Window(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Where the window starts (UTC calendar month or quarter). */
        Instant start(Instant now) {
            LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
            return switch (this) {
                case MONTH -> today.withDayOfMonth(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case QUARTER -> today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1)
                        .atStartOfDay().toInstant(ZoneOffset.UTC);
                case ALL -> Instant.EPOCH;
            };
        }
    }

    public record Entry(String memberId, long points, int kinds, Instant first) {
    }

    private final Database database;
    private final RecognitionConfig config;

    public Leaderboard(Database database, RecognitionConfig config) {
        this.database = database;
        this.config = config;
    }

    public List<Entry> between(Instant from, Instant to) {
        List<?> rows = database.inTransaction(em -> em.createNativeQuery("select member_id, kind, count(*), min(occurred_at) "
                        + "from contributions where member_id is not null and occurred_at >= ?1 and occurred_at < ?2 "
                        + "group by member_id, kind")
                .setParameter(1, from).setParameter(2, to).getResultList());
        Map<String, long[]> totals = new HashMap<>();
        Map<String, Instant> first = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String member = (String) r[0];
            ContributionKind kind = ContributionKind.valueOf((String) r[1]);
            long[] t = totals.computeIfAbsent(member, m -> new long[2]);
            t[0] += ((Number) r[2]).longValue() * config.pointsFor(kind);
            t[1]++;
            Instant at = SqlValues.instant(r[3]);
            first.merge(member, at, (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Entry> entries = new ArrayList<>();
        totals.forEach((m, t) -> entries.add(new Entry(m, t[0], (int) t[1], first.get(m))));
        entries.sort(Comparator.comparingLong(Entry::points).reversed()
                .thenComparing(Comparator.comparingInt(Entry::kinds).reversed())
                .thenComparing(Entry::first).thenComparing(Entry::memberId));
        return entries;
    }

    public List<Entry> top(Window window, Instant now, int limit) {
        List<Entry> all = between(window.start(now), now.plusSeconds(1));
        return all.subList(0, Math.min(limit, all.size()));
    }
}
