package io.odigos.community.hackathons;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A member registered for a hackathon, solo (no team) or in one team; the key allows one registration. */
@Entity
@Table(name = "hackathon_hackers")
@IdClass(Hacker.Key.class)
public class Hacker {

    public static final int MAX_SKILLS = 300;

    @Id
    @Column(name = "hackathon_id")
    private long hackathonId;

    @Id
    @Column(name = "member_id", length = 32)
    private String memberId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(length = MAX_SKILLS)
    private String skills;

    @Column(name = "looking_for_team", nullable = false)
    private boolean lookingForTeam;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected Hacker() {
    }

    Hacker(long hackathonId, String memberId, String skills, boolean lookingForTeam, Instant now) {
        this.hackathonId = hackathonId;
        this.memberId = memberId;
        this.skills = skills;
        this.lookingForTeam = lookingForTeam;
        this.registeredAt = now;
    }

    void joinTeam(long team) {
        teamId = team;
        lookingForTeam = false;
    }

    void leaveTeam() {
        teamId = null;
    }

    public String memberId() {
        return memberId;
    }

    public Long teamId() {
        return teamId;
    }

    public String skills() {
        return skills;
    }

    public boolean lookingForTeam() {
        return lookingForTeam;
    }

    public record Key(long hackathonId, String memberId) implements Serializable {
        public Key() {
            this(0, null);
        }
    }
}
