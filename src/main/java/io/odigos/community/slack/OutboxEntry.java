package io.odigos.community.slack;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message waiting in the outbox table until Slack has taken it. */
@Entity
@Table(name = "slack_outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String channel;

    @Column(name = "ephemeral_user", length = 32)
    private String ephemeralUser;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "blocks_json", length = 60000)
    private String blocksJson;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private short priority;

    protected OutboxEntry() {
    }

    OutboxEntry(OutgoingMessage m, Lane lane, Instant now) {
        this.priority = (short) lane.priority;
        this.channel = m.channel();
        this.ephemeralUser = m.ephemeralUser();
        this.text = m.text().length() <= 4000 ? m.text() : m.text().substring(0, 3999) + "…";
        this.blocksJson = m.blocksJson();
        this.notBefore = now;
        this.createdAt = now;
    }

    OutgoingMessage message() {
        return new OutgoingMessage(channel, ephemeralUser, text, blocksJson);
    }

    public Long id() {
        return id;
    }

    public String channel() {
        return channel;
    }

    public Lane lane() {
        return priority == Lane.BULK.priority ? Lane.BULK : Lane.URGENT;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public String lastError() {
        return lastError;
    }

    public Instant failedAt() {
        return failedAt;
    }

    /** A transient failure: try again at {@code when}. */
    void retryAt(Instant when, String error) {
        attempts++;
        notBefore = when;
        lastError = error == null ? null : error.length() <= 500 ? error : error.substring(0, 500);
    }

    /** Slack refused it for good: kept, with the reason, until an admin sends it again. */
    void markUndeliverable(Instant when, String error) {
        retryAt(when, error);
        failedAt = when;
    }
}
