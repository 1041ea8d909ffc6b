package io.odigos.community.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A member's registration for an event; the primary key allows one per member and event. */
@Entity
@Table(name = "event_registrations")
@IdClass(Registration.Key.class)
public class Registration {

    @Id
    @Column(name = "event_id")
    private long eventId;

    @Id
    @Column(name = "member_id", length = 32)
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegistrationStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected Registration() {
    }

    Registration(long eventId, String memberId, RegistrationStatus status, Instant at) {
        this.eventId = eventId;
        this.memberId = memberId;
        this.status = status;
        this.registeredAt = at;
    }

    void promote() {
        status = RegistrationStatus.REGISTERED;
    }

    public long eventId() {
        return eventId;
    }

    public String memberId() {
        return memberId;
    }

    public RegistrationStatus status() {
        return status;
    }

    public record Key(long eventId, String memberId) implements Serializable {
        public Key() {
            this(0, null);
        }
    }
}
