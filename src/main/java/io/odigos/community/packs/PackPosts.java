package io.odigos.community.packs;

import io.odigos.community.core.Database;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.DeliveryException;
import io.odigos.community.slack.DurableTasks;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackPoster;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each visible pack's card in the community channel: posted when its first version is published, updated in place
 * (where {@link Pack#posted} keeps it) when a later one is, its ratings or confirmations change, or an admin hides or
 * restores it. Packs have no "post out of date"
 * column for an outbox refresher to scan, so each change is a durable task: it runs after the change commits, again
 * after a crash or a transient Slack failure, and renders the card from the tables each time it runs.
 */
final class PackPosts {

    private static final String TASK = "pack-card";
    private static final String PACK_ID = "packId";

    private final Database database;
    private final PacksStore store;
    private final PackSummaries summaries;
    private final PackViews views;
    private final SlackPoster poster;
    private final DurableTasks tasks;
    private final String channel;

    PackPosts(Database database, PacksStore store, PackSummaries summaries, PackViews views, SlackPoster poster,
              DurableTasks tasks, String channel) {
        this.database = database;
        this.store = store;
        this.summaries = summaries;
        this.views = views;
        this.poster = poster;
        this.tasks = tasks;
        this.channel = channel;
    }

    void register() {
        tasks.register(TASK, parameters -> show(Long.parseLong(parameters.get(PACK_ID))));
    }

    /** The pack's card changes once the caller's transaction commits. */
    void changed(long packId) {
        database.afterCommit(() -> tasks.run(TASK, Map.of(PACK_ID, Long.toString(packId))));
    }

    private void show(long packId) throws DeliveryException {
        Optional<Pack> found = database.inTransaction(em -> store.pack(em, packId));
        if (found.isEmpty() || !found.get().visible() && found.get().postTs() == null) {
            return; // gone, or never shown: nothing to post or update
        }
        Pack pack = found.get();
        if (!pack.visible()) {
            poster.update(pack.postChannel(), pack.postTs(), OutgoingMessage.to(pack.postChannel(),
                    PackViews.HIDDEN, List.of(BlockKit.section(PackViews.HIDDEN))));
            return;
        }
        PackSummary shown = database.inTransaction(em -> summaries.of(em, store.pack(em, packId).orElseThrow()));
        OutgoingMessage card = OutgoingMessage.to(pack.postTs() == null ? channel : pack.postChannel(),
                PackViews.cardText(shown), views.card(shown));
        if (pack.postTs() == null) {
            SlackPoster.Posted posted = poster.post(card);
            database.runInTransaction(em -> store.lockedPack(em, packId).filter(p -> p.postTs() == null)
                    .ifPresent(p -> p.posted(posted.channel(), posted.ts())));
        } else {
            poster.update(pack.postChannel(), pack.postTs(), card);
        }
    }
}
