package io.odigos.community.design;

import io.odigos.community.core.Database;
import io.odigos.community.slack.LivePostSource;
import io.odigos.community.slack.OutgoingMessage;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * The channel posts of design documents and brainstorms, kept current (counts, ideas, window, outcome) by
 * slack/LivePostRefresher.
 */
final class DesignLivePosts implements LivePostSource<DesignDocument> {

    private final Database database;
    private final DesignStore store;

    DesignLivePosts(Database database, DesignStore store) {
        this.database = database;
        this.store = store;
    }

    @Override
    public String refPrefix() {
        return "design:";
    }

    @Override
    public int batch() {
        return 20;
    }

    @Override
    public List<DesignDocument> dirtyPosts(EntityManager em, int limit) {
        return store.dirtyPosts(em, limit);
    }

    /** The post as the document stands now, its questions or top ideas read in one transaction. */
    @Override
    public OutgoingMessage render(DesignDocument document, String channel) {
        var blocks = database.inTransaction(em -> document.isBrainstorm()
                ? DesignViews.brainstormPost(document, store.topIdeas(em, document.id(), DesignViews.IDEAS_SHOWN),
                store.ideaCount(em, document.id()))
                : DesignViews.documentPost(document, store.questions(em, document.id())));
        return OutgoingMessage.to(channel, DesignMessages.postText(document), blocks);
    }

    @Override
    public String describe(DesignDocument document) {
        return "the channel post of design document #" + document.id() + ", " + document.title();
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
    public List<DesignDocument> refusedPosts(EntityManager em, int limit) {
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
