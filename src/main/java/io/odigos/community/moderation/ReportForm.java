package io.odigos.community.moderation;

import io.odigos.community.slack.ReportButton.Target;
import java.util.Objects;

/** What the report modal carries in private_metadata: the item, and the channel to thank the member in (or null). */
record ReportForm(String kind, String itemId, String channel) {

    ReportForm {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
    }

    Target target() {
        return new Target(kind, itemId);
    }
}
