package io.odigos.community.bench;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.odigos.community.CommunityBot;
import io.odigos.community.feedback.FeedbackViews;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Closed-loop load on /slack/events: N client threads, each on its own keep-alive HTTP/1.1 connection to
 * 127.0.0.1, each sending one signed block_actions vote click at a time and waiting for the acknowledgement.
 * The client is deliberately thin (raw sockets, one pre-encoded payload template, one HMAC per request) so
 * that the server, not the client, is what is measured. Every loop is bounded by time and by count.
 */
final class VoteLoad {

    private static final Gson GSON = new Gson();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String MEMBER_MARK = "UMEMBERMARK";
    private static final String ITEM_MARK = "987654321";
    /** Most requests one thread records in the measured window (bounds memory and the loop). */
    private static final int MAX_PER_THREAD = 200_000;

    /** What to click: the item of the k-th click of a thread. */
    interface Clicks {
        String member(int thread, int seq);

        long item(SplittableRandom random);
    }

    /**
     * A storm of new votes on the seeded items: each member clicks 20 items, so (member, item) pairs practically
     * never repeat, and a tenth of the clicks go to the 100 most-voted open items, the rest anywhere.
     */
    static Clicks newVotes(Seeder seeder) {
        List<Long> votable = seeder.votable;
        List<Long> hot = seeder.hottestVotable;
        return new Clicks() {
            @Override
            public String member(int thread, int seq) {
                return "UL" + Integer.toString(thread, 36).toUpperCase(Locale.ROOT) + "X"
                        + Integer.toString(seq / 20, 36).toUpperCase(Locale.ROOT);
            }

            @Override
            public long item(SplittableRandom r) {
                return r.nextInt(10) == 0 ? hot.get(r.nextInt(hot.size())) : votable.get(r.nextInt(votable.size()));
            }
        };
    }

    /**
     * One run: acks and errors inside the measured window, their latencies (sorted), every 200 answer including
     * warm-up, and the CPU time the client threads themselves used (to show the client is not the bottleneck).
     */
    record Result(String name, int threads, long ok, long errors, double seconds, long[] latenciesNanos,
                  long allOk, double clientCpuSeconds, double runSeconds, String firstStatusLine) {
        double perSecond() {
            return ok / seconds;
        }

        /** Several runs as one: acks and time add up, latencies merge. */
        static Result merge(String name, List<Result> runs) {
            long[] all = runs.stream().flatMapToLong(r -> Arrays.stream(r.latenciesNanos())).sorted().toArray();
            return new Result(name, runs.get(0).threads(), runs.stream().mapToLong(Result::ok).sum(),
                    runs.stream().mapToLong(Result::errors).sum(), runs.stream().mapToDouble(Result::seconds).sum(),
                    all, runs.stream().mapToLong(Result::allOk).sum(),
                    runs.stream().mapToDouble(Result::clientCpuSeconds).sum(),
                    runs.stream().mapToDouble(Result::runSeconds).sum(), runs.get(0).firstStatusLine());
        }
    }

    private final String name;
    private final int port;
    private final String host;
    private final String bodyTemplate;

    VoteLoad(String name, int port) {
        this.name = name;
        this.port = port;
        this.host = "127.0.0.1:" + port;
        JsonObject p = Payloads.clickInMessage(MEMBER_MARK, TestBot.CHANNEL, "1700000000.000100", FeedbackViews.VOTE,
                ITEM_MARK);
        p.addProperty("token", "unused");
        p.addProperty("api_app_id", "A0BOT");
        JsonObject team = new JsonObject();
        team.addProperty("id", "T0LOCAL");
        p.add("team", team);
        p.addProperty("trigger_id", "trigger-bench");
        this.bodyTemplate = "payload=" + URLEncoder.encode(GSON.toJson(p), StandardCharsets.UTF_8);
        if (!bodyTemplate.contains(MEMBER_MARK) || !bodyTemplate.contains(ITEM_MARK)) {
            throw new IllegalStateException("payload template lost its placeholders: " + bodyTemplate);
        }
    }

    /** The form body Slack would post for this member clicking Vote on this item (ids are URL-safe). */
    String body(String member, long item) {
        return bodyTemplate.replace(MEMBER_MARK, member)
                .replace(MEMBER_MARK.toLowerCase(Locale.ROOT), member.toLowerCase(Locale.ROOT))
                .replace(ITEM_MARK, Long.toString(item));
    }

