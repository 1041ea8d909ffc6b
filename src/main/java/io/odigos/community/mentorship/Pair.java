package io.odigos.community.mentorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A mentor and a mentee working together; active until ended. A past pair is never proposed again. */
@Entity
@Table(name = "mentorship_pairs")
public class Pair {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, unique = true)
    private long requestId;

    @Column(name = "mentor_id", nullable = false, length = 32)
    private String mentorId;

    @Column(name = "mentee_id", nullable = false, length = 32)
    private String menteeId;

    @Column(nullable = false, length = 60)
    private String area;

    @Column(name = "group_dm", length = 32)
    private String groupDm;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 32)
    private String endedBy;

    @Column(name = "issue_number")
    private Long issueNumber;

    @Column(name = "issue_title", length = 300)
    private String issueTitle;

    @Column(name = "issue_url", length = 500)
    private String issueUrl;

    /** The claimed issue's URL while the pair is active, null after: unique, so two active pairs never share one. */
    @Column(name = "open_issue_url", length = 500, unique = true)
    private String openIssueUrl;

    protected Pair() {
    }

    Pair(MentorshipRequest request, String mentorId, Instant at) {
        this.requestId = request.id();
        this.mentorId = mentorId;
        this.menteeId = request.menteeId();
        this.area = request.area();
        this.startedAt = at;
    }

    void end(String by, Instant at) {
        this.endedBy = by;
        this.endedAt = at;
        this.openIssueUrl = null; // free for another mentee
    }

    void introducedIn(String channel) {
        this.groupDm = channel;
    }

    public long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public String mentorId() {
        return mentorId;
    }

    public String menteeId() {
        return menteeId;
    }

    public String area() {
        return area;
    }

    public String groupDm() {
        return groupDm;
    }

    public boolean isActive() {
        return endedAt == null;
    }

    /** Records the good first issue the mentee took, replacing an earlier one. */
    void claim(long number, String title, String url) {
        this.issueNumber = number;
        this.issueTitle = title;
        this.issueUrl = url;
        this.openIssueUrl = url;
    }

    public Optional<Long> issueNumber() {
        return Optional.ofNullable(issueNumber);
    }

    public String issueTitle() {
        return issueTitle;
    }

    public String issueUrl() {
        return issueUrl;
    }
}
