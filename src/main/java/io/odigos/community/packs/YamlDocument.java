package io.odigos.community.packs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One YAML document of a file, as a JSON tree (what schemas validate), with the file line where each value starts,
 * keyed by JSON pointer ("/spec/data/ENDPOINT"), its own lines of text, and what was wrong with it as YAML.
 */
record YamlDocument(int index, int firstLine, int lastLine, JsonNode tree, Map<String, Integer> lines,
                    String text, List<Located> issues) {

    /** A problem with a line, before the document's kind and name are attached. */
    record Located(int line, String message) {
    }

    /** The JSON pointer of {@code key} under {@code parent} ("~" and "/" escaped as RFC 6901 says). */
    static String pointer(String parent, Object key) {
        return parent + "/" + key.toString().replace("~", "~0").replace("/", "~1");
    }

    /** The line of the value at {@code pointer}, or of its nearest enclosing value that has one. */
    int lineOf(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return firstLine;
            }
        }
    }

    String text(String field) {
        JsonNode v = tree.at(field);
        return v.isTextual() ? v.asText() : null;
    }
}
