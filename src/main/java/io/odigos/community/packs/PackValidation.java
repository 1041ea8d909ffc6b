package io.odigos.community.packs;

import java.util.List;

/**
 * What validating a pack found: its documents when every one is valid, else every problem found and no documents,
 * so a caller can never store part of a pack.
 */
public record PackValidation(List<PackDocument> documents, List<PackProblem> problems) {

    public PackValidation {
        documents = problems.isEmpty() ? List.copyOf(documents) : List.of();
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