    /**
     * Runs {@code threads} clients for warm-up plus measurement; only requests sent and answered inside the
     * measured window count. Non-200 answers and I/O failures count as errors.
     */
    Result run(int threads, double warmupSeconds, double measureSeconds, Clicks clicks, long seed)
            throws InterruptedException {
        long start = System.nanoTime() + 200_000_000L; // every thread connected before the clock starts
        long measureStart = start + (long) (warmupSeconds * 1e9);
        long end = measureStart + (long) (measureSeconds * 1e9);
        long[][] latencies = new long[threads][];
        long[] errors = new long[threads];
        long[] answered = new long[threads];
        long[] cpu = new long[threads];
        AtomicReference<String> firstStatus = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(threads);
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            SplittableRandom random = seeds.split();
            Thread worker = new Thread(() -> {
                try {
                    long cpuBefore = THREADS.getCurrentThreadCpuTime();
                    Client c = new Client(random);
                    c.loop(thread, clicks, start, measureStart, end, firstStatus);
                    latencies[thread] = Arrays.copyOf(c.latencies, c.recorded);
                    errors[thread] = c.errors;
                    answered[thread] = c.allOk;
                    cpu[thread] = THREADS.getCurrentThreadCpuTime() - cpuBefore;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    latencies[thread] = new long[0];
                } finally {
                    done.countDown();
                }
            }, name + "-client-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        // bounded wait: the loops end at `end`; a request stuck past that is cut by the socket timeout
        long waitMs = (end - System.nanoTime()) / 1_000_000 + 30_000;
        if (!done.await(waitMs, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + ": client threads did not finish");
        }
        if (failure.get() != null) {
            throw new IllegalStateException(name + ": a client thread failed", failure.get());
        }
        long ok = 0;
        long errs = 0;
        long allOk = 0;
        long cpuNanos = 0;
        for (int t = 0; t < threads; t++) {
            ok += latencies[t].length;
            errs += errors[t];
            allOk += answered[t];
            cpuNanos += cpu[t];
        }
        long[] all = new long[(int) ok];
        int at = 0;
        for (long[] l : latencies) {
            System.arraycopy(l, 0, all, at, l.length);
            at += l.length;
        }
        Arrays.sort(all);
        return new Result(name, threads, ok, errs, (end - measureStart) / 1e9, all, allOk, cpuNanos / 1e9,
                (end - start) / 1e9, firstStatus.get());
    }

    /** One keep-alive connection and its loop. */
    private final class Client {
        final SplittableRandom random;
        final Mac mac;
        final long[] latencies = new long[MAX_PER_THREAD];
        int recorded;
        long errors;
        long allOk;
        Socket socket;
        OutputStream out;
        InputStream in;

        Client(SplittableRandom random) throws Exception {
            this.random = random;
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TestBot.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            connect();
        }

        void connect() throws IOException {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // reconnecting anyway
                }
            }
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(20_000);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        void loop(int thread, Clicks clicks, long start, long measureStart, long end,
                  AtomicReference<String> firstStatus) throws Exception {
            while (System.nanoTime() < start) {
                Thread.sleep(1);
            }
            int seq = 0;
            while (recorded < MAX_PER_THREAD) {
                if (System.nanoTime() >= end) {
                    break;
                }
                String body = body(clicks.member(thread, seq++), clicks.item(random));
                byte[] bodyBytes = body.getBytes(StandardCharsets.US_ASCII);
                long ts = System.currentTimeMillis() / 1000;
                mac.update(("v0:" + ts + ":").getBytes(StandardCharsets.US_ASCII));
                String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(bodyBytes));
                byte[] head = ("POST " + CommunityBot.SLACK_EVENTS_PATH + " HTTP/1.1\r\n"
                        + "Host: " + host + "\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "X-Slack-Request-Timestamp: " + ts + "\r\n"
                        + "X-Slack-Signature: " + signature + "\r\n"
                        + "Content-Length: " + bodyBytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                long sent = System.nanoTime();
                int status;
                try {
                    out.write(head);
                    out.write(bodyBytes);
                    out.flush();
                    status = readResponse(firstStatus);
                } catch (IOException e) {
                    status = -1;
                    connect();
                }
                long answered = System.nanoTime();
                if (status == 200) {
                    allOk++;
                }
                if (sent >= measureStart && answered <= end) {
                    if (status == 200) {
                        latencies[recorded++] = answered - sent;
                    } else {
                        errors++;
                    }
                }
            }
            socket.close();
        }

        /** Reads one response; answers its status code. Closes and reopens when the server asks to. */
        int readResponse(AtomicReference<String> firstStatus) throws IOException {
            String statusLine = readLine();
            if (statusLine == null) {
                throw new EOFException("connection closed");
            }
            firstStatus.compareAndSet(null, statusLine);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                while (true) {
                    String size = readLine();
                    if (size == null) {
                        throw new EOFException("connection closed in a chunk");
                    }
                    int semi = size.indexOf(';');
                    long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                    if (n == 0) {
                        for (String t = readLine(); t != null && !t.isEmpty(); t = readLine()) {
                            // trailers: none expected
                        }
                        break;
                    }
                    skip(n);
                    readLine();
                }
            } else if (length > 0) {
                skip(length);
            } else if (length < 0) {
                close = true; // body runs to the end of the connection
            }
            if (close) {
                connect();
            }
            return status;
        }

        String readLine() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    int len = sb.length();
                    if (len > 0 && sb.charAt(len - 1) == '\r') {
                        sb.setLength(len - 1);
                    }
                    return sb.toString();
                }
                sb.append((char) b);
            }
            return sb.length() == 0 ? null : sb.toString();
        }

        void skip(long n) throws IOException {
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() == -1) {
                        throw new EOFException("connection closed in a body");
                    }
                    skipped = 1;
                }
                n -= skipped;
            }
        }
    }

    /** Nearest-rank percentile of sorted values, in milliseconds. */
    static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static List<String> describe(Result r) {
        return List.of(String.format(Locale.ROOT, "%s: %d threads, %d acks in %.1f s = %.0f/s, %d errors, "
                        + "p50 %.2f ms, p99 %.2f ms, max %.2f ms; the client threads used %.1f s CPU of the %.1f s x %d "
                        + "cores the whole run (warm-up too) had (first answer: %s)", r.name(), r.threads(), r.ok(),
                r.seconds(), r.perSecond(), r.errors(), percentileMs(r.latenciesNanos(), 50),
                percentileMs(r.latenciesNanos(), 99), percentileMs(r.latenciesNanos(), 100), r.clientCpuSeconds(),
                r.runSeconds(), Runtime.getRuntime().availableProcessors(), r.firstStatusLine()));
    }
}
