package io.odigos.community.packs;

/** A pack's YAML as fetched, before validation, and where it came from: the uploaded file's name or the link. */
record FetchedPack(byte[] bytes, String source) {
}
