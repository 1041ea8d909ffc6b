package io.odigos.community.mentorship;

/** A proposal waits on its mentor until accepted, declined, expired or withdrawn (the mentee paused or left). */
public enum ProposalStatus {
    PENDING, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN
}
