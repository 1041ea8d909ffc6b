package io.odigos.community.bench;

import io.odigos.community.feedback.FeedbackService;
import io.odigos.community.feedback.FeedbackViews;
import io.odigos.community.feedback.ItemSummary;
import io.odigos.community.feedback.Listing;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static io.odigos.community.bench.Bench.dirSize;
import static io.odigos.community.bench.Bench.freshDirectory;
import static io.odigos.community.bench.Bench.h2Database;
import static io.odigos.community.bench.Bench.runProgram;
import static io.odigos.community.bench.Bench.ms;
import static io.odigos.community.bench.Bench.say;
import static io.odigos.community.bench.Bench.timeLoop;
import static io.odigos.community.bench.ResultTable.fmt;
import static io.odigos.community.bench.ResultTable.fmtMs;
import static io.odigos.community.bench.ResultTable.ratio;
import static io.odigos.community.bench.ResultTable.verdict;

/**
 * Performance benchmark of the feedback feature (a program, not a test: Surefire never runs it). See
 * docs/BENCHMARKS.md for the command and what each figure means. In one run it
 * <ol>
 *   <li>starts the whole bot (TestBot: HTTP mode, emulator) on a fresh H2 file database in target/bench,</li>
 *   <li>seeds 100,000 feedback items and 1,000,000 Zipf-skewed votes with JDBC batches,</li>
 *   <li>times the top-requests listing and the App Home build in-process,</li>
 *   <li>drives signed vote clicks at /slack/events from 64 client threads, in rounds that alternate with the
 *       same load on a bare Bolt app served the same way (the baseline), and checks vote_count afterwards,</li>
 *   <li>closes the bot and times cold starts of the bot (on the migrated database) and of the baseline, each
 *       in a fresh JVM,</li>
 * </ol>
 * and prints a table of figures, baselines, targets, pass/fail and how much CPU other processes took meanwhile
 * (also written to target/bench/results.md). Every loop is bounded; all traffic is on 127.0.0.1.
 */
public final class FeedbackBenchmark {

    static final int ITEMS = 100_000;
    static final int VOTES = 1_000_000;
    static final int MEMBERS = 100_000;
    static final int LIST_CALLS = 2_000;
    static final int HOME_CALLS = 2_000;
    static final int WARMUP_CALLS = 300;
    /** Cap on the wall time of each in-process timing loop, so a slow build cannot run for ever. */
    static final long LOOP_CAP_NANOS = TimeUnit.SECONDS.toNanos(90);
    static final int CLIENT_THREADS = 64;
    static final int HTTP_ROUNDS = 3;
    static final double HTTP_WARMUP_S = 30;
    static final double HTTP_REWARM_S = 3;
    static final double HTTP_MEASURE_S = 15;
    static final int STARTUP_RUNS = 5;

    private final ResultTable table = new ResultTable();

    public static void main(String[] args) throws Exception {
        runProgram(new FeedbackBenchmark()::run);
    }

