package io.odigos.community.mentorship;

import io.odigos.community.core.CommunityFacts;
import io.odigos.community.core.Database;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;

/**
 * A mentorship completes by the mentee's first merged pull request since the pair started, or by *Finished* from both.
 * In that one transaction the pair ends as completed, both members get the fact that earns the Mentorship badge, the
 * mentor a MENTORING contribution, and both a DM asking whether to announce it (the mentee also for a testimonial).
 */
public final class Completions {

    static final String BY_PULL_REQUEST = "first merged pull request";
    static final String BY_BOTH = "Finished, confirmed by both";

    private final Database database;
    private final MentorshipStore store;
    private final CommunityFacts facts;
    private final MentoringCredit credit;
    private final SlackOutbox outbox;
    private final Matching matching;
    private final Clock clock;
    private final String channel;

    Completions(Database database, MentorshipStore store, CommunityFacts facts, MentoringCredit credit,
                SlackOutbox outbox, Matching matching, Clock clock, String channel) {
        this.database = database;
        this.store = store;
        this.facts = facts;
        this.credit = credit;
        this.outbox = outbox;
        this.matching = matching;
        this.clock = clock;
        this.channel = channel;
    }

    /**
     * Recognition credited a merged pull request to {@code memberId}, in its transaction: when they are a mentee whose
     * pair started before the merge, the mentorship completes with it (a redelivered webhook credits nothing new).
     */
    public void pullRequestMerged(EntityManager em, String memberId, String url, Instant mergedAt) {
        store.activePairIdOfMentee(em, memberId).flatMap(id -> store.pair(em, id))
                .filter(p -> p.isActive() && !mergedAt.isBefore(p.startedAt()))
                .ifPresent(p -> complete(em, p, BY_PULL_REQUEST, url));
    }

    /** Completes the pair, whose row the caller has locked. */
    void complete(EntityManager em, Pair pair, String how, String link) {
        Instant now = clock.instant();
        pair.complete(how, now);
        store.lockedRequest(em, pair.requestId()).ifPresent(r -> r.close(now));
        String reference = "pair:" + pair.id();
        facts.record(em, CommunityFacts.MENTORSHIP_COMPLETED, pair.menteeId(), reference, pair.area(), now);
        facts.record(em, CommunityFacts.MENTORSHIP_COMPLETED, pair.mentorId(), reference, pair.area(), now);
        credit.credit(em, pair.mentorId(), CheckInMessages.mentoringTitle(pair), link, "mentorship:" + reference);
        if (pair.groupDm() != null) {
            outbox.enqueue(em, OutgoingMessage.to(pair.groupDm(), CheckInMessages.completed(pair), null));
        }
        for (String member : new String[] {pair.menteeId(), pair.mentorId()}) {
            outbox.enqueue(em, OutgoingMessage.dm(member, CheckInMessages.completed(pair),
                    CheckInMessages.completedDm(pair, member, channel)));
        }
        database.afterCommit(matching::matchWaiting); // the mentor has a place free again
    }
}
