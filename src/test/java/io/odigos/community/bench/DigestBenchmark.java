package io.odigos.community.bench;

import io.odigos.community.digest.DigestDrafting;
import io.odigos.community.digest.DigestPart;
import io.odigos.community.metrics.MetricValue;
import io.odigos.community.metrics.MetricsService;
import io.odigos.community.slack.DigestPeriod.Edition;
import io.odigos.community.testing.TestBot;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javax.sql.DataSource;

import static io.odigos.community.bench.Bench.dirSize;
import static io.odigos.community.bench.Bench.freshDirectory;
import static io.odigos.community.bench.Bench.h2Database;
import static io.odigos.community.bench.Bench.runProgram;
import static io.odigos.community.bench.Bench.say;
import static io.odigos.community.bench.Bench.timeLoop;

/**
 * Performance benchmark of the bi-weekly update, the newsletter and the success metrics (a program, not a test:
 * Surefire never runs it). See docs/BENCHMARKS.md for the command. In one run it
 * <ol>
 *   <li>starts the whole bot (TestBot) on a fresh H2 file database in target/bench-digest,</li>
 *   <li>seeds 10,000 members' two years: 100,000 feedback items with 1,000,000 votes ({@link Seeder}), and
 *       50,000 contributions, badges, 200 events with registrations and check-ins, spotlights and metric
 *       snapshots ({@link CommunitySeeder}),</li>
 *   <li>times the work of a digest draft (every section of the update and of the newsletter rendered for the
 *       period so far, nothing stored) and the computation of all six metrics, in-process,</li>
 *   <li>times the baseline the same way: a plain {@code select count(*)} of each table they read, on one
 *       connection,</li>
 * </ol>
 * and prints a table of p50/p99 against the baseline and the 1 s target, with how much CPU other processes took
 * meanwhile (also written to target/bench-digest/results.md).
 */
public final class DigestBenchmark {

    static final int MEMBERS = 10_000;
    static final int ITEMS = 100_000;
    static final int VOTES = 1_000_000;
    static final int CONTRIBUTIONS = 50_000;
    static final int BADGES = 3_000;
    static final int PAST_EVENTS = 200;
    static final int WARMUP_CALLS = 20;
    static final int CALLS = 200;
    static final long LOOP_CAP_NANOS = TimeUnit.SECONDS.toNanos(60);
    static final double TARGET_MS = 1_000;
    /** The tables the digest sections and the metrics aggregate over. */
    static final List<String> TABLES = List.of("feedback_items", "feedback_votes", "contributions", "badges_awarded",
            "community_events", "event_attendance");

    private final ResultTable table = new ResultTable();

    public static void main(String[] args) throws Exception {
        runProgram(new DigestBenchmark()::run);
    }

    void run() throws Exception {
        Path dir = Paths.get("target", "bench-digest").toAbsolutePath();
        freshDirectory(dir);
        String dbUrl = h2Database(dir);
        try (TestBot tb = TestBot.start(dbUrl, Map.of())) {
            DataSource ds = tb.bot.platform().database().dataSource();
            seed(tb, ds);
            say("Database file after seeding: %,d MiB", dirSize(dir) >> 20);

            DigestDrafting drafting = tb.bot.features().digest().drafting();
            MetricsService metrics = tb.bot.features().metrics().service();
            for (Edition edition : Edition.values()) {
                say("%s so far has the sections %s", edition, drafting.preview(edition).parts().stream().map(DigestPart::title).toList());
            }
            for (MetricValue m : metrics.current()) {
                say("Metric %s: %s (%s)%s", m.id(), m.value().map(v -> String.format(Locale.ROOT, "%.1f", v))
                        .orElse("unavailable"), m.window(), m.trend().map(t -> ", trend since " + t.since() + ": "
                        + String.format(Locale.ROOT, "%+.1f", t.change())).orElse(""));
            }

            long[] baseline;
            MachineLoad m0 = MachineLoad.now();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                baseline = timeLoop("count(*) of the six tables", WARMUP_CALLS, CALLS, LOOP_CAP_NANOS,
                        i -> countAll(st));
            }
            table.latencyRows("Baseline: select count(*) of each of the 6 tables", baseline, Double.NaN,
                    MachineLoad.now().othersSince(m0, 0));
            time("Bi-weekly update draft (all sections)", baseline, i -> drafting.preview(Edition.UPDATE));
            time("Newsletter draft (all sections, metrics too)", baseline,
                    i -> drafting.preview(Edition.NEWSLETTER));
            time("All six metrics (current())", baseline, i -> metrics.current());
        }
        table.print(dir.resolve("results.md"));
    }

    /** Seeds the two years this benchmark (and the footprint benchmark) runs on; answers the feedback seeder. */
    static Seeder seed(TestBot tb, DataSource ds) throws SQLException {
        long t = System.nanoTime();
        Seeder feedback = new Seeder(ITEMS, VOTES, MEMBERS, tb.clock.instant(), 42);
        feedback.seed(ds);
        CommunitySeeder community = new CommunitySeeder(CONTRIBUTIONS, BADGES, PAST_EVENTS, MEMBERS,
                tb.clock.instant(), 43);
        community.seed(ds);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("analyze"); // the statistics H2's own auto-analyze converges to, taken now for repeatability
        }
        say("Seeded in %.1f s: %d registrations, %d check-ins; rows now: %s", (System.nanoTime() - t) / 1e9,
                community.registrations, community.checkIns, counts(ds));
        return feedback;
    }

    private void time(String figure, long[] baseline, IntConsumer call) {
        MachineLoad m = MachineLoad.now();
        long[] sorted = timeLoop(figure, WARMUP_CALLS, CALLS, LOOP_CAP_NANOS, call);
        table.latencyRows(figure, sorted, baseline, TARGET_MS, MachineLoad.now().othersSince(m, 0));
    }

    /** The baseline's one call: a plain count of each table, as a report of the same data would start. */
    private static void countAll(Statement st) {
        try {
            for (String name : TABLES) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + name)) {
                    rs.next();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String counts(DataSource ds) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String name : TABLES) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + name)) {
                    rs.next();
                    text.append(text.isEmpty() ? "" : ", ").append(name).append(String.format(Locale.ROOT, " %,d",
                            rs.getLong(1)));
                }
            }
        }
        return text.toString();
    }
}
