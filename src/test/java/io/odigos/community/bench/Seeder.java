package io.odigos.community.bench;

import io.odigos.community.feedback.FeedbackStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Fills the feedback tables with plain JDBC batches: {@code items} requests and exactly {@code votes} votes,
 * spread Zipf-like (s = 1) over a random ranking of the items, so a few items hold tens of thousands of votes
 * and about a fifth hold none. vote_count is written from the same numbers, so it matches the votes table.
 * Seeded items count as already shown (post_dirty false, no post yet): votes during the run make them dirty.
 */
final class Seeder {

    static final String MEMBER_PREFIX = "UM";

    private final int items;
    private final int votes;
    private final int members;
    private final Instant now;
    private final SplittableRandom random;

    /** Filled by {@link #seed}: open, visible, unmerged items (votable), and the most-voted of them first. */
    final List<Long> votable = new ArrayList<>();
    final List<Long> hottestVotable = new ArrayList<>();
    long maxVotesOnOneItem;

    Seeder(int items, int votes, int members, Instant now, long seed) {
        this.items = items;
        this.votes = votes;
        this.members = members;
        this.now = now;
        this.random = new SplittableRandom(seed);
    }

    static String member(int k) {
        return MEMBER_PREFIX + Integer.toString(k, 36).toUpperCase(java.util.Locale.ROOT);
    }

