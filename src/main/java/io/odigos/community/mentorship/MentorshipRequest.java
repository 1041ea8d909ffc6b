package io.odigos.community.mentorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's request for a mentor. {@code open_mentee} holds the mentee while the request is open and is unique,
 * so a second open request of the same member is refused by the database, whatever the timing.
 */
@Entity
@Table(name = "mentorship_requests")
public class MentorshipRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentee_id", nullable = false, length = 32)
    private String menteeId;

    @Column(name = "open_mentee", length = 32, unique = true)
    private String openMentee;

    @Column(nullable = false, length = 60)
    private String area;

    @Column(nullable = false, length = 500)
    private String goal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Experience experience;

    @Column(name = "issue_url", length = 500)
    private String issueUrl;

    @Column(name = "github_login", length = 39)
    private String githubLogin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected MentorshipRequest() {
    }

    MentorshipRequest(String menteeId, MenteeDraft draft, String githubLogin, Instant at) {
        this.menteeId = menteeId;
        this.openMentee = menteeId;
        this.area = draft.area();
        this.goal = draft.goal();
        this.experience = draft.experience();
        this.issueUrl = draft.issueUrl();
        this.githubLogin = githubLogin;
        this.status = RequestStatus.WAITING;
        this.createdAt = at;
    }

    void moveTo(RequestStatus next) {
        this.status = next;
    }

    void close(Instant at) {
        this.status = RequestStatus.CLOSED;
        this.openMentee = null;
        this.closedAt = at;
    }

    public long id() {
        return id;
    }

    public String menteeId() {
        return menteeId;
    }

    public String area() {
        return area;
    }

    public String goal() {
        return goal;
    }

    public Experience experience() {
        return experience;
    }

    public String issueUrl() {
        return issueUrl;
    }

    public String githubLogin() {
        return githubLogin;
    }

    public RequestStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
