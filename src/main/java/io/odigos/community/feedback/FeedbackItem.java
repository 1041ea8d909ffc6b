package io.odigos.community.feedback;

import io.odigos.community.slack.LivePost;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.DynamicUpdate;

/** A feature request or bug report, with its votes counted and its channel post tracked. */
@Entity
@Table(name = "feedback_items")
@DynamicUpdate // votes change counts with SQL increments; an entity write must touch only what it changed
public class FeedbackItem implements LivePost {

    /** The author of items that came through the API without a Slack member to credit. */
    public static final String API_AUTHOR = "odigos-ui";

    /** The author of requests started on GitHub by a login no member is linked to; the login is githubAuthor. */
    public static final String GITHUB_AUTHOR = "github";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FeedbackKind kind;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(length = 3000)
    private String problem;

    @Column(length = 3000)
    private String proposal;

    @Column(name = "odigos_version", length = 40)
    private String odigosVersion;

    @Column(name = "k8s_distribution", length = 40)
    private String k8sDistribution;

    @Column(name = "k8s_version", length = 40)
    private String k8sVersion;

    @Column(name = "service_language", length = 40)
    private String language;

    @Column(length = 3000)
    private String steps;

    @Column(length = 1500)
    private String expected;

    @Column(length = 1500)
    private String actual;

    @Column(name = "author_id", nullable = false, length = 32)
    private String authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FeedbackSource source;

    @Column(name = "source_link", length = 500)
    private String sourceLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FeedbackStatus status;

