package io.odigos.community.feedback;

import io.odigos.community.slack.LivePostSource;
import io.odigos.community.slack.OutgoingMessage;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

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
    public int batch() {
        return 50;
    }

    @Override
    public List<FeedbackItem> dirtyPosts(EntityManager em, int limit) {
        return store.dirtyPosts(em, limit);
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

    @Override
    public void posted(EntityManager em, long id, String channel, String ts) {
        store.posted(em, id, channel, ts);
    }

    @Override
    public void postShows(EntityManager em, long id, int version) {
        store.postShows(em, id, version);
    }

    @Override
    public void postRefused(EntityManager em, long id, String reason, Instant at) {
        store.postRefused(em, id, reason, at);
    }

    @Override
    public List<FeedbackItem> refusedPosts(EntityManager em, int limit) {
        return store.refusedPosts(em, limit);
    }

    @Override
    public long refusedPostCount(EntityManager em) {
        return store.refusedPostCount(em);
    }

    @Override
    public int retryRefusedPosts(EntityManager em, Long id) {
        return store.retryRefusedPosts(em, id);
    }
}
