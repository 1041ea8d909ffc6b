package io.odigos.community.bench;

import io.odigos.community.local.SlackEmulator;
import io.odigos.community.testing.SignedSlack;
import io.odigos.community.testing.TestBot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static io.odigos.community.bench.Bench.freshDirectory;
import static io.odigos.community.bench.Bench.h2Database;
import static io.odigos.community.bench.Bench.runProgram;
import static io.odigos.community.bench.Bench.say;

/**
 * How much memory the bot needs (a program, not a test: Surefire never runs it). See docs/BENCHMARKS.md,
 * "Footprint", for the command. It seeds the digest benchmark's two years of a 10,000-member community once, trains a
 * class-data archive for the image's class path (as the image workflow does), then for each configuration below
 * starts the bot in a child JVM on a copy of that database, launched as README's run command or as the image
 * launches it, and measures the child's resident memory (/proc/&lt;pid&gt;/status) when ready, after a 64-thread
 * storm of signed vote clicks, and after both digest previews (update and newsletter, over every vote); then asks
 * Native Memory Tracking where the memory went. The first configuration, the JVM's defaults, is the baseline. Tables
 * are printed and written to target/bench-footprint/results.md.
 */
public final class FootprintBenchmark {

    static final int CLIENT_THREADS = 64;
    static final double STORM_WARMUP_S = 5;
    static final double STORM_MEASURE_S = 15;
    static final Duration DIGEST_TIMEOUT = Duration.ofMinutes(5);

    /** One way to run the bot: how the JVM finds it, its options (after the archive and NMT ones) and environment. */
    record Configuration(String name, BotProcess.Launch launch, List<String> options, Map<String, String> environment) {
    }

    /** What one configuration measured, or why it could not be measured ({@code failure}, the rest then null). */
    record Measured(Configuration configuration, String failure, BotProcess.Resident ready,
                    BotProcess.Resident afterStorm, BotProcess.Resident end, long peakThreads, NativeMemory memory,
                    VoteLoad.Result storm, long digestMs) {
    }

    /**
     * The baseline (README's run command with the JVM's defaults), the issue's -Xmx128m, then the image's class path
     * with the container options in steps, each adding to the one before, so each line says what its step buys.
     */
    static List<Configuration> configurations(BotProcess.Launch shaded, BotProcess.Launch image) {
        List<String> small = List.of("-Xmx128m");
        List<String> serial = List.of("-Xmx128m", "-XX:+UseSerialGC");
        List<String> capped = List.of("-Xmx128m", "-XX:+UseSerialGC", "-Xss512k", "-XX:ReservedCodeCacheSize=64m",
                "-XX:MaxMetaspaceSize=128m");
        Map<String, String> arenas = Map.of("MALLOC_ARENA_MAX", "2");
        return List.of(
                new Configuration("shaded jar, JVM defaults (baseline)", shaded, List.of(), Map.of()),
                new Configuration("shaded jar, -Xmx128m", shaded, small, Map.of()),
                new Configuration("image class path, -Xmx128m", image, small, Map.of()),
                new Configuration("+ -XX:+UseSerialGC", image, serial, Map.of()),
                new Configuration("+ MALLOC_ARENA_MAX=2 -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m",
                        image, capped, arenas),
                new Configuration("the same without the class-data archive (-Xshare:off)", image,
                        plus(capped, "-Xshare:off"), arenas),
                new Configuration("the image's JAVA_TOOL_OPTIONS in a 384 MiB pod (-XX:MaxRAM=384m)", image,
                        plus(imageOptions(), "-XX:MaxRAM=384m"), arenas));
    }

    /** The image's JAVA_TOOL_OPTIONS (pom.xml, jib-maven-plugin) and environment, as the benchmark measured them. */
    static List<String> imageOptions() {
        return List.of("-XX:MaxRAMPercentage=40", "-XX:+UseSerialGC", "-Xss512k", "-XX:ReservedCodeCacheSize=64m",
                "-XX:MaxMetaspaceSize=128m", "-XX:+ExitOnOutOfMemoryError");
    }

    private static List<String> plus(List<String> options, String option) {
        List<String> all = new ArrayList<>(options);
        all.add(option);
        return all;
    }

    public static void main(String[] args) throws Exception {
        runProgram(new FootprintBenchmark()::run);
    }

