package io.odigos.community.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row that remembers what admins were last told about delivery, so they are told once per new problem. */
@Entity
@Table(name = "delivery_alerts")
public class DeliveryAlerts {

    static final int ID = 1;

    @Id
    private int id;

    /** The newest undeliverable message the admins were told about. */
    @Column(name = "undeliverable_seen_at")
    private Instant undeliverableSeenAt;

    /** When the admins were last told of undeliverable messages: at most once an hour, whatever keeps failing. */
    @Column(name = "undeliverable_alerted_at")
    private Instant undeliverableAlertedAt;

    /** When the admins were told the backlog is too old; cleared once it is not. */
    @Column(name = "backlog_alerted_at")
    private Instant backlogAlertedAt;

    protected DeliveryAlerts() {
    }

    Instant undeliverableSeenAt() {
        return undeliverableSeenAt;
    }

    void undeliverableSeen(Instant at) {
        undeliverableSeenAt = at;
    }

    Instant undeliverableAlertedAt() {
        return undeliverableAlertedAt;
    }

    void undeliverableAlerted(Instant at) {
        undeliverableAlertedAt = at;
    }

    Instant backlogAlertedAt() {
        return backlogAlertedAt;
    }

    void backlogAlerted(Instant at) {
        backlogAlertedAt = at;
    }
}
