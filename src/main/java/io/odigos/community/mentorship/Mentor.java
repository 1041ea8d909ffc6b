package io.odigos.community.mentorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member who offers to mentor; the row is locked whenever a mentee is proposed to or paired with them. */
@Entity
@Table(name = "mentors")
public class Mentor {

    @Id
    @Column(name = "member_id", length = 32)
    private String memberId;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false, length = 300)
    private String availability;

    @Column(nullable = false)
    private boolean paused;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Mentor() {
    }

    Mentor(String memberId, Instant joinedAt) {
        this.memberId = memberId;
        this.joinedAt = joinedAt;
    }

    /** Signs up again or edits: the offer is what the latest form says, and it is active and unpaused. */
    void offer(int capacity, String availability) {
        this.capacity = capacity;
        this.availability = availability;
        this.paused = false;
        this.active = true;
    }

    void pause(boolean paused) {
        this.paused = paused;
    }

    void leave() {
        this.active = false;
    }

    public String memberId() {
        return memberId;
    }

    public int capacity() {
        return capacity;
    }

    public String availability() {
        return availability;
    }

    public boolean paused() {
        return paused;
    }

    public boolean active() {
        return active;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
