package io.odigos.community.packs;

import io.odigos.community.core.Database;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.LivePostSource;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Each pack's card in the community channel, kept current by slack/LivePostRefresher: posted when its first version
 * is published, updated when a later one is, when its ratings or confirmations change, or when an admin hides or
 * restores it. A burst of ratings is one update. The card's post columns are read and written only here.
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
    public int batch() {
        return 20;
    }

    @Override
    public List<Pack> dirtyPosts(EntityManager em, int limit) {
        return em.createQuery("select p from Pack p where p.postDirty = true and p.postError is null order by p.id",
                Pack.class).setMaxResults(limit).getResultList();
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

    @Override
    public void posted(EntityManager em, long id, String channel, String ts) {
        em.createQuery("update Pack p set p.postChannel = :c, p.postTs = :ts where p.id = :id")
                .setParameter("c", channel).setParameter("ts", ts).setParameter("id", id).executeUpdate();
    }

    @Override
    public void postShows(EntityManager em, long id, int version) {
        em.createQuery("update Pack p set p.postDirty = false where p.id = :id and p.postVersion = :v")
                .setParameter("id", id).setParameter("v", version).executeUpdate();
    }

    @Override
    public void postRefused(EntityManager em, long id, String reason, Instant at) {
        em.createQuery("update Pack p set p.postError = :e, p.postErrorAt = :at, p.postDirty = false where p.id = :id")
                .setParameter("e", reason).setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    @Override
    public List<Pack> refusedPosts(EntityManager em, int limit) {
        return em.createQuery("select p from Pack p where p.postError is not null order by p.postErrorAt desc, p.id desc",
                Pack.class).setMaxResults(limit).getResultList();
    }

    @Override
    public long refusedPostCount(EntityManager em) {
        return em.createQuery("select count(p) from Pack p where p.postError is not null", Long.class)
                .getSingleResult();
    }

    @Override
    public int retryRefusedPosts(EntityManager em, Long id) {
        var update = em.createQuery("update Pack p set p.postError = null, p.postErrorAt = null, p.postDirty = true, "
                + "p.postVersion = p.postVersion + 1 where p.postError is not null" + (id == null ? "" : " and p.id = :id"));
        if (id != null) {
            update.setParameter("id", id);
        }
        return update.executeUpdate();
    }
}
