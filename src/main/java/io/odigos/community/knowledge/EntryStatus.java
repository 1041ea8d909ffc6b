package io.odigos.community.knowledge;

/** Where an entry is in review: waiting, sent back to its author, published, or declined. */
public enum EntryStatus {
    PENDING,
    CHANGES_REQUESTED,
    PUBLISHED,
    DECLINED
}
