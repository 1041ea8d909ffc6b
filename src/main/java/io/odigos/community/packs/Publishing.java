package io.odigos.community.packs;

import com.slack.api.methods.MethodsClient;
import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import io.odigos.community.releases.CurrentRelease;
import io.odigos.community.releases.OdigosVersion;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A member publishing a pack or a new version of theirs, within the form's 3 seconds: the draft's checks, then its
 * YAML fetched (bounded in time and size) and validated, then the pack, version, tags and documents stored in one
 * transaction, so nothing is stored half-way. With review on the version waits for an admin, who is sent it; without,
 * it is published at once through the same path an approval takes.
 */
public final class Publishing {

    /** What was stored: the pack and its new version, pending or published. */
    public record Submitted(Pack pack, PackVersion version) {
    }

    private final Database database;
    private final PacksStore store;
    private final Bans bans;
    private final PackValidator validator;
    private final CurrentRelease release;
    private final SlackFileFetcher files;
    private final LinkFetcher links;
    private final PackReviews reviews;
    private final boolean review;
    private final List<String> admins;
    private final SlackOutbox outbox;
    private final Clock clock;

    Publishing(Database database, PacksStore store, Bans bans, PackValidator validator, CurrentRelease release,
               SlackFileFetcher files, LinkFetcher links, PackReviews reviews, boolean review, List<String> admins,
               SlackOutbox outbox, Clock clock) {
        this.database = database;
        this.store = store;
        this.bans = bans;
        this.validator = validator;
        this.release = release;
        this.files = files;
        this.links = links;
        this.reviews = reviews;
        this.review = review;
        this.admins = List.copyOf(admins);
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Refuses a banned member before the form opens, so they do not fill it in for nothing. */
    public void requireMayPublish(String memberId) {
        bans.requireNotBanned(memberId);
    }

    /** The current Odigos release, which decides what the form offers for "tried on". */
    public Optional<OdigosVersion> currentRelease() {
        return release.known();
    }

    /** The pack its author may add a version to now: theirs, not declined, with no version waiting. */
    public Pack forNewVersion(String memberId, long packId) {
        bans.requireNotBanned(memberId);
        return database.inTransaction(em -> addable(em, memberId, store.pack(em, packId)));
    }

    /**
     * Publishes the draft as a new pack ({@code packId} null) or a new version of the member's pack.
     *
     * @param slack the SDK client an uploaded file is read through
     * @throws InvalidInput problems under the form's fields, the YAML's under the file or link field
     */
    public Submitted publish(String memberId, PackDraft draft, Long packId, MethodsClient slack) {
        bans.requireNotBanned(memberId);
        Map<String, String> problems = draft.problems(release.known());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (packId != null) {
            forNewVersion(memberId, packId); // refused before anything is fetched
        }
        String field = draft.fileId() != null ? PackDraft.FILE : PackDraft.LINK;
        FetchedPack fetched;
        try {
            fetched = draft.fileId() != null ? files.fetch(slack, draft.fileId()) : links.fetch(draft.link());
        } catch (FetchRefused e) {
            throw new InvalidInput(Map.of(field, e.getMessage()));
        }
        PackValidation validation = validator.validate(fetched.bytes());
        if (!validation.valid()) {
            if (PackMessages.summaryIsPartial(validation.problems())) {
                outbox.send(PackMessages.allProblems(memberId, fetched.source(), validation.problems()));
            }
            throw new InvalidInput(Map.of(field, PackMessages.problemsSummary(validation.problems())));
        }
        return database.inTransaction(em -> {
            Instant now = clock.instant();
            Pack pack = packId == null ? store.insert(em, new Pack(Slugs.of(draft.name(), s -> store.slugTaken(em, s)),
                    memberId, draft.details(), now)) : addable(em, memberId, store.lockedPack(em, packId));
            // a later version's words wait with its YAML for review: the pack takes them when it is published
            PackVersion version = store.insert(em, new PackVersion(pack.id(), store.nextNumber(em, pack.id()),
                    draft.details(), fetched.bytes(), validation.documents(), draft.releases(), fetched.source(),
                    draft.changes(), now));
            if (review) {
                admins.forEach(admin -> outbox.enqueue(em, PackMessages.reviewRequest(admin, pack, version)));
                outbox.enqueue(em, PackMessages.submitted(pack, version));
            } else {
                reviews.publish(em, pack, version, null);
            }
            return new Submitted(pack, version);
        });
    }

    private Pack addable(EntityManager em, String memberId, Optional<Pack> found) {
        Pack pack = found.orElseThrow(() -> new Refusal(PackMessages.gone()));
        if (!pack.authorId().equals(memberId)) {
            throw new Refusal(PackMessages.notAuthor());
        }
        if (pack.status() == PackStatus.DECLINED) {
            throw new Refusal(PackMessages.declinedPack(pack));
        }
        if (store.hasPendingVersion(em, pack.id())) {
            throw new Refusal(PackMessages.pendingVersion(pack));
        }
        return pack;
    }
}
