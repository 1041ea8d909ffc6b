package io.odigos.community.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An agenda topic or a question a member brought to an event. */
@Entity
@Table(name = "event_topics")
public class EventTopic {

    public static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TopicKind kind;

    @Column(name = "author_id", nullable = false, length = 32)
    private String authorId;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "vote_count", nullable = false)
    private int voteCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EventTopic() {
    }

    EventTopic(long eventId, TopicKind kind, String authorId, String text, Instant now) {
        this.eventId = eventId;
        this.kind = kind;
        this.authorId = authorId;
        this.text = text;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public TopicKind kind() {
        return kind;
    }

    public String authorId() {
        return authorId;
    }

    public String text() {
        return text;
    }

    public int voteCount() {
        return voteCount;
    }
}
