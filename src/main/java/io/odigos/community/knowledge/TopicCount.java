package io.odigos.community.knowledge;

/** A topic and how many published entries are filed under it. */
public record TopicCount(String name, long count) {
}
