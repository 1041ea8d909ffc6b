package io.odigos.community.discussions;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.odigos.community.core.Database;
import io.odigos.community.slack.SlackOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the upvotes of mirrored discussions, since GitHub sends no event for an upvote. One query asks for up to
 * {@link #FIELDS_PER_QUERY} aliased {@code nodes(ids:)} fields of {@link #IDS_PER_FIELD} ids each (GitHub's limit per
 * field), and for {@code rateLimit}, so the points it really cost are known. The poller spends at most
 * GITHUB_DISCUSSIONS_POINTS_PER_HOUR of its own over any hour (the mirror's writes are paced apart, by
 * {@link WritePace}), and about a sixtieth of that per run, so a backlog is spread over the hour. Recently active
 * discussions come first ({@link UpvoteStore#due}). A discussion GitHub answers as null was deleted. GitHub failing
 * never touches Slack: a rate limit waits for GitHub's reset, an outage backs off, and what was not polled stays due.
 */
public final class UpvotePoller {

    static final int IDS_PER_FIELD = 100;
    static final int FIELDS_PER_QUERY = 5;
    static final int IDS_PER_QUERY = IDS_PER_FIELD * FIELDS_PER_QUERY;
    /** How often the job runs: the hour's share is spread over this many runs. */
    static final Duration RUN_INTERVAL = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(UpvotePoller.class);

    /** What the admin view shows of polling. */
    public record State(int pointsPerHour, int pointsUsedInLastHour, Optional<Instant> pausedUntil,
                        Optional<String> trouble) {
    }

    private final Database database;
    private final UpvoteStore store;
    private final GitHubGraphQL github;
    private final SlackOutbox outbox;
    private final int pointsPerHour;
    /** Only the poller's own points: the shared budget counts the mirror's writes too. */
    private final PointsBudget spent;
    private final Clock clock;
    /** What the last query cost: the next is sent only if the share still holds that much. */
    private int expectedCost = 1;
    private final GitHubPause pause;
    private volatile String trouble;

    UpvotePoller(Database database, UpvoteStore store, GitHubGraphQL github, SlackOutbox outbox, int pointsPerHour,
                 Clock clock) {
        this.database = database;
        this.store = store;
        this.github = github;
        this.outbox = outbox;
        this.pointsPerHour = pointsPerHour;
        this.spent = new PointsBudget(clock);
        this.clock = clock;
        this.pause = new GitHubPause(clock);
    }

    /** One run; answers how many discussions it polled. */
    public synchronized int run() {
        Instant now = clock.instant();
        if (pause.active()) {
            return 0;
        }
        // a run may send one query the hour's share still holds, even when GitHub charges more than a run's slice
        int allowance = Math.min(Math.max(perRun(), expectedCost), pointsPerHour - spent.usedInLastHour());
        int queries = allowance / expectedCost;
        if (queries <= 0) {
            return 0;
        }
        List<UpvoteStore.Due> due = database.inTransaction(em -> store.due(em, now, queries * IDS_PER_QUERY));
        int polled = 0;
        int changed = 0;
        int spentThisRun = 0;
        for (int from = 0; from < due.size() && spentThisRun + expectedCost <= allowance; from += IDS_PER_QUERY) {
            List<UpvoteStore.Due> chunk = due.subList(from, Math.min(due.size(), from + IDS_PER_QUERY));
            JsonObject data;
            try {
                data = github.queryAllowingMissing(query(chunk.size()), variables(chunk));
            } catch (GitHubFailure e) {
                trouble = e.getMessage();
                log.warn("GitHub Discussions: polling upvotes failed ({}); it waits until {}", e.getMessage(),
                        pause.after(e));
                break;
            }
            int cost = costOf(data);
            spent.spend(cost);
            spentThisRun += cost;
            expectedCost = Math.max(1, cost);
            pause.succeeded();
            trouble = null;
            changed += apply(chunk, data, clock.instant());
            polled += chunk.size();
        }
        if (polled > 0) {
            log.info("GitHub Discussions: upvotes of {} discussion(s) polled, {} changed, {} point(s) spent",
                    polled, changed, spentThisRun);
        }
        return polled;
    }

    /** A sixtieth of the hour's share per run, at least one point, so one run never spends the hour. */
    private int perRun() {
        long runsPerHour = Duration.ofHours(1).dividedBy(RUN_INTERVAL);
        return (int) Math.max(1, (pointsPerHour + runsPerHour - 1) / runsPerHour);
    }

    /** {@code query PollUpvotes($a0: [ID!]!, ...) { a0: nodes(ids: $a0) { ... } ... rateLimit {...} }}. */
    static String query(int ids) {
        int fields = (ids + IDS_PER_FIELD - 1) / IDS_PER_FIELD;
        StringBuilder params = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int f = 0; f < fields; f++) {
            params.append(f == 0 ? "" : ", ").append("$a").append(f).append(": [ID!]!");
            body.append(" a").append(f).append(": nodes(ids: $a").append(f)
                    .append(") { ... on Discussion { id upvoteCount } }");
        }
        return "query PollUpvotes(" + params + ") {" + body + " " + GitHubGraphQL.RATE_LIMIT_FIELD + " }";
    }

    private static JsonObject variables(List<UpvoteStore.Due> chunk) {
        JsonObject variables = new JsonObject();
        for (int from = 0, f = 0; from < chunk.size(); from += IDS_PER_FIELD, f++) {
            JsonArray ids = new JsonArray();
            chunk.subList(from, Math.min(chunk.size(), from + IDS_PER_FIELD)).forEach(d -> ids.add(d.discussionId()));
            variables.add("a" + f, ids);
        }
        return variables;
    }

    /** Carries the answer to the database: answers how many counts changed. */
    private int apply(List<UpvoteStore.Due> chunk, JsonObject data, Instant now) {
        List<Long> unchanged = new ArrayList<>();
        int changed = 0;
        for (int i = 0; i < chunk.size(); i++) {
            UpvoteStore.Due due = chunk.get(i);
            JsonElement field = data.get("a" + (i / IDS_PER_FIELD));
            JsonElement node = field != null && field.isJsonArray() && field.getAsJsonArray().size() > i % IDS_PER_FIELD
                    ? field.getAsJsonArray().get(i % IDS_PER_FIELD) : null;
            if (node == null) {
                unchanged.add(due.itemId()); // a short answer: polled again on schedule
            } else if (node.isJsonNull()) {
                database.runInTransaction(em -> {
                    store.gone(em, due.itemId(), now);
                    outbox.liveMessagesChanged();
                });
                log.warn("GitHub Discussions: the discussion of request #{} is gone on GitHub; its upvotes no longer "
                        + "count", due.itemId());
                changed++;
            } else if (upvotesOf(node).filter(u -> u != due.upvotes()).isPresent()) {
                int upvotes = upvotesOf(node).get();
                database.runInTransaction(em -> {
                    store.upvotesChanged(em, due.itemId(), upvotes, now);
                    outbox.liveMessagesChanged(); // the channel post redraws with the new count
                });
                changed++;
            } else {
                unchanged.add(due.itemId());
            }
        }
        database.runInTransaction(em -> store.polled(em, unchanged, now));
        return changed;
    }

    private static Optional<Integer> upvotesOf(JsonElement node) {
        JsonObject o = node.isJsonObject() ? node.getAsJsonObject() : null;
        return o != null && o.has("upvoteCount") && o.get("upvoteCount").isJsonPrimitive()
                ? Optional.of(o.get("upvoteCount").getAsInt()) : Optional.empty();
    }

    /** GitHub's own count when it answered {@code rateLimit}; otherwise the least a query costs. */
    private static int costOf(JsonObject data) {
        JsonElement rateLimit = data.get("rateLimit");
        if (rateLimit != null && rateLimit.isJsonObject() && rateLimit.getAsJsonObject().has("cost")) {
            return Math.max(0, rateLimit.getAsJsonObject().get("cost").getAsInt());
        }
        return 1;
    }

    public State state() {
        return new State(pointsPerHour, spent.usedInLastHour(), pause.until(), Optional.ofNullable(trouble));
    }
}
