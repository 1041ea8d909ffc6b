package io.odigos.community.hackathons;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A hackathon's identity, theme, phase dates and team size limits. */
@Entity
@Table(name = "hackathons")
public class Hackathon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(nullable = false, length = 500)
    private String theme;

    @Column(name = "registration_opens", nullable = false)
    private Instant registrationOpens;

    @Column(name = "registration_closes", nullable = false)
    private Instant registrationCloses;

    @Column(name = "hacking_starts", nullable = false)
    private Instant hackingStarts;

    @Column(name = "submissions_close", nullable = false)
    private Instant submissionsClose;

    @Column(name = "judging_closes", nullable = false)
    private Instant judgingCloses;

    @Column(name = "min_team_size", nullable = false)
    private int minTeamSize;

    @Column(name = "max_team_size", nullable = false)
    private int maxTeamSize;

    @Column(name = "created_by", nullable = false, length = 32)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Hackathon() {
    }

    Hackathon(HackathonDraft d, String createdBy, Instant now) {
        this.title = d.title();
        this.theme = d.theme();
        this.registrationOpens = d.registrationOpens();
        this.registrationCloses = d.registrationCloses();
        this.hackingStarts = d.hackingStarts();
        this.submissionsClose = d.submissionsClose();
        this.judgingCloses = d.judgingCloses();
        this.minTeamSize = d.minTeamSize();
        this.maxTeamSize = d.maxTeamSize();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Phase phaseAt(Instant now) {
        if (now.isBefore(registrationOpens)) {
            return Phase.ANNOUNCED;
        }
        if (now.isBefore(registrationCloses)) {
            return Phase.REGISTRATION;
        }
        if (now.isBefore(hackingStarts)) {
            return Phase.TEAM_UP;
        }
        if (now.isBefore(submissionsClose)) {
            return Phase.HACKING;
        }
        return now.isBefore(judgingCloses) ? Phase.JUDGING : Phase.FINISHED;
    }

    /** When the phase begins. */
    public Instant startOf(Phase phase) {
        return switch (phase) {
            case ANNOUNCED -> createdAt;
            case REGISTRATION -> registrationOpens;
            case TEAM_UP -> registrationCloses;
            case HACKING -> hackingStarts;
            case JUDGING -> submissionsClose;
            case FINISHED -> judgingCloses;
        };
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String theme() {
        return theme;
    }

    public Instant submissionsClose() {
        return submissionsClose;
    }

    public int minTeamSize() {
        return minTeamSize;
    }

    public int maxTeamSize() {
        return maxTeamSize;
    }
}
