package io.odigos.community.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/** What every benchmark program does alike: report progress, time a call in a loop, start on a fresh directory. */
final class Bench {

    private Bench() {
    }

    /**
     * Calls {@code call} {@code warmup} times untimed, then up to {@code calls} times timed, stopping early after
     * {@code capNanos} of timed calls so a slow build cannot run for ever; answers the sorted nanos.
     */
    static long[] timeLoop(String what, int warmup, int calls, long capNanos, IntConsumer call) {
        for (int i = 0; i < warmup; i++) {
            call.accept(i);
        }
        long[] nanos = new long[calls];
        long deadline = System.nanoTime() + capNanos;
        int n = 0;
        while (n < calls && System.nanoTime() < deadline) {
            long s = System.nanoTime();
            call.accept(n);
            nanos[n++] = System.nanoTime() - s;
        }
        long[] done = Arrays.copyOf(nanos, n);
        Arrays.sort(done);
        say("%s: %d calls, p50 %.2f ms, p99 %.2f ms, max %.2f ms%s", what, n, VoteLoad.percentileMs(done, 50),
                VoteLoad.percentileMs(done, 99), VoteLoad.percentileMs(done, 100),
                n < calls ? " (stopped at the time cap)" : "");
        return done;
    }

    /** A benchmark program's work. */
    @FunctionalInterface
    interface Program {
        void run() throws Exception;
    }

    /** Runs a benchmark program, says how long it took, and exits: the bot's threads would keep the JVM alive. */
    static void runProgram(Program program) throws Exception {
        long began = System.nanoTime();
        program.run();
        System.out.printf(Locale.ROOT, "Benchmark finished in %.0f s (load average now %s)%n",
                (System.nanoTime() - began) / 1e9, MachineLoad.loadAverage());
        System.exit(0);
    }

    /**
     * The JDBC URL of an H2 file database in {@code dir}, with H2's reuse of a repeated query's last result turned off
     * (in production votes and clicks change the tables between queries), after saying what machine runs it.
     */
    static String h2Database(Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("community") + ";OPTIMIZE_REUSE_RESULTS=FALSE";
        say("Machine: %d cores, Java %s, max heap %d MiB, load average %s; database %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, MachineLoad.loadAverage(), url);
        return url;
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

    /** Deletes {@code dir} with everything in it, if it exists, and creates it empty. */
    static void freshDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
    }

    static long dirSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
