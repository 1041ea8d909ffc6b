package io.odigos.community.design;

import io.odigos.community.slack.LivePost;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/** A design document or brainstorm open for feedback: its window, its outcome and its channel post. */
@Entity
@Table(name = "design_documents")
@DynamicUpdate
public class DesignDocument implements LivePost {

    /** The final comment period: the channel is reminded this long before the window closes. */
    static final Duration FINAL_COMMENT_PERIOD = Duration.ofDays(3);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DesignKind kind;

    @Column(name = "author_id", nullable = false, length = 32)
    private String authorId;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(length = 1000)
    private String link;

    @Column(nullable = false, length = 1500)
    private String summary;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "remind_at")
    private Instant remindAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Outcome outcome;

    @Column(name = "outcome_summary", length = 1500)
    private String outcomeSummary;

    @Column(name = "outcome_by", length = 32)
    private String outcomeBy;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(name = "post_channel", length = 32)
    private String postChannel;

    @Column(name = "post_ts", length = 32)
    private String postTs;

    @Column(name = "post_dirty", nullable = false)
    private boolean postDirty;

    @Column(name = "post_version", nullable = false)
    private int postVersion;

    @Column(name = "post_error", length = 500)
    private String postError;

    @Column(name = "post_error_at")
    private Instant postErrorAt;

    protected DesignDocument() {
    }

    /**
     * Opens the window now. The reminder is due a final comment period before it closes; a window no longer than that
     * period is all final comment period, and the announcement says so instead of a reminder.
     */
    DesignDocument(DesignKind kind, String authorId, String title, String link, String summary, Instant now,
                   Instant closesAt) {
        this.kind = kind;
        this.authorId = authorId;
        this.title = title;
        this.link = link;
        this.summary = summary;
        this.openedAt = now;
        this.closesAt = closesAt;
        Instant remind = closesAt.minus(FINAL_COMMENT_PERIOD);
        this.remindAt = remind.isAfter(now) ? remind : null;
        this.postDirty = true;
    }

    @Override
    public long id() {
        return id;
    }

    public DesignKind kind() {
        return kind;
    }

    public boolean isBrainstorm() {
        return kind == DesignKind.BRAINSTORM;
    }

    public String authorId() {
        return authorId;
    }

    public String title() {
        return title;
    }

    public String link() {
        return link;
    }

    /** The document's summary, or a brainstorm's open question. */
    public String summary() {
        return summary;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Instant remindAt() {
        return remindAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String outcomeSummary() {
        return outcomeSummary;
    }

    public String outcomeBy() {
        return outcomeBy;
    }

    @Override
    public String postChannel() {
        return postChannel;
    }

    @Override
    public String postTs() {
        return postTs;
    }

    @Override
    public int postVersion() {
        return postVersion;
    }

    @Override
    public String postError() {
        return postError;
    }

    @Override
    public Instant postErrorAt() {
        return postErrorAt;
    }

    /** The final comment period starts: the reminder is not due again. */
    void reminded(Instant now) {
        remindAt = null;
        remindedAt = now;
        postChanged();
    }

    /** The window closes now (early when an admin closes it). */
    void close(Instant now) {
        closedAt = now;
        remindAt = null;
        if (closesAt.isAfter(now)) {
            closesAt = now;
        }
        postChanged();
    }

    void recordOutcome(Outcome chosen, String text, String by, Instant now) {
        outcome = chosen;
        outcomeSummary = text;
        outcomeBy = by;
        outcomeAt = now;
        postChanged();
    }

    /** The channel post no longer shows the current state; the refresher brings it up to date. */
    void postChanged() {
        postDirty = true;
        postVersion++;
    }
}
