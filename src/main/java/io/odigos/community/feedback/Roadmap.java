package io.odigos.community.feedback;

import java.util.List;

/** What is coming and what recently shipped. */
public record Roadmap(List<ItemSummary> planned, List<ItemSummary> inProgress, List<ItemSummary> shipped) {

    public boolean isEmpty() {
        return planned.isEmpty() && inProgress.isEmpty() && shipped.isEmpty();
    }
}
