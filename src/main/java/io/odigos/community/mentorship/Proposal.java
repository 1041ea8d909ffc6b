package io.odigos.community.mentorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A request offered to one mentor. {@code pending_request} is set only while it waits and is unique, so a request
 * has one pending proposal at most; (request, mentor) is unique, so no mentor is asked twice for one request.
 */
@Entity
@Table(name = "mentorship_proposals")
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "mentor_id", nullable = false, length = 32)
    private String mentorId;

    @Column(name = "pending_request", unique = true)
    private Long pendingRequest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalStatus status;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Proposal() {
    }

    Proposal(long requestId, String mentorId, Instant at, Instant expiresAt) {
        this.requestId = requestId;
        this.mentorId = mentorId;
        this.pendingRequest = requestId;
        this.status = ProposalStatus.PENDING;
        this.proposedAt = at;
        this.expiresAt = expiresAt;
    }

    void decide(ProposalStatus outcome, Instant at) {
        this.status = outcome;
        this.pendingRequest = null;
        this.decidedAt = at;
    }

    public long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public String mentorId() {
        return mentorId;
    }

    public ProposalStatus status() {
        return status;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
