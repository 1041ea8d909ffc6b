package io.odigos.community.events;

import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Every read and write of event_topics (JPQL over {@link EventTopic}) and event_topic_votes, which has no entity:
 * native SQL, one statement per vote so a second vote by the same member changes nothing.
 */
final class EventTopicStore {

    private final Database database;

    EventTopicStore(Database database) {
        this.database = database;
    }

    /** The topic; refused when it is gone. */
    EventTopic existing(EntityManager em, long topicId) {
        EventTopic topic = em.find(EventTopic.class, topicId);
        if (topic == null) {
            throw new Refusal("That topic no longer exists.");
        }
        return topic;
    }

    EventTopic insert(EntityManager em, EventTopic topic) {
        em.persist(topic);
        return topic;
    }

    /** Adds the member's vote and counts it, unless they voted on this topic already. */
    void addVote(EntityManager em, EventTopic topic, String memberId) {
        int added = em.createNativeQuery("insert into event_topic_votes (topic_id, member_id) select ?1, ?2 "
                        + "from event_topics where id = ?1 and not exists (select 1 from event_topic_votes v "
                        + "where v.topic_id = ?1 and v.member_id = ?2)")
                .setParameter(1, topic.id()).setParameter(2, memberId).executeUpdate();
        if (added == 1) {
            em.createNativeQuery("update event_topics set vote_count = vote_count + 1 where id = ?1")
                    .setParameter(1, topic.id()).executeUpdate();
        }
    }

    /** The event's topics of a kind, most voted first, then who asked first. */
    List<EventTopic> ranked(long eventId, TopicKind kind, int limit) {
        return database.inTransaction(em -> em.createQuery("select t from EventTopic t where t.eventId = :e "
                        + "and t.kind = :k order by t.voteCount desc, t.id", EventTopic.class)
                .setParameter("e", eventId).setParameter("k", kind).setMaxResults(limit).getResultList());
    }

    /** Which of these topics the member has voted on. */
    List<Long> votedBy(String memberId, List<Long> topicIds) {
        return database.inTransaction(em -> em.createNativeQuery("select topic_id from event_topic_votes "
                        + "where member_id = ?1 and topic_id in (?2)", Long.class)
                .setParameter(1, memberId).setParameter(2, topicIds).getResultList());
    }
}
