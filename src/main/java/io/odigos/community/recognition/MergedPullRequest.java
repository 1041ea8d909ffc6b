package io.odigos.community.recognition;

import java.time.Instant;
import java.util.List;

/** What recognition keeps of a merged pull request; {@code mergedAt} may be null (then: when it arrived). */
public record MergedPullRequest(String repository, long number, String authorLogin, String title, String url,
                                List<String> labels, Instant mergedAt) {

    public MergedPullRequest {
        labels = List.copyOf(labels);
    }

    String externalId() {
        return "github:pr:" + repository + "#" + number;
    }
}
