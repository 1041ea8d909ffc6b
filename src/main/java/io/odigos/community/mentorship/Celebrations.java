package io.odigos.community.mentorship;

import io.odigos.community.core.CommunityFacts;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackText;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Map;

/**
 * After a mentorship completes: the channel announcement, posted once and only when both members said yes, and the
 * mentee's one-line testimonial, kept on the pair and as a community fact the spotlight reads.
 */
public final class Celebrations {

    static final int MAX_TESTIMONIAL = 200;

    private final Database database;
    private final MentorshipStore store;
    private final CommunityFacts facts;
    private final SlackOutbox outbox;
    private final Clock clock;
    private final String channel;

    Celebrations(Database database, MentorshipStore store, CommunityFacts facts, SlackOutbox outbox, Clock clock,
                 String channel) {
        this.database = database;
        this.store = store;
        this.facts = facts;
        this.outbox = outbox;
        this.clock = clock;
        this.channel = channel;
    }

    /** The member's yes or no to announcing the completed pair; what they are told. */
    public String announce(long pairId, String memberId, boolean yes) {
        return database.inTransaction(em -> {
            Pair pair = completedPairOf(em, pairId, memberId);
            boolean post = pair.announceWish(memberId, yes, clock.instant());
            if (post) {
                outbox.enqueue(em, OutgoingMessage.to(channel, CheckInMessages.announcement(pair), null));
            }
            return CheckInMessages.announceReply(yes, post || pair.announcedAt() != null);
        });
    }

    /** Refuses the testimonial form to anyone but the completed pair's mentee, or once they have written one. */
    public void checkMayWriteTestimonial(long pairId, String memberId) {
        database.runInTransaction(em -> mayWrite(completedPairOf(em, pairId, memberId), memberId));
    }

    /** The mentee's testimonial; problems come back under the form's field. */
    public void testimonial(long pairId, String memberId, String text) {
        String line = text == null ? "" : text.strip();
        if (line.isEmpty() || line.length() > MAX_TESTIMONIAL || line.contains("\n") || SlackText.hasBroadcast(line)) {
            throw new InvalidInput(Map.of(TestimonialForm.LINE, "Write one line of at most "
                    + MAX_TESTIMONIAL + " characters, without @channel or @here."));
        }
        database.runInTransaction(em -> {
            Pair pair = completedPairOf(em, pairId, memberId);
            mayWrite(pair, memberId);
            pair.testimonial(line);
            facts.record(em, CommunityFacts.MENTORSHIP_TESTIMONIAL, memberId, "pair:" + pairId, line, clock.instant());
            outbox.enqueue(em, OutgoingMessage.dm(memberId, CheckInMessages.testimonialThanks(), null));
        });
    }

    private static void mayWrite(Pair pair, String memberId) {
        if (!pair.menteeId().equals(memberId)) {
            throw new Refusal(CheckInMessages.testimonialOnlyMentee());
        }
        if (pair.testimonial() != null) {
            throw new Refusal(CheckInMessages.testimonialAlready(pair.testimonial()));
        }
    }

    private Pair completedPairOf(EntityManager em, long pairId, String memberId) {
        Pair pair = store.pair(em, pairId).filter(p -> p.isMember(memberId))
                .orElseThrow(() -> new Refusal(CheckInMessages.notYours()));
        if (!pair.isCompleted()) {
            throw new Refusal(CheckInMessages.notCompleted());
        }
        return pair;
    }
}
