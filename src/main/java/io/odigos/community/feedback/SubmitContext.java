package io.odigos.community.feedback;

import io.odigos.community.core.Refusal;
import com.google.gson.Gson;

/** What the submit modal carries in private_metadata between opening and submission. */
record SubmitContext(FeedbackKind kind, FeedbackSource source, String sourceLink) {

    private static final Gson GSON = new Gson();

    String toMetadata() {
        return GSON.toJson(this);
    }

    static SubmitContext fromMetadata(String json) {
        SubmitContext c = json == null || json.isBlank() ? null : GSON.fromJson(json, SubmitContext.class);
        if (c == null || c.kind() == null || c.source() == null) {
            throw new Refusal("This form is out of date; please open it again.");
        }
        return c;
    }

    SubmitContext withKind(FeedbackKind other) {
        return new SubmitContext(other, source, sourceLink);
    }
}