    void run() throws Exception {
        Path dir = Paths.get("target", "bench-footprint").toAbsolutePath();
        freshDirectory(dir);
        Path seeded = dir.resolve("seeded");
        Seeder feedback;
        try (TestBot tb = TestBot.start(h2Database(seeded), Map.of())) {
            feedback = DigestBenchmark.seed(tb, tb.bot.platform().database().dataSource());
        }
        BotProcess.Launch image = BotProcess.Launch.imageLayout(Paths.get("target", "runtime-classpath.txt"),
                dir.resolve("image-class-path.jsa"));
        List<Measured> all = new ArrayList<>();
        try (SlackEmulator slack = SlackEmulator.start(0)) {
            slack.addUser(TestBot.ADMIN, "Ada Admin", "Europe/Berlin", false, false);
            for (Configuration c : configurations(BotProcess.Launch.shadedJar(), image)) {
                Path runDir = dir.resolve("run-" + all.size());
                copy(seeded, runDir);
                all.add(measure(c, slack, runDir, feedback));
                slack.clear();
            }
        }
        new FootprintTables(all).print(dir.resolve("results.md"));
    }

    private Measured measure(Configuration c, SlackEmulator slack, Path runDir, Seeder feedback) throws Exception {
        say("%s: %s, %s %s", c.name(), c.launch().name(), String.join(" ", c.options()), c.environment());
        Map<String, String> settings = TestBot.settings(slack.apiUrl(),
                "jdbc:h2:file:" + runDir.resolve("community") + ";OPTIMIZE_REUSE_RESULTS=FALSE");
        Path log = runDir.resolve("bot.log");
        BotProcess started;
        try {
            started = BotProcess.start(c.launch(), c.options(), settings, c.environment(), log);
        } catch (IllegalStateException e) {
            say("It did not start: %s", e.getMessage());
            return new Measured(c, "did not start: " + BotProcess.firstProblem(log), null, null, null, 0, null, null, 0);
        }
        try (BotProcess bot = started) {
            BotProcess.Resident ready = bot.resident();
            AtomicLong peakThreads = new AtomicLong(ready.threads());
            Thread sampler = new Thread(() -> sampleThreads(bot, peakThreads), "footprint-sampler");
            sampler.setDaemon(true);
            sampler.start();
            VoteLoad.Result storm = new VoteLoad("bot", bot.port).run(CLIENT_THREADS, STORM_WARMUP_S, STORM_MEASURE_S,
                    VoteLoad.newVotes(feedback), 21);
            VoteLoad.describe(storm).forEach(line -> say("%s", line));
            BotProcess.Resident afterStorm = bot.resident();
            long began = System.nanoTime();
            SignedSlack signed = new SignedSlack("http://127.0.0.1:" + bot.port, TestBot.SECRET);
            for (String edition : List.of("update", "newsletter")) {
                digestPreview(slack, signed, edition);
            }
            long digestMs = (System.nanoTime() - began) / 1_000_000;
            BotProcess.Resident end = bot.resident();
            sampler.interrupt();
            NativeMemory memory = bot.nativeMemory();
            Measured m = new Measured(c, null, ready, afterStorm, end, peakThreads.get(), memory, storm, digestMs);
            say("RSS ready %d MiB, after the storm %d MiB, after the digests %d MiB, peak %d MiB (anon %d, file %d); "
                            + "threads at most %d; NMT committed %d MiB %s", ready.rssKb() >> 10,
                    afterStorm.rssKb() >> 10, end.rssKb() >> 10, end.peakKb() >> 10, end.anonKb() >> 10,
                    end.fileKb() >> 10, peakThreads.get(), memory.totalKb() >> 10, mib(memory.committedKb()));
            return m;
        }
    }

    /** Asks for a digest preview as the admin and waits for its DM: the whole edition drafted over the data. */
    private static void digestPreview(SlackEmulator slack, SignedSlack signed, String edition) {
        int status = signed.slashCommand(TestBot.ADMIN, "/community-admin", "digest preview " + edition).statusCode();
        if (status != 200) {
            throw new IllegalStateException("digest preview " + edition + " answered " + status);
        }
        slack.awaitCall("chat.postMessage", call -> TestBot.ADMIN.equals(call.param("channel"))
                && call.param("text") != null && call.param("text").startsWith("Preview:")
                && call.param("text").toLowerCase(Locale.ROOT).contains(edition), DIGEST_TIMEOUT);
    }

    private static void sampleThreads(BotProcess bot, AtomicLong peak) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(bot.resident().threads(), Math::max);
                Thread.sleep(250);
            }
        } catch (InterruptedException | java.io.IOException e) {
            // stopped, or the bot is gone
        }
    }

    private static String mib(Map<String, Long> kb) {
        StringBuilder text = new StringBuilder();
        kb.forEach((part, value) -> text.append(text.isEmpty() ? "" : ", ").append(part).append(' ').append(value >> 10));
        return "(" + text + ")";
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        freshDirectory(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
