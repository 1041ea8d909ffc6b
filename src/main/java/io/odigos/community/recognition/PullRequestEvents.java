package io.odigos.community.recognition;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code pull_request} events of the GitHub webhook: a merged pull request becomes a contribution, once. */
final class PullRequestEvents implements GitHubEvents {

    private final GitHubContributions github;

    PullRequestEvents(GitHubContributions github) {
        this.github = github;
    }

    @Override
    public String event() {
        return "pull_request";
    }

    @Override
    public String handle(String deliveryId, JsonObject json) {
        JsonObject pr = json.has("pull_request") && json.get("pull_request").isJsonObject()
                ? json.getAsJsonObject("pull_request") : null;
        if (pr == null || !json.has("action") || !json.has("repository") || !json.get("repository").isJsonObject()) {
            throw new Malformed("a pull_request event needs action, pull_request and repository");
        }
        boolean merged = "closed".equals(json.get("action").getAsString()) && pr.has("merged")
                && !pr.get("merged").isJsonNull() && pr.get("merged").getAsBoolean();
        if (!merged) {
            return "ignored: not a merged pull request";
        }
        MergedPullRequest pullRequest;
        try {
            pullRequest = mergedPullRequest(json.getAsJsonObject("repository"), pr);
        } catch (RuntimeException e) {
            throw new Malformed("the pull_request payload is missing a field: " + e.getMessage());
        }
        return switch (github.recordDelivery(deliveryId, pullRequest)) {
            case RECORDED -> "recorded";
            case PULL_REQUEST_ALREADY_RECORDED -> "ignored: pull request already recorded";
            case ALREADY_RECEIVED -> "ignored: delivery already received";
        };
    }

    private static MergedPullRequest mergedPullRequest(JsonObject repository, JsonObject pr) {
        List<String> labels = new ArrayList<>();
        if (pr.has("labels") && pr.get("labels").isJsonArray()) {
            pr.getAsJsonArray("labels").forEach(l -> labels.add(l.getAsJsonObject().get("name").getAsString()));
        }
        return new MergedPullRequest(
                repository.get("full_name").getAsString(),
                pr.get("number").getAsLong(),
                pr.getAsJsonObject("user").get("login").getAsString(),
                pr.get("title").getAsString(),
                pr.get("html_url").getAsString(),
                labels,
                pr.has("merged_at") && !pr.get("merged_at").isJsonNull()
                        ? Instant.parse(pr.get("merged_at").getAsString()) : null);
    }
}
