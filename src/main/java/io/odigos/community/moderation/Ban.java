package io.odigos.community.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member an admin stopped from submitting content; checked through core.Bans. */
@Entity
@Table(name = "member_bans")
public class Ban {

    public static final int REASON_MAX = 500;

    @Id
    @Column(name = "member_id", length = 32)
    private String memberId;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "banned_by", nullable = false, length = 32)
    private String bannedBy;

    @Column(name = "banned_at", nullable = false)
    private Instant bannedAt;

    protected Ban() {
    }

    Ban(String memberId, String reason, String bannedBy, Instant bannedAt) {
        this.memberId = memberId;
        this.reason = reason;
        this.bannedBy = bannedBy;
        this.bannedAt = bannedAt;
    }

    public String memberId() {
        return memberId;
    }

    public String reason() {
        return reason;
    }

    public String bannedBy() {
        return bannedBy;
    }

    public Instant bannedAt() {
        return bannedAt;
    }
}
