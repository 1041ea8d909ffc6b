package io.odigos.community.bench;

import static io.odigos.community.bench.Bench.freshDirectory;
import static io.odigos.community.bench.Bench.h2Database;
import static io.odigos.community.bench.Bench.runProgram;
import static io.odigos.community.bench.Bench.say;
import static io.odigos.community.bench.Bench.timeLoop;

import io.odigos.community.knowledge.EntryKind;
import io.odigos.community.knowledge.EntrySearch;
import io.odigos.community.testing.TestBot;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javax.sql.DataSource;

/**
 * Performance benchmark of finding guides (a program, not a test: Surefire never runs it; the command is in
 * docs/BENCHMARKS.md). In one run it
 * <ol>
 *   <li>starts the whole bot (TestBot) on a fresh H2 file database in target/bench-kb-search,</li>
 *   <li>seeds 10,000 generated entries (nine in ten published) with one to three topics each, by JDBC batches,</li>
 *   <li>times the index rebuild from those rows, as every instance does at start,</li>
 *   <li>times {@link EntrySearch#find} for four kinds of question: exact words, a word with a typo, words under a
 *       topic, and browsing a topic without words, each answered with the best 10,</li>
 *   <li>times the baseline, the same questions as SQL {@code LIKE} over the same rows on one connection (the way
 *       a search without an index would be written), and counts how often each found the entry it was asked for,</li>
 * </ol>
 * and prints p50/p99 against the baseline and the 50 ms target (also written to target/bench-kb-search/results.md).
 */
public final class KnowledgeSearchBenchmark {

    static final int ENTRIES = 10_000;
    static final int WARMUP_CALLS = 500;
    static final int CALLS = 2_000;
    static final long LOOP_CAP_NANOS = TimeUnit.SECONDS.toNanos(60);
    static final double TARGET_MS = 50;
    static final int RESULTS = 10;
    static final List<String> TOPICS = List.of("Getting started", "Instrumentation", "eBPF", "Destinations",
            "Sampling and processing", "Kubernetes and Helm", "Troubleshooting", "Performance");
    /** What guides are about: the words questions are made of. */
    static final List<String> SUBJECTS = List.of("instrumentation", "sampling", "collector", "kubernetes", "helm",
            "ebpf", "destination", "jaeger", "tempo", "prometheus", "grafana", "latency", "traces", "spans",
            "metrics", "logs", "pipeline", "processor", "exporter", "receiver", "agent", "python", "java", "golang",
            "nodejs", "dotnet", "ruby", "kafka", "rabbitmq", "postgres", "redis", "nginx", "envoy", "istio",
            "gateway", "cluster", "namespace", "deployment", "daemonset", "operator", "upgrade", "memory",
            "performance", "security", "certificate", "context", "propagation", "baggage", "attributes",
            "dashboard", "alerting", "retention", "storage", "profiling", "workload", "sidecar", "webhook",
            "autoscaling", "serverless", "database");
    static final List<String> FILLER = List.of("the", "service", "configure", "install", "run", "check", "when",
            "your", "first", "then", "with", "each", "setting", "value", "example", "step", "team", "production",
            "version", "default", "command", "output", "chart", "file", "field", "request", "error", "simple",
            "works", "needs", "shows", "after", "before", "change", "keep", "more", "less", "every", "node");
    static final List<String> HOW = List.of("How to", "Getting", "A guide to", "Tuning", "Debugging", "Scaling",
            "Understanding", "Best practices for");

    private final ResultTable table = new ResultTable();
    private final SplittableRandom random = new SplittableRandom(15);

    record Question(String words, Optional<String> topic, long expected) {
    }

    public static void main(String[] args) throws Exception {
        runProgram(new KnowledgeSearchBenchmark()::run);
    }

