package io.odigos.community.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the contribution ledger: who, what kind, where, when. */
@Entity
@Table(name = "contributions")
public class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The Slack member, once known; GitHub contributions by an unlinked login have none yet. */
    @Column(name = "member_id", length = 32)
    private String memberId;

    @Column(name = "github_login", length = 39)
    private String githubLogin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ContributionKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 500)
    private String link;

    @Column(nullable = false, length = 16)
    private String source;

    @Column(name = "external_id", length = 200)
    private String externalId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "recorded_by", length = 32)
    private String recordedBy;

    static final String GITHUB = "github";
    static final String MANUAL = "manual";
    /** Recorded by another feature of the bot, e.g. a completed mentorship. */
    static final String PROGRAMME = "programme";

    protected Contribution() {
    }

    Contribution(String memberId, String githubLogin, ContributionKind kind, String title, String link, String source,
                 String externalId, Instant occurredAt, String recordedBy) {
        this.memberId = memberId;
        this.githubLogin = githubLogin;
        this.kind = kind;
        this.title = title.length() <= 300 ? title : title.substring(0, 300);
        this.link = link;
        this.source = source;
        this.externalId = externalId;
        this.occurredAt = occurredAt;
        this.recordedBy = recordedBy;
    }

    public String memberId() {
        return memberId;
    }

    public ContributionKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String link() {
        return link;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
