package io.odigos.community.packs;

import java.util.Optional;

/**
 * One thing wrong with a pack: where (the 1-based document and the file's line; document 0 is the file as a whole)
 * and what, with the document's kind and name when they could be read.
 */
public record PackProblem(int document, int line, Optional<String> kind, Optional<String> name, String message) {

    static PackProblem ofFile(String message) {
        return new PackProblem(0, 0, Optional.empty(), Optional.empty(), message);
    }

    /** "document 3 (Destination 'tempo'), line 14: spec.type is required", as the member reads it. */
    @Override
    public String toString() {
        if (document == 0) {
            return line > 0 ? "line " + line + ": " + message : message;
        }
        String what = kind.map(k -> " (" + k + name.map(n -> " '" + n + "'").orElse("") + ")").orElse("");
        return "document " + document + what + (line > 0 ? ", line " + line : "") + ": " + message;
    }
}
