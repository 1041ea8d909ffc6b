package io.odigos.community.feedback;

import java.util.Objects;

/** What the submit modal carries in private_metadata between opening and submission. */
record SubmitContext(FeedbackKind kind, FeedbackSource source, String sourceLink) {

    SubmitContext {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    SubmitContext withKind(FeedbackKind other) {
        return new SubmitContext(other, source, sourceLink);
    }
}
