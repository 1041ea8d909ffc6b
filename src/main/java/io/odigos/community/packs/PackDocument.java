package io.odigos.community.packs;

/** One valid document of a pack: what it is, where it starts in the file (1-based), and its own YAML text. */
public record PackDocument(int index, String apiVersion, String kind, String name, int line, String text) {
}
