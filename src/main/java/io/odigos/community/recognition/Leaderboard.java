package io.odigos.community.recognition;

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

    private final RecognitionStore store;
    private final RecognitionConfig config;

    Leaderboard(RecognitionStore store, RecognitionConfig config) {
        this.store = store;
        this.config = config;
    }

    public List<Entry> between(Instant from, Instant to) {
        Map<String, Entry> byMember = new HashMap<>();
        for (RecognitionStore.KindTally tally : store.tallies(from, to)) {
            Entry kind = new Entry(tally.memberId(), tally.count() * config.pointsFor(tally.kind()), 1, tally.first());
            byMember.merge(tally.memberId(), kind, (a, b) -> new Entry(a.memberId(), a.points() + b.points(),
                    a.kinds() + b.kinds(), a.first().isBefore(b.first()) ? a.first() : b.first()));
        }
        List<Entry> entries = new ArrayList<>(byMember.values());
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
