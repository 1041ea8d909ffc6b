package io.odigos.community.moderation;

import com.google.gson.Gson;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.ReportButton.Target;

/** What the report modal carries in private_metadata: the item, and the channel to thank the member in (or null). */
record ReportForm(String kind, String itemId, String channel) {

    private static final Gson GSON = new Gson();

    Target target() {
        return new Target(kind, itemId);
    }

    String toMetadata() {
        return GSON.toJson(this);
    }

    static ReportForm fromMetadata(String json) {
        ReportForm form = json == null || json.isBlank() ? null : GSON.fromJson(json, ReportForm.class);
        if (form == null || form.kind() == null || form.itemId() == null) {
            throw new Refusal("This form is out of date; please open it again.");
        }
        return form;
    }
}