    @Column(name = "vote_count", nullable = false)
    private int voteCount;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "post_channel", length = 32)
    private String postChannel;

    @Column(name = "post_ts", length = 32)
    private String postTs;

    /** The channel post no longer shows the current state; the refresher will update it. */
    @Column(name = "post_dirty", nullable = false)
    private boolean postDirty;

    /** Bumped with every change the post shows, so a refresh clears only the state it rendered. */
    @Column(name = "post_version", nullable = false)
    private int postVersion;

    /** Slack refused the post for good (channel_not_found, ...); the refresher leaves it until an admin resends it. */
    @Column(name = "post_error", length = 500)
    private String postError;

    @Column(name = "post_error_at")
    private Instant postErrorAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "community_voted", nullable = false)
    private boolean communityVoted;

    /** Open, visible and not merged: what the top-requests listing shows (kept here so it reads one index). */
    @Column(nullable = false)
    private boolean listed;

    /** Upvotes of the item's GitHub discussion (and of those merged into it), as last polled. */
    @Column(name = "github_upvotes", nullable = false)
    private int githubUpvotes;

    /** Slack votes plus GitHub upvotes: the one count lists sort by. */
    @Column(name = "total_votes", nullable = false)
    private int totalVotes;

    /** The GitHub login of a request started as a discussion by someone with no linked Slack member. */
    @Column(name = "github_author", length = 39)
    private String githubAuthor;

    /** Its GitHub discussion no longer shows the current state; the mirror will write it. */
    @Column(name = "mirror_dirty", nullable = false)
    private boolean mirrorDirty;

    protected FeedbackItem() {
    }

    FeedbackItem(FeedbackSubmission s, String authorId, FeedbackSource source, String sourceLink, Instant now) {
        this.kind = s.kind();
        this.title = s.value(FeedbackField.TITLE);
        this.problem = s.value(FeedbackField.PROBLEM);
        this.proposal = s.value(FeedbackField.PROPOSAL);
        this.odigosVersion = s.value(FeedbackField.ODIGOS_VERSION);
        this.k8sDistribution = s.normalized(FeedbackField.K8S_DISTRIBUTION);
        this.k8sVersion = s.value(FeedbackField.K8S_VERSION);
        this.language = s.normalized(FeedbackField.LANGUAGE);
        this.steps = s.value(FeedbackField.STEPS);
        this.expected = s.value(FeedbackField.EXPECTED);
        this.actual = s.value(FeedbackField.ACTUAL);
        this.authorId = authorId;
        this.source = source;
        this.sourceLink = sourceLink;
        this.status = FeedbackStatus.NEW;
        this.createdAt = now;
        this.statusChangedAt = now;
        this.postDirty = true;
        this.mirrorDirty = true;
        this.listed = true;
    }

    /** A request started as a GitHub discussion: credited to {@code memberId} when linked, else to the login. */
    static FeedbackItem fromGitHub(String title, String problem, String memberId, String login, String url,
                                   Instant now) {
        FeedbackItem item = new FeedbackItem(new FeedbackSubmission(FeedbackKind.FEATURE, Map.of(FeedbackField.TITLE,
                title, FeedbackField.PROBLEM, problem)), memberId == null ? GITHUB_AUTHOR : memberId,
                FeedbackSource.GITHUB, url, now);
        item.githubAuthor = login;
        return item;
    }

    /** Its discussion's author edited it on GitHub. */
    void rewrite(String title, String problem) {
        this.title = title;
        this.problem = problem;
        touchPost();
    }

    void changeStatus(FeedbackStatus next, Instant now, int communityVotedThreshold) {
        status = next;
        statusChangedAt = now;
        if (next == FeedbackStatus.SHIPPED) {
            shippedAt = now;
            communityVoted = totalVotes >= communityVotedThreshold;
        } else {
            shippedAt = null;
            communityVoted = false;
        }
        touchPost();
    }

    void markMergedInto(long originalId, Instant now) {
        mergedIntoId = originalId;
        status = FeedbackStatus.DUPLICATE;
        statusChangedAt = now;
        voteCount = 0;
        totalVotes = githubUpvotes;
        touchPost();
    }

    void setHidden(boolean hidden) {
        this.hidden = hidden;
        touchPost();
    }

    void retitle(String title) {
        this.title = title;
        touchPost();
    }

    private void touchPost() {
        postDirty = true;
        mirrorDirty = true;
        postVersion++;
        listed = acceptsVotes();
    }

    /** The value of a submitted field, for rendering. */
    public String field(FeedbackField field) {
        return switch (field) {
            case TITLE -> title;
            case PROBLEM -> problem;
            case PROPOSAL -> proposal;
            case ODIGOS_VERSION -> odigosVersion;
            case K8S_DISTRIBUTION -> k8sDistribution;
            case K8S_VERSION -> k8sVersion;
            case LANGUAGE -> language;
            case STEPS -> steps;
            case EXPECTED -> expected;
            case ACTUAL -> actual;
        };
    }

    @Override
    public long id() {
        return id;
    }

    public FeedbackKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String authorId() {
        return authorId;
    }

    /** Whether the author is a Slack member who can be mentioned and sent DMs (not the UI, nor a GitHub login). */
    public boolean hasSlackAuthor() {
        return !API_AUTHOR.equals(authorId) && !GITHUB_AUTHOR.equals(authorId);
    }

    public FeedbackSource source() {
        return source;
    }

    public String sourceLink() {
        return sourceLink;
    }

    public FeedbackStatus status() {
        return status;
    }

    /** Votes given in Slack. */
    public int voteCount() {
        return voteCount;
    }

    public int githubUpvotes() {
        return githubUpvotes;
    }

    /** Slack votes plus GitHub upvotes. */
    public int totalVotes() {
        return totalVotes;
    }

    /** The GitHub login of its author when it started on GitHub (shown when no Slack member is linked to it). */
    public String githubAuthor() {
        return githubAuthor;
    }

    public boolean hidden() {
        return hidden;
    }

    public Long mergedIntoId() {
        return mergedIntoId;
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
    public String postError() {
        return postError;
    }

    @Override
    public Instant postErrorAt() {
        return postErrorAt;
    }

    @Override
    public int postVersion() {
        return postVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public boolean communityVoted() {
        return communityVoted;
    }

    /** Votes are taken while the item is open, visible and not merged away. */
    public boolean acceptsVotes() {
        return status.isOpen() && !hidden && mergedIntoId == null;
    }
}
