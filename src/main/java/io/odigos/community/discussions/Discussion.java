package io.odigos.community.discussions;

/** A GitHub discussion as the bot refers to it: its node id, its number in the repository and its address. */
public record Discussion(String id, int number, String url) {
}
