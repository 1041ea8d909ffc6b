package io.odigos.community.recognition;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.recognition.RecognitionStore.GitHubLink;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contribution ledger as members and digests see it: contributions admins record (a talk, a tutorial...),
 * each member's profile, and what the ledger and the badges show for a period. Contributions from GitHub come
 * through {@link GitHubContributions}; badges are awarded by {@link Badges}.
 */
public final class RecognitionService {

    private final Database database;
    private final RecognitionStore store;
    private final Badges badges;
    private final AdminWrites admin;
    private final Clock clock;
    private final RecognitionConfig config;

    RecognitionService(Database database, RecognitionStore store, Badges badges, AdminWrites admin, Clock clock,
                       RecognitionConfig config) {
        this.database = database;
        this.store = store;
        this.badges = badges;
        this.admin = admin;
        this.clock = clock;
        this.config = config;
    }

    public RecognitionConfig config() {
        return config;
    }

    /** An admin records a talk, a tutorial, organising an event...; problems come back field by field. */
    public void recordManual(String adminId, String memberId, ContributionKind kind, String title, String link) {
        admin.write(adminId, "recognition.contribution", em -> {
            ContributionDraft draft = new ContributionDraft(memberId, kind, title, link);
            Map<String, String> problems = draft.problems();
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            store.insert(em, new Contribution(memberId, null, kind, draft.title(), draft.link(), Contribution.MANUAL,
                    null, clock.instant(), adminId));
            badges.awardEarned(em, memberId);
            return new Audited<>(null, "member:" + memberId, kind + ": " + draft.title());
        });
    }

    /**
     * A contribution another feature witnessed (a completed mentorship), in that feature's transaction; recorded
     * once per {@code reference}, so a retried write credits once.
     */
    public void creditFromProgramme(EntityManager em, String memberId, ContributionKind kind, String title, String link,
                                    String reference) {
        if (store.hasContribution(em, reference)) {
            return;
        }
        store.insert(em, new Contribution(memberId, null, kind, title, link, Contribution.PROGRAMME, reference,
                clock.instant(), null));
        badges.awardEarned(em, memberId);
    }

    // ---- digests ----

    /** Contributions in [from, to) by kind, most frequent first. */
    public Map<ContributionKind, Long> contributionsByKind(Instant from, Instant to) {
        return store.countsByKind(from, to);
    }

    public record AwardedBadge(String memberId, Badge badge) {
    }

    /** Badges awarded in [from, to), oldest first; badges no longer in the catalogue are left out. */
    public List<AwardedBadge> badgesAwarded(Instant from, Instant to, int limit) {
        List<AwardedBadge> awarded = new ArrayList<>();
        for (RecognitionStore.BadgeAward award : store.badgesAwarded(from, to, limit)) {
            config.badge(award.badgeId()).ifPresent(b -> awarded.add(new AwardedBadge(award.memberId(), b)));
        }
        return awarded;
    }

    // ---- profiles ----

    /** How many of the latest contributions a profile lists by title. */
    static final int RECENT_ON_PROFILE = 5;

    public record Profile(String memberId, Optional<String> githubLogin, boolean githubVerified, List<Badge> badges,
                          Map<ContributionKind, Long> contributions, long points,
                          List<RecognitionStore.RecentContribution> recent) {
    }

    public Profile profile(String memberId) {
        return database.inTransaction(em -> {
            Optional<GitHubLink> link = store.linkOfMember(em, memberId);
            List<Badge> held = new ArrayList<>();
            store.badgesHeld(em, memberId).forEach(id -> config.badge(id).ifPresent(held::add));
            Map<ContributionKind, Long> byKind = store.countsByKind(em, memberId);
            long points = byKind.entrySet().stream().mapToLong(e -> e.getValue() * config.pointsFor(e.getKey())).sum();
            return new Profile(memberId, link.map(GitHubLink::login), link.map(GitHubLink::verified).orElse(false),
                    held, byKind, points, store.recent(em, memberId, RECENT_ON_PROFILE));
        });
    }
}
