package io.odigos.community.discussions;

import io.odigos.community.feedback.FeedbackStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A feature request's GitHub discussion: which one it is, what GitHub was last told (so a pass writes only what
 * changed, and a step done before a failure is not done twice), and the mirror's retry state for it.
 */
@Entity
@Table(name = "discussion_mirrors")
public class DiscussionMirror {

    /** Who wrote the discussion, and so who owns its body. */
    public enum Origin { SLACK, GITHUB }

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "discussion_id", length = 64, unique = true)
    private String discussionId;

    @Column(name = "discussion_number")
    private Integer discussionNumber;

    @Column(name = "discussion_url", length = 300)
    private String discussionUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Origin origin;

    @Column(name = "comment_id", length = 64)
    private String commentId;

    @Column(name = "synced_body_sha", length = 64)
    private String syncedBodySha;

    @Enumerated(EnumType.STRING)
    @Column(name = "synced_status", length = 16)
    private FeedbackStatus syncedStatus;

    @Column(name = "synced_merged_into")
    private Long syncedMergedInto;

    @Column(name = "synced_hidden", nullable = false)
    private boolean syncedHidden;

    @Column(nullable = false)
    private boolean deleted;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(nullable = false)
    private int upvotes;

    @Column(name = "upvotes_polled_at")
    private Instant upvotesPolledAt;

    @Column(name = "active_at", nullable = false)
    private Instant activeAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DiscussionMirror() {
    }

    /** A request about to get a discussion written by the bot. */
    static DiscussionMirror pending(long itemId, Instant now) {
        DiscussionMirror m = new DiscussionMirror();
        m.itemId = itemId;
        m.origin = Origin.SLACK;
        m.nextAttemptAt = now;
        m.activeAt = now;
        m.createdAt = now;
        return m;
    }

    /** A request that started as a discussion on GitHub: the discussion exists, and its author owns the body. */
    static DiscussionMirror imported(long itemId, Discussion discussion, FeedbackStatus status, Instant now) {
        DiscussionMirror m = pending(itemId, now);
        m.origin = Origin.GITHUB;
        m.created(discussion);
        m.syncedStatus = status;
        return m;
    }

    void created(Discussion discussion) {
        discussionId = discussion.id();
        discussionNumber = discussion.number();
        discussionUrl = discussion.url();
    }

    /** The text with the Slack votes changed: a vote in Slack makes the discussion recently active, to poll first. */
    void bodyWritten(String sha, Instant now) {
        syncedBodySha = sha;
        activeAt = now;
    }

    void commentWritten(String id, String sha, Instant now) {
        commentId = id;
        bodyWritten(sha, now);
    }

    void statusWritten(FeedbackStatus status) {
        syncedStatus = status;
    }

    void mergeWritten(long originalId) {
        syncedMergedInto = originalId;
    }

    void hiddenWritten(boolean hidden) {
        syncedHidden = hidden;
    }

    /** GitHub says the discussion is gone: nothing is written to it again. */
    void markDeleted() {
        deleted = true;
    }

    /** A pass wrote everything, or will try again at {@code retryAt} after {@code error}. */
    void succeeded(Instant now) {
        attempts = 0;
        lastError = null;
        nextAttemptAt = now;
    }

    void failed(String error, Instant retryAt) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        nextAttemptAt = retryAt;
    }

    public long itemId() {
        return itemId;
    }

    public String discussionId() {
        return discussionId;
    }

    public Integer discussionNumber() {
        return discussionNumber;
    }

    public String discussionUrl() {
        return discussionUrl;
    }

    public Origin origin() {
        return origin;
    }

    String commentId() {
        return commentId;
    }

    String syncedBodySha() {
        return syncedBodySha;
    }

    FeedbackStatus syncedStatus() {
        return syncedStatus;
    }

    Long syncedMergedInto() {
        return syncedMergedInto;
    }

    boolean syncedHidden() {
        return syncedHidden;
    }

    public boolean deleted() {
        return deleted;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public int upvotes() {
        return upvotes;
    }

    public Instant upvotesPolledAt() {
        return upvotesPolledAt;
    }

    public Instant activeAt() {
        return activeAt;
    }
}
