package io.odigos.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.feedback.FeedbackViews;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.SignedSlack;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rolling upgrade: two instances on one PostgreSQL and one Slack take signed votes, submissions and status changes
 * (which DM every voter) while each in turn is stopped gracefully and replaced by a new one. Like an Ingress that
 * has not yet noticed, the test keeps sending requests to a stopping instance until it turns one away, then drops it
 * and sends that request to another.
 * Every acknowledged request is stored once, and every message the bot promised reaches Slack exactly once.
 */
class RollingUpgradeOnPostgresTest {

    static final Duration WAIT = Duration.ofSeconds(90);
    /**
     * For the last messages and posts: a send cut off by a stop is sent again once its one-minute claim runs out, and
     * CI runs this beside another fork, so the wait is that minute and then some.
     */
    static final Duration DRAIN = Duration.ofMinutes(3);
    static final List<String> STATUSES = List.of("under-review", "planned", "in-progress");

    SlackEmulator slack;
    String database;
    final List<TestBot> live = new CopyOnWriteArrayList<>();
    /** Instances that were sent SIGTERM; the router drops each once it turns a request away. */
    final Set<TestBot> stopping = ConcurrentHashMap.newKeySet();
    final AtomicInteger turnedAway = new AtomicInteger();
    final AtomicBoolean loading = new AtomicBoolean(true);
    final List<Throwable> loadFailures = new CopyOnWriteArrayList<>();

    final Map<Long, String> titleOf = new ConcurrentHashMap<>();
    final Map<Long, String> authorOf = new ConcurrentHashMap<>();
    final Map<Long, Set<String>> ackedVoters = new ConcurrentHashMap<>();
    /** "member|#id |to *status*" -> 1 for every status change acknowledged. */
    final Map<String, Integer> statusDms = new ConcurrentHashMap<>();
    final AtomicInteger votesAcked = new AtomicInteger();
    final AtomicInteger members = new AtomicInteger();

    @BeforeEach
    void twoInstancesOnOnePostgres() throws Exception {
        slack = SlackEmulator.start(0);
        slack.addUser(TestBot.ADMIN, "Ada Admin", "Europe/Berlin", false, false);
        database = Postgres.newDatabase();
        live.add(startInstance());
        live.add(startInstance());
    }

    @AfterEach
    void stopAll() {
        loading.set(false);
        live.forEach(TestBot::close);
        if (slack != null) {
            slack.close();
        }
    }

    TestBot startInstance() throws Exception {
        Map<String, String> settings = new HashMap<>(Postgres.SETTINGS);
        settings.put("SLACK_API_URL", slack.apiUrl());
        return TestBot.start(database, settings);
    }

