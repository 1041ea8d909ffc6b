package io.odigos.community.hackathons;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A team's (or a solo hacker's) project. */
@Entity
@Table(name = "hackathon_submissions")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hackathon_id", nullable = false)
    private long hackathonId;

    /** "team:12" or "solo:U123": who entered, unique per hackathon. */
    @Column(nullable = false, length = 40)
    private String entrant;

    @Column(name = "team_id")
    private Long teamId;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Column(name = "repository_url", nullable = false, length = 500)
    private String repositoryUrl;

    @Column(name = "demo_url", length = 500)
    private String demoUrl;

    @Column(nullable = false, length = 3000)
    private String description;

    @Column(name = "submitted_by", nullable = false, length = 32)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Submission() {
    }

    Submission(long hackathonId, String entrant, Long teamId, String submittedBy, Instant now) {
        this.hackathonId = hackathonId;
        this.entrant = entrant;
        this.teamId = teamId;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    void apply(ProjectDraft d, Instant now) {
        name = d.name();
        challengeId = d.challengeId();
        repositoryUrl = d.repositoryUrl();
        demoUrl = d.demoUrl();
        description = d.description();
        updatedAt = now;
    }

    static String entrantOf(Hacker hacker) {
        return hacker.teamId() != null ? "team:" + hacker.teamId() : "solo:" + hacker.memberId();
    }

    public long id() {
        return id;
    }

    public long hackathonId() {
        return hackathonId;
    }

    public String entrant() {
        return entrant;
    }

    public Long teamId() {
        return teamId;
    }

    public String name() {
        return name;
    }

    public long challengeId() {
        return challengeId;
    }

    public String repositoryUrl() {
        return repositoryUrl;
    }

    public String demoUrl() {
        return demoUrl;
    }

    public String description() {
        return description;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public ProjectDraft draft() {
        return new ProjectDraft(name, challengeId, repositoryUrl, demoUrl, description);
    }
}
