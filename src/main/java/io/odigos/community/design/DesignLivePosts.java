package io.odigos.community.design;

import io.odigos.community.core.Database;
import io.odigos.community.slack.LivePostSource;
import io.odigos.community.slack.OutgoingMessage;

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
    public Class<DesignDocument> entity() {
        return DesignDocument.class;
    }

    @Override
    public int batch() {
        return 20;
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
}
