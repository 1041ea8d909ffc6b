package io.odigos.community.mentorship;

/** Where a request for a mentor stands: open while waiting, proposed, paused or paired; closed after. */
public enum RequestStatus {
    WAITING, PROPOSED, PAUSED, PAIRED, CLOSED
}
