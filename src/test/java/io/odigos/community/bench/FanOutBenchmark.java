package io.odigos.community.bench;

import static io.odigos.community.bench.Bench.freshDirectory;
import static io.odigos.community.bench.Bench.runProgram;
import static io.odigos.community.bench.Bench.say;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.local.EmulatorCall;
import io.odigos.community.local.RateLimits;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.testing.TestBot;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Urgent before bulk (issue 11): a status change DMs every one of 10,000 voters while the emulator enforces
 * Slack-like limits (one post a second per channel, a workspace-wide cap on chat.postMessage); confirmations and
 * channel posts of new requests queued in the middle must reach Slack within 5 s, and the fan-out must finish within
 * 10 % of the time the limits allow. The baseline, in the same run against the same limits, is a bare SDK client that
 * sends DMs at exactly the cap: what the limits allow, measured.
 * <p>
 * {@code mvn -q -B test-compile exec:exec@fanout-benchmark [-Dvoters=10000 -DpostsPerMinute=300]}
 */
public final class FanOutBenchmark {

    private static final Duration URGENT_TARGET = Duration.ofSeconds(5);
    private static final int PROBES = 12;

    private final int voters = Integer.getInteger("voters", 10_000);
    private final int postsPerMinute = Integer.getInteger("postsPerMinute", 300);
    private final int baselineMessages = Integer.getInteger("baselineMessages", Math.max(200, postsPerMinute * 2));
    private final ResultTable table = new ResultTable();

    public static void main(String[] args) throws Exception {
        runProgram(new FanOutBenchmark()::run);
    }

    /** The emulator's Slack-like limits with the workspace cap this run uses (a burst of a tenth of a minute's). */
    private RateLimits limits() {
        return RateLimits.slack().withPerMinute("chat.postMessage", postsPerMinute, Math.max(3, postsPerMinute / 10));
    }

