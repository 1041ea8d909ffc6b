package io.odigos.community.packs;

/** Where a pack, or one of its versions, stands in review. */
public enum PackStatus {
    /** Waiting for an admin (PACKS_REVIEW); not shown to members or on public pages. */
    PENDING,
    PUBLISHED,
    DECLINED
}
