package io.odigos.community.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a multi-document YAML file with SnakeYAML's node tree, which keeps every value's line, and turns each
 * document into a JSON tree. SnakeYAML's limits refuse alias bombs while parsing; a budget of values refuses what
 * the aliases that are allowed would still expand to.
 */
final class YamlDocuments {

    /** How much a file may hold. */
    record Limits(int documents, int aliases, int values, int depth, int codePoints) {
    }

    /** The documents read, and what stopped the reading (a file that is not YAML, too many documents...). */
    record Parsed(List<YamlDocument> documents, List<PackProblem> problems) {
    }

    private static final Set<String> TRUE = Set.of("true", "yes", "on", "y");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private YamlDocuments() {
    }

    /** Empty documents (nothing, or only comments, between two {@code ---}) are numbered but skipped, as kubectl does. */
    static Parsed parse(String yaml, Limits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.aliases());
        options.setCodePointLimit(limits.codePoints());
        options.setNestingDepthLimit(limits.depth());
        String[] lines = yaml.split("\r\n|\r|\n", -1);
        List<YamlDocument> documents = new ArrayList<>();
        List<PackProblem> problems = new ArrayList<>();
        int index = 0;
        int[] budget = {limits.values()};
        try {
            for (Node root : new Yaml(options).composeAll(new StringReader(yaml))) {
                index++;
                if (index > limits.documents()) {
                    problems.add(PackProblem.ofFile("the file has more than " + limits.documents()
                            + " documents: a pack holds at most " + limits.documents()));
                    break;
                }
                if (root instanceof ScalarNode s && Tag.NULL.equals(s.getTag())) {
                    continue;
                }
                documents.add(document(index, root, lines, limits, budget));
            }
        } catch (TooMuch e) {
            problems.add(new PackProblem(index, e.line, Optional.empty(), Optional.empty(),
                    e.getMessage()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(new PackProblem(index + 1, mark == null ? 0 : mark.getLine() + 1, Optional.empty(),
                    Optional.empty(), "not valid YAML: " + what(e)));
        } catch (YAMLException e) {
            // SnakeYAML's limits (aliases, size) throw without a mark
            String why = e.getMessage() != null && e.getMessage().contains("aliases")
                    ? "the file repeats lists or maps through more than " + limits.aliases()
                    + " aliases (a YAML bomb?): a pack is refused past that"
                    : "not valid YAML: " + e.getMessage();
            problems.add(new PackProblem(index + 1, 0, Optional.empty(), Optional.empty(), why));
        }
        return new Parsed(documents, problems);
    }

    private static String what(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        return e.getContext() == null ? problem : e.getContext() + ", " + problem;
    }

    private static YamlDocument document(int index, Node root, String[] lines, Limits limits, int[] budget) {
        int first = root.getStartMark().getLine() + 1;
        Mark end = root.getEndMark();
        int last = Math.max(first, Math.min(lines.length, end.getColumn() == 0 ? end.getLine() : end.getLine() + 1));
        Map<String, Integer> at = new HashMap<>();
        List<YamlDocument.Located> issues = new ArrayList<>();
        JsonNode tree = new Converter(at, issues, limits, budget).convert(root, "", 0);
        String text = String.join("\n", Arrays.copyOfRange(lines, first - 1, last));
        return new YamlDocument(index, first, last, tree, at, text, issues);
    }

    /** A file whose aliases expand past the budget, or nest past the depth: refused before it costs more. */
    private static final class TooMuch extends RuntimeException {
        final int line;

        TooMuch(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private record Converter(Map<String, Integer> at, List<YamlDocument.Located> issues, Limits limits,
                             int[] budget) {

        JsonNode convert(Node node, String pointer, int depth) {
            int line = node.getStartMark().getLine() + 1;
            if (--budget[0] < 0) {
                throw new TooMuch(line, "the file expands to more than " + limits.values()
                        + " values (aliases repeating anchors, a YAML bomb?): a pack is refused past that");
            }
            if (depth > limits.depth()) {
                throw new TooMuch(line, "values nest deeper than " + limits.depth() + " levels (a recursive alias?)");
            }
            at.putIfAbsent(pointer, line);
            if (node instanceof MappingNode m) {
                ObjectNode o = JSON.objectNode();
                for (NodeTuple t : m.getValue()) {
                    if (!(t.getKeyNode() instanceof ScalarNode k)) {
                        issues.add(new YamlDocument.Located(t.getKeyNode().getStartMark().getLine() + 1,
                                "a key must be plain text, not a list or a map"));
                        continue;
                    }
                    String child = YamlDocument.pointer(pointer, k.getValue());
                    if (o.has(k.getValue())) {
                        issues.add(new YamlDocument.Located(k.getStartMark().getLine() + 1,
                                "duplicate key '" + k.getValue() + "'"));
                        continue;
                    }
                    at.put(child, k.getStartMark().getLine() + 1);
                    o.set(k.getValue(), convert(t.getValueNode(), child, depth + 1));
                }
                return o;
            }
            if (node instanceof SequenceNode s) {
                ArrayNode a = JSON.arrayNode();
                for (Node item : s.getValue()) {
                    a.add(convert(item, YamlDocument.pointer(pointer, a.size()), depth + 1));
                }
                return a;
            }
            return scalar((ScalarNode) node);
        }

        /** The JSON value of a YAML 1.1 scalar as SnakeYAML's resolver tagged it; what does not parse stays text. */
        private static JsonNode scalar(ScalarNode s) {
            String v = s.getValue();
            Tag tag = s.getTag();
            if (Tag.NULL.equals(tag)) {
                return JSON.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return JSON.booleanNode(TRUE.contains(v.toLowerCase(Locale.ROOT)));
            }
            String digits = v.replace("_", "");
            try {
                if (Tag.INT.equals(tag)) {
                    BigInteger i = digits.startsWith("0x") ? new BigInteger(digits.substring(2), 16)
                            : digits.startsWith("0b") ? new BigInteger(digits.substring(2), 2)
                            : digits.length() > 1 && digits.startsWith("0") ? new BigInteger(digits.substring(1), 8)
                            : new BigInteger(digits);
                    return i.bitLength() < 64 ? JSON.numberNode(i.longValue()) : JSON.numberNode(i);
                }
                if (Tag.FLOAT.equals(tag) && !digits.startsWith(".")) {
                    return JSON.numberNode(Double.parseDouble(digits));
                }
            } catch (NumberFormatException e) {
                // a YAML 1.1 form JSON has no number for (sexagesimal, .inf): kept as the text written
            }
            return JSON.textNode(v);
        }
    }
}
