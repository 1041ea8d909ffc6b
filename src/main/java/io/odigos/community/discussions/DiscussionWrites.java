package io.odigos.community.discussions;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GraphQL calls the mirror makes, one method each, named operations (GitHub logs them, and the tests' fake
 * answers by name). Every mutation costs 5 points of GitHub's secondary limit; the {@link Mirror} paces them.
 */
final class DiscussionWrites {

    /** How GitHub closes a discussion; it has no "not planned", so a declined request closes as outdated. */
    enum CloseReason { RESOLVED, OUTDATED, DUPLICATE }

    /** A recent discussion of the category, to find one created just before an answer was lost. */
    record Recent(Discussion discussion, String body) {
    }

    private final GitHubGraphQL github;
    private final WritePace pace;
    private final String owner;
    private final String name;
    /** Label ids by name, empty when the repository has no such label; labels are rarely added while the bot runs. */
    private final Map<String, Optional<String>> labels = new HashMap<>();

    DiscussionWrites(GitHubGraphQL github, WritePace pace, String repository) {
        this.github = github;
        this.pace = pace;
        String[] ownerName = repository.split("/", 2);
        this.owner = ownerName[0];
        this.name = ownerName[1];
    }

    Discussion create(String repositoryId, String categoryId, String title, String body) throws GitHubFailure {
        JsonObject v = vars("repositoryId", repositoryId, "categoryId", categoryId, "title", title, "body", body);
        JsonObject d = mutate("mutation CreateDiscussion($repositoryId: ID!, $categoryId: ID!, $title: String!, "
                + "$body: String!) { createDiscussion(input: {repositoryId: $repositoryId, categoryId: $categoryId, "
                + "title: $title, body: $body}) { discussion { id number url } } }", v);
        return discussion(d.getAsJsonObject("createDiscussion").getAsJsonObject("discussion"));
    }

    void update(String discussionId, String title, String body) throws GitHubFailure {
        mutate("mutation UpdateDiscussion($id: ID!, $title: String!, $body: String!) { updateDiscussion(input: "
                + "{discussionId: $id, title: $title, body: $body}) { discussion { id } } }",
                vars("id", discussionId, "title", title, "body", body));
    }

    String comment(String discussionId, String body) throws GitHubFailure {
        JsonObject d = mutate("mutation AddDiscussionComment($id: ID!, $body: String!) { addDiscussionComment("
                + "input: {discussionId: $id, body: $body}) { comment { id } } }",
                vars("id", discussionId, "body", body));
        return d.getAsJsonObject("addDiscussionComment").getAsJsonObject("comment").get("id").getAsString();
    }

    void updateComment(String commentId, String body) throws GitHubFailure {
        mutate("mutation UpdateDiscussionComment($id: ID!, $body: String!) { updateDiscussionComment(input: "
                + "{commentId: $id, body: $body}) { comment { id } } }", vars("id", commentId, "body", body));
    }

    void close(String discussionId, CloseReason reason) throws GitHubFailure {
        mutate("mutation CloseDiscussion($id: ID!, $reason: DiscussionCloseReason!) { closeDiscussion(input: "
                + "{discussionId: $id, reason: $reason}) { discussion { id } } }",
                vars("id", discussionId, "reason", reason.name()));
    }

    void reopen(String discussionId) throws GitHubFailure {
        mutate("mutation ReopenDiscussion($id: ID!) { reopenDiscussion(input: {discussionId: $id}) "
                + "{ discussion { id } } }", vars("id", discussionId));
    }

    /** Adds one label and takes others off; labels the repository lacks are skipped (the comment says it all). */
    void relabel(String discussionId, String add, List<String> remove) throws GitHubFailure {
        Optional<String> added = label(add);
        if (added.isPresent()) {
            mutate("mutation AddLabels($id: ID!, $labels: [ID!]!) { addLabelsToLabelable(input: {labelableId: "
                    + "$id, labelIds: $labels}) { clientMutationId } }",
                    withIds(vars("id", discussionId), added.get()));
        }
        JsonArray removed = new JsonArray();
        for (String r : remove) {
            label(r).ifPresent(removed::add);
        }
        if (!removed.isEmpty()) {
            JsonObject v = vars("id", discussionId);
            v.add("labels", removed);
            mutate("mutation RemoveLabels($id: ID!, $labels: [ID!]!) { removeLabelsFromLabelable(input: "
                    + "{labelableId: $id, labelIds: $labels}) { clientMutationId } }", v);
        }
    }

    /** The category's latest discussions, newest first. */
    List<Recent> recent(String categoryId, int count) throws GitHubFailure {
        JsonObject v = vars("owner", owner, "name", name, "categoryId", categoryId);
        v.addProperty("count", count);
        JsonObject d = github.query("query RecentDiscussions($owner: String!, $name: String!, $categoryId: ID!, "
                + "$count: Int!) { repository(owner: $owner, name: $name) { discussions(first: $count, categoryId: "
                + "$categoryId, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { id number url body } } } }",
                v);
        return d.getAsJsonObject("repository").getAsJsonObject("discussions").getAsJsonArray("nodes").asList()
                .stream().map(JsonElement::getAsJsonObject)
                .map(n -> new Recent(discussion(n), n.get("body").getAsString())).toList();
    }

    private synchronized Optional<String> label(String labelName) throws GitHubFailure {
        Optional<String> known = labels.get(labelName);
        if (known != null) {
            return known;
        }
        JsonObject d = github.query("query LabelId($owner: String!, $name: String!, $label: String!) { "
                + "repository(owner: $owner, name: $name) { label(name: $label) { id } } }",
                vars("owner", owner, "name", name, "label", labelName));
        JsonElement label = d.getAsJsonObject("repository").get("label");
        Optional<String> id = label == null || label.isJsonNull() ? Optional.empty()
                : Optional.of(label.getAsJsonObject().get("id").getAsString());
        labels.put(labelName, id);
        return id;
    }

    private JsonObject mutate(String mutation, JsonObject variables) throws GitHubFailure {
        pace.acquire();
        return github.query(mutation, variables);
    }

    private static Discussion discussion(JsonObject node) {
        return new Discussion(node.get("id").getAsString(), node.get("number").getAsInt(),
                node.get("url").getAsString());
    }

    private static JsonObject withIds(JsonObject v, String id) {
        JsonArray ids = new JsonArray();
        ids.add(id);
        v.add("labels", ids);
        return v;
    }

    private static JsonObject vars(String... namesAndValues) {
        JsonObject v = new JsonObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            v.addProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return v;
    }
}
