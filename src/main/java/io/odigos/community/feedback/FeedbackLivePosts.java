package io.odigos.community.feedback;

import io.odigos.community.slack.LivePostSource;
import io.odigos.community.slack.OutgoingMessage;

/** The channel posts of feature requests and bug reports, kept current (status, votes) by slack/LivePostRefresher. */
final class FeedbackLivePosts implements LivePostSource<FeedbackItem> {

    private final FeedbackStore store;
    private final FeedbackViews views;

    FeedbackLivePosts(FeedbackStore store, FeedbackViews views) {
        this.store = store;
        this.views = views;
    }

    @Override
    public String refPrefix() {
        return "post:";
    }

    @Override
    public Class<FeedbackItem> entity() {
        return FeedbackItem.class;
    }

    @Override
    public int batch() {
        return 50;
    }

    /** A request hidden or merged before it was ever posted is not shown to the channel at all. */
    @Override
    public boolean staysUnposted(FeedbackItem item) {
        return item.hidden() || item.mergedIntoId() != null;
    }

    @Override
    public OutgoingMessage render(FeedbackItem item, String channel) {
        return OutgoingMessage.to(channel, views.postText(item), views.post(item));
    }

    @Override
    public String describe(FeedbackItem item) {
        return "the channel post of request #" + item.id() + ", " + item.title();
    }
}
