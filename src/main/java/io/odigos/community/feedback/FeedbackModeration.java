package io.odigos.community.feedback;

import io.odigos.community.core.Refusal;
import io.odigos.community.moderation.Moderatable;
import java.util.Optional;

/** Feedback items in the moderation queue: described by their post, hidden and restored by the feedback rules. */
final class FeedbackModeration implements Moderatable {

    static final String KIND = "feedback";

    private final FeedbackService service;

    FeedbackModeration(FeedbackService service) {
        this.service = service;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<ModeratedItem> describe(String itemId) {
        return parse(itemId).flatMap(service::find).map(item -> new ModeratedItem(
                item.kind().label() + " #" + item.id() + ": " + item.title(), link(item), item.hidden()));
    }

    @Override
    public void hide(String itemId, String adminId) {
        service.hide(id(itemId), adminId);
    }

    @Override
    public void restore(String itemId, String adminId) {
        service.restore(id(itemId), adminId);
    }

    /** The channel post's permalink in the form Slack resolves in any workspace; null before it is posted. */
    private static String link(FeedbackItem item) {
        return item.postTs() == null ? null
                : "https://slack.com/archives/" + item.postChannel() + "/p" + item.postTs().replace(".", "");
    }

    private static Optional<Long> parse(String itemId) {
        try {
            return Optional.of(Long.parseLong(itemId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long id(String itemId) {
        return parse(itemId).orElseThrow(() -> new Refusal("There is no request " + itemId + "."));
    }
}
