package io.odigos.community.slack;

import com.slack.api.model.block.element.ButtonElement;
import java.util.Optional;

/**
 * The "Report" button a feature adds to a post that carries member-written content. Its value names the item as
 * kind:id; the moderation feature handles the click, so a feature only decides where the button goes.
 */
public final class ReportButton {

    public static final String ACTION = "report_item";

    /** Which item a Report button stands for: the owning feature's kind (e.g. "feedback") and its id there. */
    public record Target(String kind, String itemId) {
        public String value() {
            return kind + ":" + itemId;
        }
    }

    private ReportButton() {
    }

    public static ButtonElement of(String kind, String itemId) {
        return BlockKit.button(":triangular_flag_on_post: Report", ACTION, new Target(kind, itemId).value());
    }

    /** The item a clicked button's value names; empty when the value is not one this class wrote. */
    public static Optional<Target> parse(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Target(value.substring(0, colon), value.substring(colon + 1)));
    }
}
