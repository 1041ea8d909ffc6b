package io.odigos.community.knowledge;

/** A kind of entry and how many are published. */
public record KindCount(EntryKind kind, long count) {
}
