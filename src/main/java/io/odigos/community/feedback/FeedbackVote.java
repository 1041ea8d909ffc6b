package io.odigos.community.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One member's vote on one item; the primary key makes a second vote impossible. */
@Entity
@Table(name = "feedback_votes")
@IdClass(FeedbackVote.Key.class)
public class FeedbackVote {

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Id
    @Column(name = "member_id", length = 32)
    private String memberId;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected FeedbackVote() {
    }

    public long itemId() {
        return itemId;
    }

    public String memberId() {
        return memberId;
    }

    public record Key(long itemId, String memberId) implements Serializable {
        public Key() {
            this(0, null);
        }
    }
}
