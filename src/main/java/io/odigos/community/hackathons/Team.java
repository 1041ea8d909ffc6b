package io.odigos.community.hackathons;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A team in one hackathon; its members are the hackers whose team it is. */
@Entity
@Table(name = "hackathon_teams")
public class Team {

    public static final int MAX_NAME = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hackathon_id", nullable = false)
    private long hackathonId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "created_by", nullable = false, length = 32)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Team() {
    }

    Team(long hackathonId, String name, String createdBy, Instant now) {
        this.hackathonId = hackathonId;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long hackathonId() {
        return hackathonId;
    }

    public String name() {
        return name;
    }
}
