package io.odigos.community.events;

import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Agenda topics before a community call and questions during a webinar, each upvoted once per member. */
public final class EventTopics {

    private final Database database;
    private final EventStore events;
    private final EventTopicStore store;
    private final Clock clock;

    EventTopics(Database database, EventStore events, EventTopicStore store, Clock clock) {
        this.database = database;
        this.events = events;
        this.store = store;
        this.clock = clock;
    }

    /** Which kind of topic the event takes now: agenda topics before a call, questions during a webinar. */
    public Optional<TopicKind> topicKind(CommunityEvent e) {
        Instant now = clock.instant();
        if (e.isCancelled() || !now.isBefore(e.endsAt())) {
            return Optional.empty();
        }
        return switch (e.kind()) {
            case COMMUNITY_CALL -> now.isBefore(e.startsAt()) ? Optional.of(TopicKind.AGENDA) : Optional.empty();
            case WEBINAR -> Optional.of(TopicKind.QUESTION);
            default -> Optional.empty();
        };
    }

    public EventTopic addTopic(long eventId, String memberId, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new Refusal("Write the topic or question first.");
        }
        if (clean.length() > EventTopic.MAX_TEXT) {
            throw new Refusal("Please keep it under " + EventTopic.MAX_TEXT + " characters.");
        }
        return database.inTransaction(em -> {
            CommunityEvent e = events.existing(em, eventId);
            TopicKind kind = topicKind(e).orElseThrow(() -> new Refusal(EventMessages.noTopicsNow()));
            return store.insert(em, new EventTopic(eventId, kind, memberId, clean, clock.instant()));
        });
    }

    /** One vote per member and topic; a second vote changes nothing. */
    public void voteTopic(long topicId, String memberId) {
        database.runInTransaction(em -> store.addVote(em, store.existing(em, topicId), memberId));
    }

    /** Topics ranked by votes, then by who asked first: what the host sees. */
    public List<EventTopic> topics(long eventId, TopicKind kind, int limit) {
        return store.ranked(eventId, kind, limit);
    }

    /** Which of these topics the member has upvoted. */
    public List<Long> topicsVotedBy(String memberId, List<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        return store.votedBy(memberId, topicIds);
    }
}
