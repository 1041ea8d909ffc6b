package io.odigos.community.packs;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * An admin's decision on a pending pack version (PACKS_REVIEW): approve it, publishing the version and, the first
 * time, the pack, crediting its author and showing its card; or decline it with a reason the author is told. Each is
 * decided on the locked pack row, audited, and told in one transaction; a decision on a version already decided or
 * gone changes nothing. Without review, {@link #publish} runs at once when the author submits.
 */
public final class PackReviews {

    /** A decision's facts: the pack and the version decided. */
    public record Decided(Pack pack, PackVersion version) {
    }

    private final Database database;
    private final AdminWrites writes;
    private final Members members;
    private final PacksStore store;
    private final PackCredit credit;
    private final PackLivePosts posts;
    private final PackUrls urls;
    private final SlackOutbox outbox;
    private final Clock clock;

    PackReviews(Database database, AdminWrites writes, Members members, PacksStore store, PackCredit credit,
                PackLivePosts posts, PackUrls urls, SlackOutbox outbox, Clock clock) {
        this.database = database;
        this.writes = writes;
        this.members = members;
        this.store = store;
        this.credit = credit;
        this.posts = posts;
        this.urls = urls;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Decided approve(String adminId, long versionId) {
        return writes.write(adminId, "pack-approve", em -> {
            Decided d = pending(em, versionId);
            publish(em, d.pack(), d.version(), adminId);
            return new Audited<>(d, "pack-version:" + versionId, d.pack().name() + " v" + d.version().number());
        });
    }

    /**
     * Declines the version; {@code reason} is what its author is told (required). A declined first version leaves
     * the pack declined.
     */
    public Decided decline(String adminId, long versionId, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return writes.write(adminId, "pack-decline", em -> {
            Decided d = pending(em, versionId);
            if (why == null) {
                throw new InvalidInput(Map.of(DeclineForm.REASON, PackMessages.reasonNeeded()));
            }
            d.version().decline(adminId, why);
            if (d.pack().status() == PackStatus.PENDING) {
                d.pack().decline();
            }
            outbox.enqueue(em, PackMessages.declined(d.pack(), d.version()));
            return new Audited<>(d, "pack-version:" + versionId, why);
        });
    }

    /** The version a decline form is opened for; refused when not an admin, or the version is gone or decided. */
    public Decided requireUndecided(String adminId, long versionId) {
        members.requireAdmin(adminId);
        return database.inTransaction(em -> pending(em, versionId));
    }

    /** Versions waiting for an admin, each with its pack, oldest first. */
    public List<Decided> waiting() {
        return database.inTransaction(em -> store.waitingVersions(em).stream()
                .map(v -> new Decided(store.pack(em, v.packId()).orElseThrow(), v)).toList());
    }

    /**
     * Publishes the version in the caller's transaction: the pack takes the version's name, summary, README and tags,
     * and is published too on its first approval; the author is credited
     * (once per pack: the ledger keeps one contribution per reference) and told, and the card posted or updated.
     */
    void publish(EntityManager em, Pack pack, PackVersion version, String reviewerId) {
        version.publish(reviewerId, clock.instant());
        pack.describe(version.details());
        pack.publish(clock.instant());
        String page = urls.page(pack.slug());
        credit.credit(em, pack.authorId(), pack.name(), page, "pack:" + pack.id());
        outbox.enqueue(em, PackMessages.published(pack, version, urls.installCommand(pack.slug(), version.number())));
        posts.changed(pack);
    }

    /** The version with its pack locked, still pending; the lock makes a second decision wait and then see the first. */
    private Decided pending(EntityManager em, long versionId) {
        PackVersion version = store.version(em, versionId).orElseThrow(() -> new Refusal(PackMessages.versionGone()));
        Pack pack = store.lockedPack(em, version.packId()).orElseThrow(() -> new Refusal(PackMessages.gone()));
        em.refresh(version);
        if (version.status() != PackStatus.PENDING) {
            throw new Refusal(PackMessages.alreadyDecided(pack, version));
        }
        return new Decided(pack, version);
    }
}
