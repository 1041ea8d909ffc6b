package io.odigos.community.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's report of one item; open until an admin hides the item or dismisses the reports. */
@Entity
@Table(name = "moderation_reports")
public class Report {

    public static final int NOTE_MAX = 500;

    /** How a report was closed. */
    public enum Resolution { HIDDEN, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_kind", nullable = false, length = 32)
    private String itemKind;

    @Column(name = "item_id", nullable = false, length = 64)
    private String itemId;

    @Column(name = "reporter_id", nullable = false, length = 32)
    private String reporterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportReason reason;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Resolution resolution;

    @Column(name = "resolved_by", length = 32)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Report() {
    }

    Report(String itemKind, String itemId, String reporterId, ReportReason reason, String note, Instant reportedAt) {
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.note = note;
        this.reportedAt = reportedAt;
    }

    public String itemKind() {
        return itemKind;
    }

    public String itemId() {
        return itemId;
    }

    public String reporterId() {
        return reporterId;
    }

    public ReportReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