    void run() throws Exception {
        Path dir = Paths.get("target", "bench").toAbsolutePath();
        freshDirectory(dir);
        String dbUrl = h2Database(dir);

        long t = System.nanoTime();
        MachineLoad m = MachineLoad.now();
        TestBot t0 = TestBot.start(dbUrl, java.util.Map.of());
        double firstStartMs = ms(System.nanoTime() - t);
        double firstStartOthers = MachineLoad.now().othersSince(m, 0);
        say("First start (empty database, migrations applied, warm JVM not yet): %.0f ms", firstStartMs);
        try (TestBot tb = t0) {
            DataSource ds = tb.bot.platform().database().dataSource();
            Seeder seeder = new Seeder(ITEMS, VOTES, MEMBERS, tb.clock.instant(), 42);
            t = System.nanoTime();
            seeder.seed(ds);
            try (var c = ds.getConnection(); var st = c.createStatement()) {
                st.execute("analyze"); // the statistics H2's own auto-analyze converges to, taken now for repeatability
            }
            long[] check = Seeder.consistency(ds);
            say("Seeded %,d items and %,d votes in %.1f s (most votes on one item: %,d; votable items: %,d); "
                            + "sum(vote_count) = %,d, items with a wrong count: %d", ITEMS, check[0],
                    (System.nanoTime() - t) / 1e9, seeder.maxVotesOnOneItem, seeder.votable.size(), check[1], check[2]);
            if (check[0] != VOTES || check[1] != VOTES || check[2] != 0) {
                throw new IllegalStateException("seeding is inconsistent: " + Arrays.toString(check));
            }
            say("Database file after seeding: %,d MiB", dirSize(dir) >> 20);

            FeedbackService service = tb.bot.features().feedback().service();
            List<ItemSummary> top = service.list(Listing.TOP, Seeder.member(1), null, 10);
            say("Top requests now: %s", top.stream().map(i -> "#" + i.id() + "=" + i.voteCount()).toList());

            SplittableRandom random = new SplittableRandom(7);
            checkQueries(service, ds, random);
            MachineLoad m0 = MachineLoad.now();
            long[] list = timeLoop("top-requests listing", WARMUP_CALLS, LIST_CALLS, LOOP_CAP_NANOS, i ->
                    service.list(Listing.TOP, Seeder.member(random.nextInt(MEMBERS)), null, 10));
            table.latencyRows("Top-requests listing", list, 100, MachineLoad.now().othersSince(m0, 0));

            MachineLoad m1 = MachineLoad.now();
            long[] home = timeLoop("App Home build", WARMUP_CALLS, HOME_CALLS, LOOP_CAP_NANOS, i ->
                    tb.bot.platform().home().build(Seeder.member(random.nextInt(MEMBERS))));
            table.latencyRows("App Home tab build", home, 100, MachineLoad.now().othersSince(m1, 0));

            votes(tb, seeder);
        }

        startups(dbUrl, firstStartMs, firstStartOthers);
        table.print(dir.resolve("results.md"));
    }

    /**
     * The service's "mine" listing and "which did I vote for" answer the same as the plain SQL they stand for, on
     * this data, for a few members (the plain SQL is the slow form, so only a few).
     */
    private static void checkQueries(FeedbackService service, DataSource ds, SplittableRandom random)
            throws java.sql.SQLException {
        int members = 20;
        try (var c = ds.getConnection();
             var mine = c.prepareStatement("select id from feedback_items where hidden = false and merged_into_id "
                     + "is null and (author_id = ? or id in (select item_id from feedback_votes where member_id = ?)) "
                     + "order by created_at desc fetch first 5 rows only");
             var voted = c.prepareStatement("select item_id from feedback_votes where member_id = ?")) {
            for (int i = 0; i < members; i++) {
                String m = Seeder.member(random.nextInt(MEMBERS));
                List<Long> expectedMine = new ArrayList<>();
                mine.setString(1, m);
                mine.setString(2, m);
                try (var rs = mine.executeQuery()) {
                    while (rs.next()) {
                        expectedMine.add(rs.getLong(1));
                    }
                }
                List<Long> gotMine = service.list(Listing.MINE, m, null, 5).stream().map(ItemSummary::id).toList();
                List<Long> ids = new ArrayList<>(gotMine);
                service.list(Listing.TOP, m, null, 10).forEach(s -> ids.add(s.id()));
                java.util.Set<Long> expectedVoted = new java.util.HashSet<>();
                voted.setString(1, m);
                try (var rs = voted.executeQuery()) {
                    while (rs.next()) {
                        if (ids.contains(rs.getLong(1))) {
                            expectedVoted.add(rs.getLong(1));
                        }
                    }
                }
                java.util.Set<Long> gotVoted = service.votedBy(m, ids);
                if (!gotMine.equals(expectedMine) || !gotVoted.equals(expectedVoted)) {
                    throw new IllegalStateException("query results differ for " + m + ": mine " + gotMine + " vs "
                            + expectedMine + ", voted " + gotVoted + " vs " + expectedVoted);
                }
            }
        }
        say("Checked for %d members: the 'mine' listing and votedBy answer what the plain SQL answers", members);
    }

