package io.odigos.community.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Slack member as users.info last described them. */
@Entity
@Table(name = "members")
public class Member {

    @Id
    @Column(name = "slack_user_id", length = 32)
    private String slackUserId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "workspace_admin", nullable = false)
    private boolean workspaceAdmin;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    protected Member() {
    }

    public Member(String slackUserId) {
        this.slackUserId = slackUserId;
    }

    void refresh(String displayName, String timeZone, boolean workspaceAdmin, Instant fetchedAt) {
        this.displayName = displayName;
        this.timeZone = timeZone;
        this.workspaceAdmin = workspaceAdmin;
        this.fetchedAt = fetchedAt;
    }

    public String slackUserId() {
        return slackUserId;
    }

    public String displayName() {
        return displayName;
    }

    public String timeZone() {
        return timeZone;
    }

    public boolean workspaceAdmin() {
        return workspaceAdmin;
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }
}
