package io.odigos.community.packs;

import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.releases.CurrentRelease;
import io.odigos.community.releases.OdigosVersion;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;

/**
 * Members' judgement of visible packs: one 1-5 star rating a member a pack, and one *Works on my cluster* confirmation
 * a member a published version, with the Odigos release it ran on; both can be changed, neither by the pack's author
 * (their own "tried on" list already says where they ran it) nor by a banned member. Each write holds the pack's row
 * lock, so a member's two quick submissions cannot both insert.
 */
public final class PackRatings {

    /** What a submission did to the member's rating or confirmation. */
    public enum Outcome { ADDED, CHANGED, UNCHANGED }

    /** What the rating form opens with: the pack and the member's current stars. */
    public record RatingChoice(Pack pack, Optional<Integer> current) {
    }

    /** What the confirmation form opens with: the version, the member's current release, and the current Odigos. */
    public record ConfirmChoice(Pack pack, PackVersion version, Optional<String> current,
                                Optional<OdigosVersion> latest) {
    }

    /** A rating stored: {@code before} is the member's earlier stars, if any. */
    public record Rated(Pack pack, Optional<Integer> before, int stars) {
        public Outcome outcome() {
            return outcomeOf(before, stars);
        }
    }

    /** A confirmation stored: {@code before} is the release the member confirmed this version on earlier, if any. */
    public record Confirmed(Pack pack, PackVersion version, Optional<String> before, String release) {
        public Outcome outcome() {
            return outcomeOf(before, release);
        }
    }

    private final Database database;
    private final PacksStore store;
    private final Bans bans;
    private final PackLivePosts cards;
    private final CurrentRelease release;
    private final Clock clock;

    PackRatings(Database database, PacksStore store, Bans bans, PackLivePosts cards, CurrentRelease release,
                Clock clock) {
        this.database = database;
        this.store = store;
        this.bans = bans;
        this.cards = cards;
        this.release = release;
        this.clock = clock;
    }

    /** The current Odigos release, if known: the confirmation form's choices and the limit of what it accepts. */
    public Optional<OdigosVersion> currentRelease() {
        return release.known();
    }

    /** Whether the member may rate the pack, checked when they click *Rate*, and their stars so far. */
    public RatingChoice toRate(String memberId, long packId) {
        bans.requireNotBanned(memberId);
        return database.inTransaction(em -> {
            Pack pack = rateable(memberId, store.pack(em, packId));
            return new RatingChoice(pack, store.rating(em, packId, memberId));
        });
    }

    /** Stores the member's 1-5 stars for the pack, or changes their earlier rating. */
    public Rated rate(String memberId, long packId, int stars) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars go from 1 to 5, not " + stars); // the form checks first
        }
        bans.requireNotBanned(memberId);
        return database.inTransaction(em -> {
            Pack pack = rateable(memberId, store.lockedPack(em, packId));
            Optional<Integer> before = store.rating(em, packId, memberId);
            if (!before.equals(Optional.of(stars))) {
                store.saveRating(em, packId, memberId, stars, before.isPresent(), clock.instant());
                cards.changed(pack); // the pack's card shows its stars
            }
            return new Rated(pack, before, stars);
        });
    }

    /** Whether the member may confirm the version, checked when they click *Works on my cluster*. */
    public ConfirmChoice toConfirm(String memberId, long versionId) {
        bans.requireNotBanned(memberId);
        return database.inTransaction(em -> {
            PackVersion version = publishedVersion(em, versionId);
            Pack pack = confirmable(memberId, store.pack(em, version.packId()));
            return new ConfirmChoice(pack, version, store.confirmation(em, versionId, memberId), release.known());
        });
    }

    /** Stores that the version works on the member's cluster on {@code odigos}, or changes the release they gave. */
    public Confirmed confirm(String memberId, long versionId, OdigosVersion odigos) {
        bans.requireNotBanned(memberId);
        return database.inTransaction(em -> {
            PackVersion version = publishedVersion(em, versionId);
            Pack pack = confirmable(memberId, store.lockedPack(em, version.packId()));
            String minor = odigos.toString();
            Optional<String> before = store.confirmation(em, versionId, memberId);
            if (!before.equals(Optional.of(minor))) {
                store.saveConfirmation(em, versionId, memberId, minor, before.isPresent(), clock.instant());
                cards.changed(pack); // the card shows confirmations and the untested label
            }
            return new Confirmed(pack, version, before, minor);
        });
    }

    private static Pack rateable(String memberId, Optional<Pack> found) {
        Pack pack = found.filter(Pack::visible).orElseThrow(() -> new Refusal(RatingMessages.packGone()));
        return ownedByOther(memberId, pack, RatingMessages.ownRating());
    }

    /** Only published versions take confirmations; anything else is a stale or forged button. */
    private PackVersion publishedVersion(EntityManager em, long versionId) {
        return store.version(em, versionId).filter(v -> v.status() == PackStatus.PUBLISHED)
                .orElseThrow(() -> new Refusal(RatingMessages.versionGone()));
    }

    private static Pack confirmable(String memberId, Optional<Pack> found) {
        Pack pack = found.filter(Pack::visible).orElseThrow(() -> new Refusal(RatingMessages.versionGone()));
        return ownedByOther(memberId, pack, RatingMessages.ownConfirmation());
    }

    private static Pack ownedByOther(String memberId, Pack pack, String refusal) {
        if (pack.authorId().equals(memberId)) {
            throw new Refusal(refusal);
        }
        return pack;
    }

    private static <T> Outcome outcomeOf(Optional<T> before, T now) {
        return before.isEmpty() ? Outcome.ADDED : before.get().equals(now) ? Outcome.UNCHANGED : Outcome.CHANGED;
    }
}
