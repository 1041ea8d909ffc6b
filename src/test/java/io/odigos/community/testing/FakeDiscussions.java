package io.odigos.community.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The discussions of {@link FakeGitHub}: what the bot's named GraphQL operations (CreateDiscussion,
 * UpdateDiscussion, CloseDiscussion, ...) did to them, kept as GitHub would, with the time each mutation arrived.
 */
public final class FakeDiscussions {

    /** A comment on a discussion. */
    public record Comment(String id, String body) {
    }

    /** One discussion, as the tests read it. */
    public static final class Discussion {
        public final String id;
        public final int number;
        public final String url;
        public final String categoryId;
        public volatile String title;
        public volatile String body;
        public volatile String author;
        public volatile boolean closed;
        public volatile String closeReason;
        public volatile int upvotes;
        public final Set<String> labels = new LinkedHashSet<>();
        public final List<Comment> comments = new ArrayList<>();

        Discussion(String id, int number, String url, String categoryId, String title, String body, String author) {
            this.id = id;
            this.number = number;
            this.url = url;
            this.categoryId = categoryId;
            this.title = title;
            this.body = body;
            this.author = author;
        }
    }

    /** A mutation as it arrived: its operation name and System.nanoTime() then. */
    public record Mutation(String operation, long atNanos) {
    }

    private final Map<String, Discussion> byId = new LinkedHashMap<>();
    private final Map<String, String> labelIds = new LinkedHashMap<>();
    private final List<Mutation> mutations = new ArrayList<>();
    private final AtomicInteger numbers = new AtomicInteger();
    private volatile boolean loseNextCreateAnswer;
    private final AtomicInteger createsLeft = new AtomicInteger(Integer.MAX_VALUE);
    private final Set<String> deletedCategories = new LinkedHashSet<>();

    /** The repository has these labels (by name), so the bot can put them on discussions. */
    public synchronized void labels(String... names) {
        for (String name : names) {
            labelIds.put(name, "LA_" + name.replace(' ', '_'));
        }
    }

    /** A discussion someone started on GitHub (for webhook tests), in the fake's numbering. */
    public synchronized Discussion startedOnGitHub(String categoryId, String title, String body, String author) {
        return add(categoryId, title, body, author);
    }

    public synchronized void upvotes(Discussion discussion, int count) {
        discussion.upvotes = count;
    }

    public synchronized void delete(Discussion discussion) {
        byId.remove(discussion.id);
    }

    /** The next createDiscussion creates the discussion but its answer is lost (the fake answers 502). */
    public void loseNextCreateAnswer() {
        loseNextCreateAnswer = true;
    }

    /** After {@code count} more createDiscussion calls, GitHub is down for creating (502, nothing created). */
    public void failCreatesAfter(int count) {
        createsLeft.set(count);
    }

    /** An admin deleted the category on GitHub (or restored it): creating a discussion in it is NOT_FOUND. */
    public synchronized void categoryDeleted(String categoryId, boolean deleted) {
        if (deleted) {
            deletedCategories.add(categoryId);
        } else {
            deletedCategories.remove(categoryId);
        }
    }

    public void allowCreates() {
        createsLeft.set(Integer.MAX_VALUE);
    }

    /** The discussion with this node id, or null when there is none (never was, or deleted). */
    synchronized Discussion byId(String id) {
        return byId.get(id);
    }

    public synchronized List<Discussion> all() {
        return List.copyOf(byId.values());
    }

    public synchronized List<Mutation> mutations() {
        return List.copyOf(mutations);
    }

    /** The discussion whose body carries the bot's marker for request {@code itemId}. */
    public synchronized Optional<Discussion> ofRequest(long itemId) {
        String marker = "odigos-community-bot request " + itemId + " ";
        return byId.values().stream().filter(d -> d.body.contains(marker)).findFirst();
    }