    void run() throws Exception {
        Path dir = Paths.get("target", "bench-kb-search").toAbsolutePath();
        freshDirectory(dir);
        String dbUrl = h2Database(dir);
        try (TestBot tb = TestBot.start(dbUrl, Map.of())) {
            DataSource ds = tb.bot.platform().database().dataSource();
            List<String> titles = seed(ds, tb.clock.instant());

            MachineLoad m = MachineLoad.now();
            Duration rebuild = tb.bot.features().knowledge().rebuildSearchIndex();
            table.add(new ResultTable.Row("Index rebuild, " + String.format(Locale.ROOT, "%,d", ENTRIES) + " entries",
                    ResultTable.fmtMs(rebuild.toNanos() / 1e6), "-", "-", "-", "info",
                    MachineLoad.percent(MachineLoad.now().othersSince(m, 0))));

            EntrySearch search = tb.bot.features().knowledge().search();
            try (Connection c = ds.getConnection()) {
                compare("Exact words", questions(titles, false, false), search, c);
                compare("A typo in a word", questions(titles, true, false), search, c);
                compare("Words under a topic", questions(titles, false, true), search, c);
                compare("Browse a topic, newest first", browsing(), search, c);
            }
        }
        table.print(dir.resolve("results.md"));
    }

    /** Entries made of the subject words; answers the published entries' titles, by id (index = id - 1). */
    private List<String> seed(DataSource ds, Instant now) throws SQLException {
        long started = System.nanoTime();
        List<String> titles = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement entry = c.prepareStatement("insert into kb_entries (id, author_id, show_author, "
                    + "title, summary, kind, body, odigos_version, status, created_at, updated_at, published_at) "
                    + "values (?, ?, false, ?, ?, ?, ?, '1.0', ?, ?, ?, ?)");
                 PreparedStatement topic = c.prepareStatement(
                         "insert into kb_entry_topics (entry_id, topic) values (?, ?)")) {
                for (long id = 1; id <= ENTRIES; id++) {
                    boolean published = random.nextInt(10) > 0;
                    String title = HOW.get(random.nextInt(HOW.size())) + " " + subject() + " with " + subject()
                            + " on " + subject();
                    titles.add(published ? title : null);
                    OffsetDateTime at = OffsetDateTime.ofInstant(now.minusSeconds(id * 600), ZoneOffset.UTC);
                    entry.setLong(1, id);
                    entry.setString(2, "UM" + random.nextInt(2_000));
                    entry.setString(3, title);
                    entry.setString(4, sentence(25));
                    entry.setString(5, EntryKind.values()[random.nextInt(EntryKind.values().length)].name());
                    entry.setString(6, sentence(80 + random.nextInt(250)));
                    entry.setString(7, published ? "PUBLISHED" : "PENDING");
                    entry.setObject(8, at);
                    entry.setObject(9, at);
                    entry.setObject(10, published ? at : null);
                    entry.addBatch();
                    int topics = 1 + random.nextInt(3);
                    int first = random.nextInt(TOPICS.size());
                    for (int t = 0; t < topics; t++) {
                        topic.setLong(1, id);
                        topic.setString(2, TOPICS.get((first + t) % TOPICS.size()));
                        topic.addBatch();
                    }
                    if (id % 1_000 == 0) {
                        entry.executeBatch();
                        topic.executeBatch();
                    }
                }
            }
            c.commit();
            c.createStatement().execute("analyze");
        }
        say("Seeded %,d entries in %.1f s", ENTRIES, (System.nanoTime() - started) / 1e9);
        return titles;
    }

    private String subject() {
        return SUBJECTS.get(random.nextInt(SUBJECTS.size()));
    }

    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words && text.length() < 2_900; i++) {
            text.append(i == 0 ? "" : " ").append(random.nextInt(15) == 0 ? subject()
                    : FILLER.get(random.nextInt(FILLER.size())));
        }
        return text.append('.').toString();
    }

    /** Two words of a published entry's title (the first mistyped, for typos), maybe under a topic. */
    private List<Question> questions(List<String> titles, boolean typo, boolean underTopic) {
        List<Question> questions = new ArrayList<>();
        while (questions.size() < 500) {
            int index = random.nextInt(titles.size());
            String title = titles.get(index);
            if (title == null) {
                continue;
            }
            String[] words = title.toLowerCase(Locale.ROOT).split(" ");
            String first = words[words.length - 5];
            String second = words[words.length - 1];
            if (typo) {
                // one letter inside the word mistyped: a neighbour on the alphabet, as a slipped finger would
                int at = 1 + random.nextInt(first.length() - 2);
                char wrong = first.charAt(at) == 'z' ? 'y' : (char) (first.charAt(at) + 1);
                first = first.substring(0, at) + wrong + first.substring(at + 1);
            }
            Optional<String> topic = underTopic ? Optional.of(TOPICS.get(random.nextInt(TOPICS.size()))) : Optional.empty();
            questions.add(new Question(first + " " + second, topic, underTopic ? -1 : index + 1));
        }
        return questions;
    }

    private List<Question> browsing() {
        return TOPICS.stream().map(t -> new Question("", Optional.of(t), -1)).toList();
    }

    private void compare(String figure, List<Question> questions, EntrySearch search, Connection c)
            throws SQLException {
        MachineLoad m0 = MachineLoad.now();
        long[] like;
        try (PreparedStatement words = c.prepareStatement(likeSql(false));
             PreparedStatement topic = c.prepareStatement(likeSql(true));
             PreparedStatement browse = c.prepareStatement("select e.id from kb_entries e where e.status = 'PUBLISHED' "
                     + "and exists (select 1 from kb_entry_topics t where t.entry_id = e.id and t.topic = ?) "
                     + "order by e.published_at desc, e.id desc limit " + RESULTS)) {
            like = timeLoop(figure + " (LIKE)", WARMUP_CALLS, CALLS, LOOP_CAP_NANOS,
                    i -> like(questions.get(i % questions.size()), words, topic, browse));
            if (questions.get(0).expected() > 0) {
                long bySearch = questions.stream().filter(q -> found(search, q).contains(q.expected())).count();
                long byLike = questions.stream().filter(q -> like(q, words, topic, browse).contains(q.expected()))
                        .count();
                say("%s: the entry asked for was among the %d shown for %.0f%% of %d questions by search, %.0f%% by "
                        + "LIKE", figure, RESULTS, 100.0 * bySearch / questions.size(), questions.size(),
                        100.0 * byLike / questions.size());
            }
        }
        double likeLoad = MachineLoad.now().othersSince(m0, 0);
        table.latencyRows("Baseline: " + figure + ", SQL LIKE", like, Double.NaN, likeLoad);
        MachineLoad m1 = MachineLoad.now();
        IntConsumer call = i -> found(search, questions.get(i % questions.size()));
        long[] found = timeLoop(figure + " (search)", WARMUP_CALLS, CALLS, LOOP_CAP_NANOS, call);
        table.latencyRows(figure + ", full-text search", found, like, TARGET_MS, MachineLoad.now().othersSince(m1, 0));
    }

    private static List<Long> found(EntrySearch search, Question q) {
        return search.find(q.words(), q.topic(), Optional.empty(), RESULTS).stream().map(e -> e.id()).toList();
    }

    /** Every word somewhere in the title, summary or body, case-insensitive, newest first. */
    private static String likeSql(boolean underTopic) {
        String anyField = "(lower(e.title) like ? or lower(e.summary) like ? or lower(e.body) like ?)";
        return "select e.id from kb_entries e where e.status = 'PUBLISHED' and " + anyField + " and " + anyField
                + (underTopic ? " and exists (select 1 from kb_entry_topics t where t.entry_id = e.id and t.topic = ?)"
                : "") + " order by e.published_at desc, e.id desc limit " + RESULTS;
    }

    private static List<Long> like(Question q, PreparedStatement words, PreparedStatement topic,
                                   PreparedStatement browse) {
        try {
            PreparedStatement statement;
            if (q.words().isEmpty()) {
                statement = browse;
                statement.setString(1, q.topic().orElseThrow());
            } else {
                statement = q.topic().isPresent() ? topic : words;
                String[] w = q.words().split(" ");
                for (int i = 0; i < 6; i++) {
                    statement.setString(i + 1, "%" + w[i / 3] + "%");
                }
                if (q.topic().isPresent()) {
                    statement.setString(7, q.topic().get());
                }
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