    void seed(DataSource dataSource) throws SQLException {
        FeedbackStatus[] status = new FeedbackStatus[items + 1];
        boolean[] hidden = new boolean[items + 1];
        long[] mergedInto = new long[items + 1];
        int[] voteCount = new int[items + 1];
        List<Integer> rankable = new ArrayList<>();
        for (int id = 1; id <= items; id++) {
            double r = random.nextDouble();
            status[id] = r < 0.78 ? FeedbackStatus.NEW
                    : r < 0.84 ? FeedbackStatus.UNDER_REVIEW
                    : r < 0.88 ? FeedbackStatus.PLANNED
                    : r < 0.90 ? FeedbackStatus.IN_PROGRESS
                    : r < 0.95 ? FeedbackStatus.SHIPPED
                    : r < 0.98 ? FeedbackStatus.DECLINED
                    : FeedbackStatus.DUPLICATE;
            if (status[id] == FeedbackStatus.DUPLICATE && id > 1) {
                mergedInto[id] = 1 + random.nextInt(id - 1);
            } else {
                if (status[id] == FeedbackStatus.DUPLICATE) {
                    status[id] = FeedbackStatus.NEW;
                }
                rankable.add(id);
            }
            hidden[id] = random.nextDouble() < 0.005;
        }
        // Zipf over a random ranking of every item that was not merged away (merged items keep no votes)
        for (int i = rankable.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer tmp = rankable.get(i);
            rankable.set(i, rankable.get(j));
            rankable.set(j, tmp);
        }
        double harmonic = 0;
        for (int r = 1; r <= rankable.size(); r++) {
            harmonic += 1.0 / r;
        }
        long assigned = 0;
        for (int r = 1; r <= rankable.size(); r++) {
            int n = (int) Math.min(members, Math.floor(votes / harmonic / r));
            voteCount[rankable.get(r - 1)] = n;
            assigned += n;
        }
        for (int r = 0; assigned < votes; r = (r + 1) % rankable.size()) {
            int id = rankable.get(r);
            if (voteCount[id] < members) {
                voteCount[id]++;
                assigned++;
            }
        }

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insertItems(c, status, hidden, mergedInto, voteCount);
            insertVotes(c, voteCount);
            try (Statement s = c.createStatement()) {
                s.execute("alter table feedback_items alter column id restart with " + (items + 1));
            }
            c.commit();
        }
        for (int id : rankable) { // most-voted first
            if (status[id].isOpen() && !hidden[id]) {
                votable.add((long) id);
                if (hottestVotable.size() < 100) {
                    hottestVotable.add((long) id);
                }
            }
        }
        maxVotesOnOneItem = voteCount[rankable.get(0)];
    }

    private void insertItems(Connection c, FeedbackStatus[] status, boolean[] hidden, long[] mergedInto,
                             int[] voteCount) throws SQLException {
        String sql = "insert into feedback_items (id, kind, title, problem, author_id, source, status, vote_count, "
                + "hidden, merged_into_id, post_dirty, post_version, created_at, status_changed_at, shipped_at, "
                + "community_voted, listed, total_votes) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?, ?, ?, ?, ?)";
        String[] topics = {"Go", "Python", ".NET", "Java", "Node.js", "Ruby", "PHP", "Rust", "eBPF", "OpenShift",
                "EKS", "GKE", "AKS", "Helm", "the UI", "the CLI", "Jaeger", "Tempo", "Datadog", "Honeycomb"};
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int id = 1; id < status.length; id++) {
                boolean bug = random.nextDouble() < 0.3;
                String topic = topics[random.nextInt(topics.length)];
                OffsetDateTime created = OffsetDateTime.ofInstant(
                        now.minusSeconds(60 + random.nextLong(2L * 365 * 24 * 3600)), ZoneOffset.UTC);
                OffsetDateTime changed = created.plusSeconds(random.nextLong(30L * 24 * 3600));
                if (changed.toInstant().isAfter(now)) {
                    changed = created;
                }
                ps.setLong(1, id);
                ps.setString(2, bug ? "BUG" : "FEATURE");
                ps.setString(3, (bug ? "Spans missing with " : "Support ") + topic + " (request " + id + ")");
                ps.setString(4, "Seeded " + (bug ? "bug report" : "feature request") + " about " + topic
                        + ": the benchmark needs realistic row sizes, so this says a sentence or two.");
                ps.setString(5, member(random.nextInt(members)));
                ps.setString(6, "SLASH_COMMAND");
                ps.setString(7, status[id].name());
                ps.setInt(8, voteCount[id]);
                ps.setBoolean(9, hidden[id]);
                if (mergedInto[id] == 0) {
                    ps.setNull(10, Types.BIGINT);
                } else {
                    ps.setLong(10, mergedInto[id]);
                }
                ps.setObject(11, created);
                ps.setObject(12, status[id] == FeedbackStatus.NEW ? created : changed);
                if (status[id] == FeedbackStatus.SHIPPED) {
                    ps.setObject(13, changed);
                } else {
                    ps.setNull(13, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                ps.setBoolean(14, status[id] == FeedbackStatus.SHIPPED && voteCount[id] >= 3);
                ps.setBoolean(15, status[id].isOpen() && !hidden[id] && mergedInto[id] == 0);
                ps.setInt(16, voteCount[id]); // no GitHub upvotes: the combined count listings sort by is Slack's
                ps.addBatch();
                if (id % 5_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
    }

    private void insertVotes(Connection c, int[] voteCount) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into feedback_votes (item_id, member_id, voted_at) values (?, ?, ?)")) {
            int batched = 0;
            for (int id = 1; id < voteCount.length; id++) {
                int offset = random.nextInt(members);
                for (int j = 0; j < voteCount[id]; j++) {
                    ps.setLong(1, id);
                    ps.setString(2, member((offset + j) % members)); // consecutive, so distinct within an item
                    ps.setObject(3, OffsetDateTime.ofInstant(now.minusSeconds(random.nextLong(365L * 24 * 3600)),
                            ZoneOffset.UTC));
                    ps.addBatch();
                    if (++batched % 10_000 == 0) {
                        ps.executeBatch();
                    }
                    if (batched % 100_000 == 0) {
                        c.commit();
                    }
                }
            }
            ps.executeBatch();
        }
        c.commit();
    }

    /** Checks vote_count against the votes table; answers {total votes, items whose count is off}. */
    static long[] consistency(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long total;
            long counted;
            long off;
            try (ResultSet rs = s.executeQuery("select count(*) from feedback_votes")) {
                rs.next();
                total = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("select coalesce(sum(vote_count), 0) from feedback_items")) {
                rs.next();
                counted = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("select count(*) from feedback_items i left join "
                    + "(select item_id, count(*) n from feedback_votes group by item_id) v on v.item_id = i.id "
                    + "where i.vote_count <> coalesce(v.n, 0)")) {
                rs.next();
                off = rs.getLong(1);
            }
            return new long[] {total, counted, off};
        }
    }
}
