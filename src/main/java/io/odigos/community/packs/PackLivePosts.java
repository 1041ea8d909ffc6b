package io.odigos.community.packs;

import io.odigos.community.core.Database;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.LivePostSource;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import java.util.List;

/**
 * Each pack's card in the community channel, kept current by slack/LivePostRefresher: posted when its first version
 * is published, updated when a later one is, when its ratings or confirmations change, or when an admin hides or
 * restores it. A burst of ratings is one update.
 */
final class PackLivePosts implements LivePostSource<Pack> {

    private final Database database;
    private final PackSummaries summaries;
    private final PackViews views;
    private final SlackOutbox outbox;

    PackLivePosts(Database database, PackSummaries summaries, PackViews views, SlackOutbox outbox) {
        this.database = database;
        this.summaries = summaries;
        this.views = views;
        this.outbox = outbox;
    }

    /** The pack's card changes with the caller's transaction; the refresher catches up once it commits. */
    void changed(Pack pack) {
        pack.cardChanged();
        outbox.liveMessagesChanged();
    }

    @Override
    public String refPrefix() {
        return "pack:";
    }

    @Override
    public Class<Pack> entity() {
        return Pack.class;
    }

    @Override
    public int batch() {
        return 20;
    }

    /** A pack never shown and not public (pending, declined, hidden) is not posted. */
    @Override
    public boolean staysUnposted(Pack pack) {
        return !pack.visible();
    }

    @Override
    public OutgoingMessage render(Pack pack, String channel) {
        if (!pack.visible()) {
            return OutgoingMessage.to(channel, PackViews.HIDDEN, List.of(BlockKit.section(PackViews.HIDDEN)));
        }
        PackSummary shown = database.inTransaction(em -> summaries.of(em, em.find(Pack.class, pack.id())));
        return OutgoingMessage.to(channel, PackViews.cardText(shown), views.card(shown));
    }

    @Override
    public String describe(Pack pack) {
        return "the card of the pack " + pack.name();
    }
}
