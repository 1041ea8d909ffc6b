package io.odigos.community.events;

/** A member's place for an event: a seat, or a place in the queue for one. */
public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED
}
