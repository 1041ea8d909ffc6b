package io.odigos.community.digest;

/** One section of a drafted digest as stored: its key, heading and Block Kit JSON (an array). */
public record DigestPart(String key, String title, String blocksJson) {
}
