package io.odigos.community.ownership;

/** Where a claim stands. Requested and approved claims are active: they hold the item and one of the member's places. */
public enum ClaimStatus {
    REQUESTED, APPROVED, DECLINED, RELEASED, SHIPPED, CLOSED;

    boolean isActive() {
        return this == REQUESTED || this == APPROVED;
    }
}