    /** Answers a named operation into {@code data}; false when the operation is not one of the discussions'. */
    synchronized Answer answer(String operation, JsonObject v, JsonObject data, JsonArray errors) {
        if (operation.startsWith("Create") || operation.startsWith("Update") || operation.startsWith("Add")
                || operation.startsWith("Close") || operation.startsWith("Reopen") || operation.startsWith("Remove")) {
            mutations.add(new Mutation(operation, System.nanoTime()));
        }
        switch (operation) {
            case "CreateDiscussion" -> {
                if (createsLeft.getAndUpdate(n -> n == Integer.MAX_VALUE ? n : Math.max(0, n - 1)) == 0) {
                    return Answer.LOST;
                }
                if (deletedCategories.contains(string(v, "categoryId"))) {
                    notFound(errors, string(v, "categoryId"));
                    return Answer.ANSWERED;
                }
                Discussion d = add(v.get("categoryId").getAsString(), string(v, "title"), string(v, "body"), "bot");
                data.add("createDiscussion", wrap("discussion", node(d)));
                if (loseNextCreateAnswer) {
                    loseNextCreateAnswer = false;
                    return Answer.LOST;
                }
            }
            case "UpdateDiscussion" -> on(v, errors, d -> {
                d.title = string(v, "title");
                d.body = string(v, "body");
                data.add("updateDiscussion", wrap("discussion", idOnly(d.id)));
            });
            case "AddDiscussionComment" -> on(v, errors, d -> {
                Comment c = new Comment("DC_" + d.number + "_" + d.comments.size(), string(v, "body"));
                d.comments.add(c);
                data.add("addDiscussionComment", wrap("comment", idOnly(c.id())));
            });
            case "UpdateDiscussionComment" -> {
                String id = string(v, "id");
                for (Discussion d : byId.values()) {
                    d.comments.replaceAll(c -> c.id().equals(id) ? new Comment(id, string(v, "body")) : c);
                }
                data.add("updateDiscussionComment", wrap("comment", idOnly(id)));
            }
            case "CloseDiscussion" -> on(v, errors, d -> {
                d.closed = true;
                d.closeReason = string(v, "reason");
                data.add("closeDiscussion", wrap("discussion", idOnly(d.id)));
            });
            case "ReopenDiscussion" -> on(v, errors, d -> {
                d.closed = false;
                d.closeReason = null;
                data.add("reopenDiscussion", wrap("discussion", idOnly(d.id)));
            });
            case "AddLabels", "RemoveLabels" -> on(v, errors, d -> {
                for (JsonElement id : v.getAsJsonArray("labels")) {
                    String name = labelIds.entrySet().stream().filter(e -> e.getValue().equals(id.getAsString()))
                            .map(Map.Entry::getKey).findFirst().orElseThrow();
                    if (operation.equals("AddLabels")) {
                        d.labels.add(name);
                    } else {
                        d.labels.remove(name);
                    }
                }
                data.add(operation.equals("AddLabels") ? "addLabelsToLabelable" : "removeLabelsFromLabelable",
                        new JsonObject());
            });
            case "LabelId" -> {
                String id = labelIds.get(string(v, "label"));
                JsonObject repo = new JsonObject();
                repo.add("label", id == null ? JsonNull.INSTANCE : idOnly(id));
                data.add("repository", repo);
            }
            case "RecentDiscussions" -> {
                JsonArray nodes = new JsonArray();
                byId.values().stream().filter(d -> d.categoryId.equals(string(v, "categoryId")))
                        .sorted(Comparator.comparingInt((Discussion d) -> d.number).reversed())
                        .limit(v.get("count").getAsInt()).forEach(d -> {
                            JsonObject n = node(d);
                            n.addProperty("body", d.body);
                            nodes.add(n);
                        });
                data.add("repository", wrap("discussions", wrap("nodes", nodes)));
            }
            default -> {
                return Answer.UNKNOWN;
            }
        }
        return Answer.ANSWERED;
    }

    /** LOST: answered 502, whether or not the mutation took effect. */
    enum Answer { ANSWERED, LOST, UNKNOWN }

    private interface Change {
        void apply(Discussion d);
    }

    private void on(JsonObject v, JsonArray errors, Change change) {
        Discussion d = byId.get(string(v, "id"));
        if (d == null) {
            notFound(errors, string(v, "id"));
            return;
        }
        change.apply(d);
    }

    /** What GitHub answers for a node id it cannot resolve. */
    private static void notFound(JsonArray errors, String id) {
        JsonObject e = new JsonObject();
        e.addProperty("type", "NOT_FOUND");
        e.addProperty("message", "Could not resolve to a node with the global id of '" + id + "'");
        errors.add(e);
    }

    private Discussion add(String categoryId, String title, String body, String author) {
        int number = numbers.incrementAndGet();
        Discussion d = new Discussion("D_" + number, number,
                "https://github.com/odigos-io/odigos/discussions/" + number, categoryId, title, body, author);
        byId.put(d.id, d);
        return d;
    }

    private static JsonObject node(Discussion d) {
        JsonObject n = idOnly(d.id);
        n.addProperty("number", d.number);
        n.addProperty("url", d.url);
        return n;
    }

    private static JsonObject idOnly(String id) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        return o;
    }

    private static JsonObject wrap(String key, JsonElement value) {
        JsonObject o = new JsonObject();
        o.add(key, value);
        return o;
    }

    private static String string(JsonObject v, String key) {
        return v.has(key) && !v.get(key).isJsonNull() ? v.get(key).getAsString() : null;
    }
}
