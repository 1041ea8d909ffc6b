package io.odigos.community.recognition;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Map;

/**
 * Badges by the published rules: each badge whose rule is met is awarded at that moment, once, with an
 * announcement; admins may also award one with a reason, or take one back.
 */
public final class Badges {

    private final Database database;
    private final RecognitionStore store;
    private final SlackOutbox outbox;
    private final AdminWrites admin;
    private final Clock clock;
    private final String channel;
    private final RecognitionConfig config;

    Badges(Database database, RecognitionStore store, SlackOutbox outbox, AdminWrites admin, Clock clock,
           String channel, RecognitionConfig config) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.admin = admin;
        this.clock = clock;
        this.channel = channel;
        this.config = config;
    }

    public void award(String adminId, String memberId, String badgeId, String reason) {
        admin.write(adminId, "recognition.award", em -> {
            Badge badge = config.badge(badgeId).orElseThrow(() -> new Refusal(
                    RecognitionMessages.noSuchBadgeSeeCatalogue(badgeId)));
            if (reason == null || reason.isBlank()) {
                throw new Refusal(RecognitionMessages.giveAwardReason());
            }
            if (!grant(em, memberId, badge, adminId, reason.strip())) {
                throw new Refusal(RecognitionMessages.alreadyHasBadge(memberId, badge));
            }
            return new Audited<>(null, "member:" + memberId, badge.id() + ": " + reason.strip());
        });
    }

    public void revoke(String adminId, String memberId, String badgeId, String reason) {
        admin.write(adminId, "recognition.revoke", em -> {
            Badge badge = config.badge(badgeId).orElseThrow(() -> new Refusal(
                    RecognitionMessages.noSuchBadge(badgeId)));
            if (!store.removeBadge(em, memberId, badge.id())) {
                throw new Refusal(RecognitionMessages.doesNotHaveBadge(memberId, badge));
            }
            return new Audited<>(null, "member:" + memberId, badge.id() + ": " + reason);
        });
    }

    /** Awards facts-based badges (hackathon participant, winner) recorded by other features since the last sweep. */
    public int sweepFacts() {
        return database.inTransaction(em -> {
            int count = 0;
            for (Badge badge : config.badges()) {
                if (badge.fact() == null) {
                    continue;
                }
                for (String member : store.withFactButNotBadge(em, badge.fact(), badge.id())) {
                    if (grant(em, member, badge, null, null)) {
                        count++;
                    }
                }
            }
            return count;
        });
    }

    /** Grants every contribution-based badge whose rule the member now meets. */
    void awardEarned(EntityManager em, String memberId) {
        Map<ContributionKind, Long> byKind = store.countsByKind(em, memberId);
        long github = store.mergedPullRequests(em, memberId);
        for (Badge badge : config.badges()) {
            boolean met = badge.github() != null ? github >= badge.github()
                    : badge.kind() != null && byKind.getOrDefault(badge.kind(), 0L) >= badge.count();
            if (met) {
                grant(em, memberId, badge, null, null);
            }
        }
    }

    /** Awards the badge unless held; on a new badge queues the channel announcement and the member's DM. */
    boolean grant(EntityManager em, String memberId, Badge badge, String by, String reason) {
        boolean added = store.awardOnce(em, memberId, badge.id(), clock.instant(), by, reason);
        if (added) {
            outbox.enqueue(em, OutgoingMessage.to(channel, RecognitionMessages.badgeEarnedPost(memberId, badge), null));
            outbox.enqueue(em, OutgoingMessage.dm(memberId, RecognitionMessages.badgeEarnedDm(badge), null));
        }
        return added;
    }
}
