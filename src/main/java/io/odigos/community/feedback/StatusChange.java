package io.odigos.community.feedback;

import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * The one way an item's status moves, whoever moves it (an admin in Slack, or its discussion closed on GitHub): the
 * status, the listeners told in the same transaction, and a DM to its author and every voter.
 */
final class StatusChange {

    private final FeedbackStore store;
    private final SlackOutbox outbox;
    private final ItemLeads leads;
    private final Clock clock;
    private final int communityVotedThreshold;

    StatusChange(FeedbackStore store, SlackOutbox outbox, ItemLeads leads, Clock clock, int communityVotedThreshold) {
        this.store = store;
        this.outbox = outbox;
        this.leads = leads;
        this.clock = clock;
        this.communityVotedThreshold = communityVotedThreshold;
    }

    /** Moves the (locked) item to {@code status} and tells its people; answers the status it had. */
    FeedbackStatus apply(EntityManager em, FeedbackItem item, FeedbackStatus status) {
        FeedbackStatus before = item.status();
        item.changeStatus(status, clock.instant(), communityVotedThreshold);
        String text = leads.statusChanged(em, item, before); // its listeners act in this transaction
        for (String member : store.authorAndVoters(em, item)) {
            outbox.enqueueBulk(em, OutgoingMessage.dm(member, text, null)); // a fan-out: never ahead of urgent DMs
        }
        return before;
    }
}
