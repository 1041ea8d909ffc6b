package io.odigos.community.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bot in a child JVM, launched as production launches it ({@link Launch}), with extra JVM options and
 * environment, settings as environment variables, and Native Memory Tracking on so {@code jcmd} can say where its
 * memory goes. Linux only: resident memory is read from /proc.
 */
final class BotProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

    private final Process process;
    private final Path log;
    final int port;

    private BotProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * How the JVM finds the bot, from the project directory: its class path (or jar) arguments, and the class-data
     * archive trained for exactly that class path.
     */
    record Launch(String name, List<String> arguments, Path archive) {

        /** README's run command: the shaded jar and the archive {@code mvn package} trains for it. */
        static Launch shadedJar() {
            return new Launch("the shaded jar (README's run command)", List.of("-jar", "target/odigos-community-bot.jar"),
                    Path.of("target", "odigos-community-bot.jsa"));
        }

        /**
         * The image's class path: the project's own jar, then the runtime dependencies' jars (listed in {@code
         * runtimeClasspath} by {@code mvn dependency:build-classpath}), with an archive trained here for it, as the
         * image's workflow trains one.
         */
        static Launch imageLayout(Path runtimeClasspath, Path archive) throws Exception {
            String classPath = "target/original-odigos-community-bot.jar" + java.io.File.pathSeparator
                    + Files.readString(runtimeClasspath).strip();
            Process training = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=error",
                    "-DLOG_LEVEL=WARN", "-cp", classPath, "io.odigos.community.StartupArchive").inheritIO().start();
            if (!training.waitFor(10, TimeUnit.MINUTES) || training.exitValue() != 0 || !Files.exists(archive)) {
                throw new IllegalStateException("the training run for the image's class path failed");
            }
            return new Launch("the image's class path", List.of("-cp", classPath, "io.odigos.community.CommunityBot"),
                    archive);
        }
    }

    /** Starts the bot with these JVM options, settings and extra environment; waits until /healthz answers 200. */
    static BotProcess start(Launch launch, List<String> jvmOptions, Map<String, String> settings,
                            Map<String, String> environment, Path log) throws Exception {
        if (!Files.exists(Path.of("target", "odigos-community-bot.jar")) || !Files.exists(launch.archive())) {
            throw new IllegalStateException("run 'mvn package' first: the footprint needs the jars and " + launch.archive());
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-XX:SharedArchiveFile=" + launch.archive(),
                "-Xlog:cds=error", "-XX:NativeMemoryTracking=summary"));
        command.addAll(jvmOptions);
        command.addAll(launch.arguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = new HashMap<>(settings);
        env.put("PORT", Integer.toString(port));
        env.put("LOG_LEVEL", "WARN");
        env.putAll(environment);
        builder.environment().putAll(env);
        BotProcess bot = new BotProcess(builder.start(), log, port);
        try {
            bot.awaitReady();
        } catch (Exception e) {
            bot.close();
            throw e;
        }
        return bot;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bot exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the bot was not ready within " + READY_TIMEOUT + ":\n" + logTail());
    }

    /** Resident memory now, from /proc/<pid>/status. */
    Resident resident() throws IOException {
        Map<String, Long> kb = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            String[] f = line.split(":\\s+", 2);
            if (f.length == 2 && f[1].endsWith(" kB")) {
                kb.put(f[0], Long.parseLong(f[1].substring(0, f[1].length() - 3).trim()));
            } else if (f[0].equals("Threads")) {
                kb.put("Threads", Long.parseLong(f[1].trim()));
            }
        }
        return new Resident(kb.get("VmRSS"), kb.get("VmHWM"), kb.get("RssAnon"), kb.get("RssFile"), kb.get("Threads"));
    }

    /** The JVM's own account of its memory (Native Memory Tracking). */
    NativeMemory nativeMemory() throws Exception {
        return NativeMemory.of(process.pid());
    }

    /** Asks the bot to stop as Kubernetes does (SIGTERM), and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The first line of a child's log that says what went wrong (an OutOfMemoryError first), for a table. */
    static String firstProblem(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return lines.stream().filter(l -> l.contains("OutOfMemoryError")).findFirst()
                .or(() -> lines.stream().filter(l -> l.contains("ERROR") || l.contains("Exception")).findFirst())
                .map(l -> l.substring(l.lastIndexOf("Error") >= 0 && l.contains("OutOfMemoryError")
                        ? l.indexOf("java.lang.OutOfMemoryError") : 0).strip())
                .orElse("exited without a message");
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Resident set in KiB: now, the peak so far, its anonymous and file-backed parts; and the thread count. */
    record Resident(long rssKb, long peakKb, long anonKb, long fileKb, long threads) {
    }
}