    private void votes(TestBot tb, Seeder seeder) throws Exception {
        List<Long> votable = seeder.votable;
        VoteLoad.Clicks clicks = VoteLoad.newVotes(seeder);
        HttpResponse<String> probe = tb.signed.interaction(Payloads.clickInMessage("UPROBE", TestBot.CHANNEL,
                "1700000000.000100", FeedbackViews.VOTE, Long.toString(votable.get(0))));
        say("Sanity: one signed vote click through HttpClient answered %d '%s'", probe.statusCode(), probe.body());

        // Baseline and bot run in alternating rounds in the same JVM, so neither gets all of the JIT warm-up or
        // a quieter machine: round 1 warms each for longer, later rounds only re-open their connections.
        DataSource ds = tb.bot.platform().database().dataSource();
        long before = Seeder.consistency(ds)[0];
        List<VoteLoad.Result> baseRuns = new ArrayList<>();
        List<VoteLoad.Result> sharedRuns = new ArrayList<>();
        List<VoteLoad.Result> botRuns = new ArrayList<>();
        double baseOthers = 0;
        double botOthers = 0;
        try (BareBolt bare = BareBolt.start(tb.slack.apiUrl(), false);
             BareBolt shared = BareBolt.start(tb.slack.apiUrl(), true)) {
            VoteLoad baseLoad = new VoteLoad("baseline", bare.port());
            VoteLoad sharedLoad = new VoteLoad("bolt+shared-gson", shared.port());
            VoteLoad botLoad = new VoteLoad("bot", tb.bot.port());
            for (int round = 0; round < HTTP_ROUNDS; round++) {
                double warmup = round == 0 ? HTTP_WARMUP_S : HTTP_REWARM_S;
                MachineLoad m = MachineLoad.now();
                baseRuns.add(baseLoad.run(CLIENT_THREADS, warmup, HTTP_MEASURE_S, clicks, 11 + round));
                baseOthers += MachineLoad.now().othersSince(m, 0) / HTTP_ROUNDS;
                VoteLoad.describe(baseRuns.get(round)).forEach(line -> System.out.println("[bench] " + line));
                sharedRuns.add(sharedLoad.run(CLIENT_THREADS, warmup, HTTP_MEASURE_S, clicks, 31 + round));
                VoteLoad.describe(sharedRuns.get(round)).forEach(line -> System.out.println("[bench] " + line));
                m = MachineLoad.now();
                botRuns.add(botLoad.run(CLIENT_THREADS, warmup, HTTP_MEASURE_S, clicks, 21 + round));
                botOthers += MachineLoad.now().othersSince(m, 0) / HTTP_ROUNDS;
                VoteLoad.describe(botRuns.get(round)).forEach(line -> System.out.println("[bench] " + line));
            }
        }
        VoteLoad.Result base = VoteLoad.Result.merge("baseline, all rounds", baseRuns);
        VoteLoad.Result bot = VoteLoad.Result.merge("bot, all rounds", botRuns);
        VoteLoad.Result sharedParse = VoteLoad.Result.merge("bolt+shared-gson, all rounds", sharedRuns);
        VoteLoad.describe(sharedParse).forEach(line -> System.out.println("[bench] " + line));
        VoteLoad.describe(base).forEach(line -> System.out.println("[bench] " + line));
        VoteLoad.describe(bot).forEach(line -> System.out.println("[bench] " + line));
        long[] after = Seeder.consistency(ds);
        say("The bot acknowledged %,d vote clicks in all (warm-up too) and the votes table grew by %,d (the "
                        + "difference: clicks on an item the member had already voted for); sum(vote_count) = %,d, "
                        + "votes = %,d, items with a wrong count: %d", bot.allOk(), after[0] - before, after[1], after[0],
                after[2]);
        if (after[0] != after[1] || after[2] != 0) {
            say("WARNING: vote_count does not match the votes table after the load");
        }

        double botRate = bot.perSecond();
        double baseRate = base.perSecond();
        String load = MachineLoad.percent(botOthers) + " / " + MachineLoad.percent(baseOthers);
        table.add(new ResultTable.Row("Votes via signed HTTP (64 threads)", fmt(botRate, "/s"), fmt(baseRate, "/s"),
                ratio(botRate, baseRate), ">= 5,000/s", verdict(botRate >= 5000) + errors(bot), load));
        table.add(new ResultTable.Row("  bare Bolt on the bot's servlet (shared-Gson parse), acks/s", fmt(sharedParse.perSecond(), "/s"),
                fmt(baseRate, "/s"), ratio(sharedParse.perSecond(), baseRate), "-", "info", load));
        double botP50 = VoteLoad.percentileMs(bot.latenciesNanos(), 50);
        double baseP50 = VoteLoad.percentileMs(base.latenciesNanos(), 50);
        table.add(new ResultTable.Row("Vote ack latency p50", fmtMs(botP50), fmtMs(baseP50), ratio(botP50, baseP50), "-", "info",
                load));
        double botP99 = VoteLoad.percentileMs(bot.latenciesNanos(), 99);
        double baseP99 = VoteLoad.percentileMs(base.latenciesNanos(), 99);
        table.add(new ResultTable.Row("Vote ack latency p99", fmtMs(botP99), fmtMs(baseP99), ratio(botP99, baseP99), "< 50 ms",
                verdict(botP99 < 50), load));
    }