    void run() throws Exception {
        Path dir = Paths.get("target", "bench-fanout").toAbsolutePath();
        freshDirectory(dir);
        say("Machine: %d cores, Java %s; %,d voters, workspace cap %d posts a minute (%s)",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), voters,
                postsPerMinute, limits());
        double perMessage = baseline();
        String dbUrl = "jdbc:h2:file:" + dir.resolve("community");
        try (TestBot t = TestBot.start(dbUrl, Map.of("SLACK_POSTS_PER_MINUTE", Integer.toString(postsPerMinute)))) {
            FeedbackItem item = submit(t, "UFANAUTHOR", "The most wanted request");
            seedVotes(t, item.id());
            awaitIdle(t);
            t.slack.enforceLimits(limits());
            fanOut(t, item, perMessage);
        }
        table.print(dir.resolve("results.md"));
    }

    /** Seconds per DM the limits allow, measured by a client that paces itself at exactly the cap. */
    private double baseline() throws Exception {
        try (SlackEmulator slack = SlackEmulator.start(0)) {
            slack.enforceLimits(limits());
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(slack.apiUrl());
            MethodsClient client = Slack.getInstance(config).methods("xoxb-bench-baseline-token");
            long interval = 60_000_000_000L / postsPerMinute;
            long start = System.nanoTime();
            long next = start;
            int sent = 0;
            int limited = 0;
            while (sent < baselineMessages) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String member = "UBASE" + sent; // each to a fresh member, as a fan-out's are
                try {
                    if (client.chatPostMessage(r -> r.channel(member).text("baseline")).isOk()) {
                        sent++;
                    }
                } catch (SlackApiException e) {
                    limited++;
                }
                next += interval;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            say("Baseline: a bare SDK client paced at the cap sent %,d DMs in %.1f s (%d answered 429): %.3f s each",
                    sent, seconds, limited, seconds / sent);
            return seconds / sent;
        }
    }

    private void fanOut(TestBot t, FeedbackItem item, double perMessage) throws Exception {
        MachineLoad load = MachineLoad.now();
        Instant began = Instant.now();
        t.bot.platform().admin().answer(TestBot.ADMIN, "status " + item.id() + " planned", null);
        int expected = voters + 1; // every voter and the author
        List<Long> confirmations = new ArrayList<>();
        List<Long> posts = new ArrayList<>();
        long probeEvery = (long) (expected * perMessage * 1000 / (PROBES + 1));
        for (int probe = 0; probe < PROBES; probe++) {
            Thread.sleep(probeEvery);
            String member = "UPROBE" + probe;
            long queued = System.currentTimeMillis();
            FeedbackItem urgent = submit(t, member, "Asked in the middle " + probe);
            EmulatorCall dm = t.slack.awaitCall("chat.postMessage", c -> c.applied()
                    && member.equals(c.param("channel")), Duration.ofSeconds(60));
            EmulatorCall post = t.slack.awaitCall("chat.postMessage", c -> c.applied()
                    && TestBot.CHANNEL.equals(c.param("channel")) && String.valueOf(c.param("text"))
                    .contains("#" + urgent.id()), Duration.ofSeconds(60));
            confirmations.add((dm.at().toEpochMilli() - queued) * 1_000_000);
            posts.add((post.at().toEpochMilli() - queued) * 1_000_000);
            say("probe %d: confirmation after %d ms, channel post after %d ms; %,d of %,d fan-out DMs sent", probe,
                    dm.at().toEpochMilli() - queued, post.at().toEpochMilli() - queued,
                    expected - t.bot.platform().outbox().status(0).bulkPending(), expected);
        }
        while (t.bot.platform().outbox().status(0).bulkPending() > 0) {
            Thread.sleep(1000);
        }
        Duration took = Duration.between(began, lastBulkDm(t));
        double others = MachineLoad.now().othersSince(load, 0);
        // the probes' confirmations and channel posts spend the same workspace cap as the fan-out's DMs
        double allowed = (expected + 2 * PROBES) * perMessage;
        double ratio = took.toMillis() / 1000.0 / allowed;
        say("Fan-out of %,d DMs took %.1f s; the limits allow %.1f s (%.3fx); 429s answered: %d; calls inside a "
                        + "Retry-After: %d", expected, took.toMillis() / 1000.0, allowed, ratio,
                t.slack.retryAfterWindows().size(), t.slack.callsInsideRetryAfter("chat.postMessage").size());
        long[] c = confirmations.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] p = posts.stream().mapToLong(Long::longValue).sorted().toArray();
        table.add(new ResultTable.Row("Fan-out of " + String.format(Locale.ROOT, "%,d", expected) + " DMs (+"
                        + 2 * PROBES + " urgent posts)",
                ResultTable.fmt(took.toMillis() / 1000.0, "s"), ResultTable.fmt(allowed, "s"),
                ResultTable.ratio(took.toMillis() / 1000.0, allowed), "< 1.10x", ResultTable.verdict(ratio < 1.10),
                MachineLoad.percent(others)));
        addMax("Urgent confirmation DM during the fan-out", c, others);
        addMax("New request's channel post during the fan-out", p, others);
        say("confirmations (ms): %s", Arrays.toString(Arrays.stream(c).map(n -> n / 1_000_000).toArray()));
    }

    private void addMax(String figure, long[] sorted, double others) {
        double max = sorted[sorted.length - 1] / 1e6;
        table.add(new ResultTable.Row(figure + " (max of " + sorted.length + ")", ResultTable.fmtMs(max), "-", "-",
                "< 5,000 ms", ResultTable.verdict(max < URGENT_TARGET.toMillis()), MachineLoad.percent(others)));
        table.add(new ResultTable.Row(figure + " (p50)", ResultTable.fmtMs(VoteLoad.percentileMs(sorted, 50)), "-", "-",
                "-", "info", MachineLoad.percent(others)));
    }

    private static Instant lastBulkDm(TestBot t) {
        return t.slack.calls("chat.postMessage").stream().filter(EmulatorCall::applied)
                .filter(c -> String.valueOf(c.param("text")).contains("moved from"))
                .map(EmulatorCall::at).max(Instant::compareTo).orElseThrow();
    }

    private static FeedbackItem submit(TestBot t, String member, String title) {
        return t.bot.features().feedback().service().submit(new FeedbackSubmission(FeedbackKind.FEATURE,
                Map.of(FeedbackField.TITLE, title, FeedbackField.PROBLEM, "Measured under Slack's limits")),
                member, FeedbackSource.SLASH_COMMAND, null);
    }

    /** Votes written straight to the tables (the vote path is the feedback benchmark's business). */
    private void seedVotes(TestBot t, long itemId) throws Exception {
        try (Connection c = t.bot.platform().database().dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement vote = c.prepareStatement(
                    "insert into feedback_votes (item_id, member_id, voted_at) values (?, ?, ?)")) {
                for (int i = 0; i < voters; i++) {
                    vote.setLong(1, itemId);
                    vote.setString(2, String.format(Locale.ROOT, "UVOTER%05d", i));
                    vote.setObject(3, java.time.OffsetDateTime.now());
                    vote.addBatch();
                }
                vote.executeBatch();
            }
            try (PreparedStatement count = c.prepareStatement("update feedback_items set vote_count = ? where id = ?")) {
                count.setInt(1, voters);
                count.setLong(2, itemId);
                count.executeUpdate();
            }
            c.commit();
        }
        say("Seeded %,d votes on request #%d", voters, itemId);
    }

    private static void awaitIdle(TestBot t) throws InterruptedException {
        while (t.bot.platform().outbox().pending() > 0) {
            Thread.sleep(100);
        }
    }
}
