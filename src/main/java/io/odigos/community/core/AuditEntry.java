package io.odigos.community.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One admin action, kept for accountability. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "actor_id", nullable = false, length = 32)
    private String actorId;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(nullable = false, length = 100)
    private String target;

    @Column(length = 2000)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuditEntry() {
    }

    public AuditEntry(String actorId, String action, String target, String detail, Instant occurredAt) {
        this.actorId = actorId;
        this.action = action;
        this.target = target;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        this.occurredAt = occurredAt;
    }

    public Long id() {
        return id;
    }

    public String actorId() {
        return actorId;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