    @Test
    void replacingBothInstancesUnderLoadLosesNoRequestAndSendsNoMessageTwice() throws Exception {
        List<Long> voted = new ArrayList<>();
        List<Long> changing = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            voted.add(submit("Voted request [" + i + "]"));
            long item = submit("Changing request [" + i + "]");
            vote(item);
            vote(item);
            changing.add(item);
        }
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            load.add(loadThread("votes-" + i, () -> vote(voted.get(ThreadLocalRandom.current().nextInt(voted.size())))));
        }
        load.add(loadThread("submissions", () -> submit("Request during the upgrade [" + members.get() + "]")));
        load.add(statusChanges(changing));
        load.forEach(Thread::start);

        for (int round = 0; round < 2; round++) {
            awaitMoreVotes(40);
            TestBot old = live.get(0);
            stopping.add(old);
            Thread sigterm = new Thread(old::close, "sigterm-" + round);
            sigterm.start(); // the instance stops taking requests while the router still sends it some
            sigterm.join(WAIT.toMillis());
            assertTrue(!sigterm.isAlive(), "the stopped instance's shutdown finished");
            Eventually.holds("the router noticed the stopped instance", WAIT, () -> !live.contains(old));
            live.add(startInstance());
        }
        awaitMoreVotes(40);
        loading.set(false);
        for (Thread thread : load) {
            thread.join(WAIT.toMillis());
        }
        assertEquals(List.of(), loadFailures, "requests no live instance acknowledged");
        assertTrue(turnedAway.get() >= 2, "each stopping instance turned requests away: " + turnedAway);

        TestBot last = live.get(live.size() - 1);
        try {
            Eventually.holds("every message is sent and every post shows its votes", DRAIN, () ->
                    last.bot.platform().outbox().pending() == 0 && last.bot.platform().database().inTransaction(em ->
                            em.createQuery("select count(i) from FeedbackItem i where i.postDirty = true", Long.class)
                                    .getSingleResult()) == 0);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; still pending: " + last.bot.platform().outbox().status(0)
                    + "; dirty posts: " + last.bot.platform().database().inTransaction(em -> em.createNativeQuery(
                            "select id, post_ts, post_error from feedback_items where post_dirty = true")
                    .getResultList().stream().map(r -> java.util.Arrays.toString((Object[]) r)).toList())
                    + "; leases: " + last.bot.platform().database().inTransaction(em -> em.createNativeQuery(
                            "select name, holder, held_until from leases").getResultList().stream()
                    .map(r -> java.util.Arrays.toString((Object[]) r)).toList()), e);
        }
        assertEquals(0, last.bot.platform().outbox().status(0).undeliverable());
        assertEquals(ackedVoters, storedVoters(), "the votes stored are exactly the votes acknowledged");
        for (Map.Entry<Long, String> item : titleOf.entrySet()) {
            long id = item.getKey();
            List<EmulatedMessage> posts = slack.messages(TestBot.CHANNEL).stream()
                    .filter(m -> m.visibleText().contains(item.getValue())).toList();
            assertEquals(1, posts.size(), "channel posts of #" + id + ": " + posts);
            int votes = ackedVoters.getOrDefault(id, Set.of()).size();
            if (votes > 0) {
                assertTrue(posts.get(0).visibleText().contains(votes + (votes == 1 ? " vote" : " votes")),
                        "#" + id + " shows " + votes + " votes: " + posts.get(0).visibleText());
            }
            assertEquals(1, slack.dmsTo(authorOf.get(id)).stream()
                    .filter(m -> m.text().contains("#" + id + " ") && m.text().contains("Thanks!")).count(),
                    "confirmations of #" + id);
        }
        assertTrue(!statusDms.isEmpty(), "status changes were made during the upgrade");
        for (String expected : statusDms.keySet()) {
            String[] key = expected.split("\\|");
            assertEquals(1, slack.dmsTo(key[0]).stream()
                    .filter(m -> m.text().contains(key[1]) && m.text().contains(key[2])).count(), expected);
        }
    }

    /** Runs {@code step} until the load ends, keeping any failure for the test to report. */
    Thread loadThread(String name, Runnable step) {
        return new Thread(() -> {
            try {
                while (loading.get()) {
                    step.run();
                }
            } catch (Throwable e) {
                loadFailures.add(e);
            }
        }, name);
    }

    /** Moves each changing request through the statuses, one change at a time, while the load lasts. */
    Thread statusChanges(List<Long> items) {
        List<Runnable> changes = new ArrayList<>();
        for (String status : STATUSES) {
            for (long item : items) {
                changes.add(() -> changeStatus(item, status));
            }
        }
        AtomicInteger next = new AtomicInteger();
        return loadThread("status-changes", () -> {
            if (next.get() < changes.size()) {
                changes.get(next.getAndIncrement()).run();
            }
            pause(Duration.ofMillis(300));
        });
    }

    void awaitMoreVotes(int more) {
        int target = votesAcked.get() + more;
        Eventually.holds(more + " more votes acknowledged", WAIT,
                () -> votesAcked.get() >= target || !loadFailures.isEmpty());
        assertEquals(List.of(), loadFailures);
    }

    /** A new member's vote, clicked on the channel post. */
    void vote(long item) {
        String voter = "UVOTER" + members.incrementAndGet();
        acked("a vote on #" + item, to -> to.interaction(Payloads.clickInMessage(voter, TestBot.CHANNEL, "1.0",
                FeedbackViews.VOTE, Long.toString(item))));
        ackedVoters.computeIfAbsent(item, i -> ConcurrentHashMap.newKeySet()).add(voter);
        votesAcked.incrementAndGet();
    }

    /** A new member's request through the /feedback modal; answers its id. */
    long submit(String title) {
        String author = "UAUTHOR" + members.incrementAndGet();
        int opened = slack.calls("views.open").size();
        acked("/feedback", to -> to.slashCommand(author, "/feedback", ""));
        // one thread submits at a time, so the last modal opened is this member's
        Eventually.holds("the modal opens for " + author, WAIT, () -> slack.calls("views.open").size() > opened);
        JsonObject modal = slack.lastOpenedView();
        acked("submitting " + title, to -> to.interaction(Payloads.submit(author, modal,
                Map.of("title", title, "problem", "Seen during a rolling upgrade"))));
        List<Long> ids = new ArrayList<>();
        query("select id from feedback_items where title = '" + title + "'", row -> ids.add(row.getLong(1)));
        assertEquals(1, ids.size(), "requests titled " + title);
        long id = ids.get(0);
        titleOf.put(id, title);
        authorOf.put(id, author);
        return id;
    }

    void changeStatus(long item, String status) {
        String answer = acked("status " + status + " of #" + item, to -> to.slashCommand(TestBot.ADMIN,
                "/community-admin", "status " + item + " " + status));
        assertTrue(answer.contains("is now"), answer);
        Set<String> told = new HashSet<>(ackedVoters.getOrDefault(item, Set.of()));
        told.add(authorOf.get(item));
        told.forEach(member -> statusDms.put(member + "|#" + item + " |to *" + status.replace('-', ' ') + "*", 1));
    }

    /**
     * Sends the request to a live instance until one acknowledges it: an instance that is stopping refuses the
     * connection or answers 503, and is dropped from the live ones. Answers the acknowledgement's body.
     */
    String acked(String what, Function<SignedSlack, HttpResponse<String>> request) {
        for (int attempt = 0; attempt < 20; attempt++) {
            List<TestBot> now = List.copyOf(live);
            TestBot to = now.get(ThreadLocalRandom.current().nextInt(now.size()));
            try {
                HttpResponse<String> r = request.apply(to.signed);
                if (r.statusCode() == 200) {
                    return r.body();
                }
                assertEquals(503, r.statusCode(), what + ": " + r.body());
                assertTrue(stopping.contains(to), what + " was turned away by an instance that was not stopping");
            } catch (IllegalStateException refused) {
                // the connection was refused (or closed before the request was read): the instance stopped
                assertTrue(stopping.contains(to), what + " failed on an instance that was not stopping: " + refused);
            }
            turnedAway.incrementAndGet();
            if (stopping.contains(to)) {
                live.remove(to);
            }
            pause(Duration.ofMillis(100));
        }
        throw new AssertionError(what + " was acknowledged by no instance");
    }

    Map<Long, Set<String>> storedVoters() throws Exception {
        Map<Long, Set<String>> stored = new HashMap<>();
        query("select item_id, member_id from feedback_votes",
                row -> stored.computeIfAbsent(row.getLong(1), i -> new HashSet<>()).add(row.getString(2)));
        return stored;
    }

    @FunctionalInterface
    interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /** Reads the shared database directly: whichever instance is live, what it stored is there. */
    void query(String sql, Row reader) {
        try (Connection c = DriverManager.getConnection(database, "postgres", Postgres.USER_PASSWORD);
             ResultSet rows = c.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