    private static String errors(VoteLoad.Result r) {
        return r.errors() == 0 ? "" : " (" + r.errors() + " errors)";
    }

    private void startups(String dbUrl, double firstStartMs, double firstStartOthers) throws Exception {
        Path jar = Paths.get("target", "odigos-community-bot.jar").toAbsolutePath();
        Path archive = Paths.get("target", "odigos-community-bot.jsa").toAbsolutePath();
        if (!java.nio.file.Files.exists(jar) || !java.nio.file.Files.exists(archive)) {
            throw new IllegalStateException("run 'mvn package' first: the start-up figures need " + jar + " and " + archive);
        }
        // as README's run command starts it: the jar first on the class path, its class-data archive mapped in
        List<String> documented = List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=error", "-cp",
                jar + java.io.File.pathSeparator + System.getProperty("java.class.path"));
        List<String> plain = List.of("-cp", System.getProperty("java.class.path"));
        startupRow("Start-up to ready, as run (class-data archive), migrated DB (cold JVM, median of "
                + STARTUP_RUNS + "; best)", "< 3,000 ms", documented, dbUrl);
        startupRow("  the same without the archive (plain java -cp)", "-", plain, dbUrl);
        table.add(new ResultTable.Row("First start on an empty DB (migrations; in-process)", fmtMs(firstStartMs), "-", "-", "-",
                "info", MachineLoad.percent(firstStartOthers)));
    }

    /** Cold starts of the bot and of the baseline, alternating, in fresh JVMs with these options. */
    private void startupRow(String figure, String target, List<String> jvmOptions, String dbUrl) throws Exception {
        long[] bot = new long[STARTUP_RUNS];
        long[] base = new long[STARTUP_RUNS];
        double botOthers = 0;
        double baseOthers = 0;
        for (int i = 0; i < STARTUP_RUNS; i++) { // alternate, so neither always runs on a warmer page cache
            MachineLoad m = MachineLoad.now();
            long[] b = probe("bot", jvmOptions, dbUrl);
            double bo = MachineLoad.now().othersSince(m, b[1] / 1e3);
            m = MachineLoad.now();
            long[] a = probe("baseline", jvmOptions, null);
            double ao = MachineLoad.now().othersSince(m, a[1] / 1e3);
            bot[i] = b[0];
            base[i] = a[0];
            botOthers += bo / STARTUP_RUNS;
            baseOthers += ao / STARTUP_RUNS;
            say("%s, cold start %d: bot %d ms (other processes took %s of the CPU), baseline %d ms (%s)", figure.strip(),
                    i + 1, b[0], MachineLoad.percent(bo), a[0], MachineLoad.percent(ao));
        }
        Arrays.sort(bot);
        Arrays.sort(base);
        double b = bot[STARTUP_RUNS / 2];
        double a = base[STARTUP_RUNS / 2];
        table.add(new ResultTable.Row(figure, fmtMs(b) + " (" + fmtMs(bot[0]) + ")", fmtMs(a) + " (" + fmtMs(base[0]) + ")",
                ratio(b, a), target, target.equals("-") ? "info" : verdict(b < 3000),
                MachineLoad.percent(botOthers) + " / " + MachineLoad.percent(baseOthers)));
    }

    /** Runs StartupProbe in a fresh JVM with this JVM's heap and these options; answers {start-up ms, its CPU ms}. */
    private static long[] probe(String what, List<String> jvmOptions, String dbUrl) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of(StartupProbe.class.getName(), what));
        if (dbUrl != null) {
            cmd.add(dbUrl);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                output.add(line);
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("start-up probe did not finish");
        }
        for (String line : output) {
            if (line.startsWith("STARTUP_MS ")) {
                String[] f = line.split(" ");
                return new long[] {Long.parseLong(f[1]), Long.parseLong(f[7])};
            }
        }
        throw new IllegalStateException("start-up probe of " + what + " failed:\n" + String.join("\n", output));
    }
}
