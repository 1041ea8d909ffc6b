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
    private final Clock clock;

    EventTopics(Database database, Clock clock) {
        this.database = database;
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
            CommunityEvent e = EventStore.existing(em, eventId);
            TopicKind kind = topicKind(e).orElseThrow(() -> new Refusal(EventMessages.noTopicsNow()));
            EventTopic topic = new EventTopic(eventId, kind, memberId, clean, clock.instant());
            em.persist(topic);
            return topic;
        });
    }

    /** One vote per member and topic; a second vote changes nothing. */
    public void voteTopic(long topicId, String memberId) {
        database.runInTransaction(em -> {
            EventTopic topic = em.find(EventTopic.class, topicId);
            if (topic == null) {
                throw new Refusal("That topic no longer exists.");
            }
            int added = em.createNativeQuery("insert into event_topic_votes (topic_id, member_id) select ?1, ?2 "
                            + "from event_topics where id = ?1 and not exists (select 1 from event_topic_votes v "
                            + "where v.topic_id = ?1 and v.member_id = ?2)")
                    .setParameter(1, topicId).setParameter(2, memberId).executeUpdate();
            if (added == 1) {
                em.createNativeQuery("update event_topics set vote_count = vote_count + 1 where id = ?1")
                        .setParameter(1, topicId).executeUpdate();
            }
        });
    }

    /** Topics ranked by votes, then by who asked first: what the host sees. */
    public List<EventTopic> topics(long eventId, TopicKind kind, int limit) {
        return database.inTransaction(em -> em.createQuery("select t from EventTopic t where t.eventId = :e "
                        + "and t.kind = :k order by t.voteCount desc, t.id", EventTopic.class)
                .setParameter("e", eventId).setParameter("k", kind).setMaxResults(limit).getResultList());
    }

    /** Which of these topics the member has upvoted. */
    public List<Long> topicsVotedBy(String memberId, List<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        return database.inTransaction(em -> em.createNativeQuery("select topic_id from event_topic_votes "
                        + "where member_id = ?1 and topic_id in (?2)", Long.class)
                .setParameter(1, memberId).setParameter(2, topicIds).getResultList());
    }
}
