package io.odigos.community.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks an observability pack before anything of it is stored (issue 16, point 2): every YAML document parses, is
 * an Odigos kind the bot knows, has a {@code spec} valid against that kind's schema, carries no Secret, credential
 * or cluster-specific name, and the file stays within the size limits. The answer lists every problem found, each
 * with its document and line, or the documents when there is none.
 */
public final class PackValidator {

    /** A pack is at most 1 MiB and 200 documents; a larger file is refused before it is read as YAML. */
    public static final int MAX_BYTES = 1 << 20;
    public static final int MAX_DOCUMENTS = 200;
    /** At most 20 aliases of lists or maps, 200,000 values once aliases are expanded, 64 levels deep. */
    static final YamlDocuments.Limits LIMITS = new YamlDocuments.Limits(MAX_DOCUMENTS, 20, 200_000, 64, MAX_BYTES);

    private final PackSchemas schemas;

    public PackValidator(PackSchemas schemas) {
        this.schemas = schemas;
    }

    /** A file as uploaded: its size is checked before it is decoded, and it must be UTF-8. */
    public PackValidation validate(byte[] file) {
        if (file.length > MAX_BYTES) {
            return refused(tooBig(file.length));
        }
        try {
            return validate(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString());
        } catch (CharacterCodingException e) {
            return refused("the file is not UTF-8 text");
        }
    }

    public PackValidation validate(String yaml) {
        int bytes = utf8Length(yaml);
        if (bytes > MAX_BYTES) {
            return refused(tooBig(bytes));
        }
        YamlDocuments.Parsed parsed = YamlDocuments.parse(yaml, LIMITS);
        List<PackProblem> problems = new ArrayList<>();
        List<PackDocument> documents = new ArrayList<>();
        for (YamlDocument d : parsed.documents()) {
            check(d, problems).ifPresent(documents::add);
        }
        problems.addAll(tokens(yaml, parsed.documents()));
        problems.addAll(parsed.problems());
        if (documents.isEmpty() && problems.isEmpty()) {
            problems.add(PackProblem.ofFile("the file has no YAML document: a pack holds at least one Odigos resource"));
        }
        problems.sort(Comparator.comparingInt(PackProblem::document).thenComparingInt(PackProblem::line));
        return new PackValidation(documents, problems);
    }

    /** The document when it is valid; its problems otherwise. */
    private Optional<PackDocument> check(YamlDocument d, List<PackProblem> problems) {
        int before = problems.size();
        if (!d.tree().isObject()) {
            problems.add(problem(d, d.firstLine(), "a document must be a map with apiVersion, kind and metadata.name"));
            return Optional.empty();
        }
        d.issues().forEach(i -> problems.add(problem(d, i.line(), i.message())));
        String apiVersion = d.text("/apiVersion");
        String kind = d.text("/kind");
        String name = d.text("/metadata/name");
        for (String[] field : new String[][] {{"/apiVersion", "apiVersion"}, {"/kind", "kind"},
                {"/metadata/name", "metadata.name"}}) {
            if (d.text(field[0]) == null || d.text(field[0]).isBlank()) {
                problems.add(problem(d, d.lineOf(field[0]), field[1] + " is required (text)"));
            }
        }
        if (apiVersion != null && kind != null) {
            Optional<String> unknown = unknownKind(apiVersion, kind);
            unknown.ifPresent(why -> problems.add(problem(d, d.lineOf("/kind"), why)));
            Optional<Schema> schema = schemas.schema(apiVersion, kind);
            if (schema.isPresent()) {
                JsonNode spec = d.tree().get("spec");
                if (spec == null) {
                    problems.add(problem(d, d.firstLine(), "spec is required: a pack's resources configure Odigos"));
                } else {
                    schema.get().validate(spec).forEach(e -> problems.add(schemaProblem(d, e)));
                }
                SafetyChecks.check(d, kind).forEach(i -> problems.add(problem(d, i.line(), i.message())));
            }
        }
        return problems.size() > before ? Optional.empty()
                : Optional.of(new PackDocument(d.index(), apiVersion, kind, name, d.firstLine(), d.text()));
    }

    private Optional<String> unknownKind(String apiVersion, String kind) {
        if (kind.equals("Secret")) {
            return Optional.of("a Secret must not be in a pack: the installer creates it, and a Destination refers "
                    + "to it with spec.secretRef");
        }
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        if (!PackSchemas.isOdigosGroup(group)) {
            return Optional.of(kind + " (" + apiVersion + ") is not an Odigos kind: a pack holds only Odigos resources");
        }
        if (schemas.schema(apiVersion, kind).isEmpty()) {
            return Optional.of(kind + " (" + apiVersion + ") is not a kind the bot knows; it knows " + schemas.kinds()
                    .stream().map(PackSchemas.Kind::toString).collect(Collectors.joining(", ")));
        }
        return Optional.empty();
    }

    /** "spec.type is required" at the line of spec; other failures at the line of the value that failed. */
    private static PackProblem schemaProblem(YamlDocument d, Error e) {
        NodePath at = e.getInstanceLocation();
        String pointer = "/spec";
        StringBuilder path = new StringBuilder("spec");
        for (int i = 0; i < at.getNameCount(); i++) {
            Object element = at.getElement(i);
            pointer = YamlDocument.pointer(pointer, element);
            path.append(element instanceof Integer ? "[" + element + "]" : "." + element);
        }
        if ("required".equals(e.getKeyword()) && e.getProperty() != null) {
            return problem(d, d.lineOf(pointer), path + "." + e.getProperty() + " is required");
        }
        if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
            return problem(d, d.lineOf(YamlDocument.pointer(pointer, e.getProperty())), path + "." + e.getProperty()
                    + " is not a field of " + d.text("/kind") + " (a typo?)");
        }
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return problem(d, d.lineOf(pointer), path + ": " + (colon >= 0 ? message.substring(colon + 2)
                : message));
    }

    /** Token shapes in the file's lines, comments included, each told in the document it falls in. */
    private static List<PackProblem> tokens(String yaml, List<YamlDocument> documents) {
        List<PackProblem> found = new ArrayList<>();
        String[] lines = yaml.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            Credentials.tokenIn(lines[i]).ifPresent(token -> {
                YamlDocument in = documents.stream().filter(d -> d.firstLine() <= line)
                        .reduce((a, b) -> b).orElse(documents.isEmpty() ? null : documents.get(0));
                String message = "this line holds what looks like " + token + ": a pack must carry no credential";
                found.add(in == null ? new PackProblem(0, line, Optional.empty(), Optional.empty(), message)
                        : problem(in, line, message));
            });
        }
        return found;
    }

    private static PackProblem problem(YamlDocument d, int line, String message) {
        Optional<String> kind = d.tree().isObject() ? Optional.ofNullable(d.text("/kind")) : Optional.empty();
        Optional<String> name = d.tree().isObject() ? Optional.ofNullable(d.text("/metadata/name")) : Optional.empty();
        return new PackProblem(d.index(), line, kind, name, message);
    }

    /** "the file is 10.0 MB: a pack is at most 1 MB (1,048,576 bytes)", also said of an upload before it is read. */
    static String tooBig(long bytes) {
        return String.format(Locale.ROOT, "the file is %.1f MB: a pack is at most 1 MB (%,d bytes)",
                bytes / 1e6, MAX_BYTES);
    }

    private static PackValidation refused(String message) {
        return new PackValidation(List.of(), List.of(PackProblem.ofFile(message)));
    }

    /** The UTF-8 size without encoding a copy of text that may be far over the limit. */
    private static int utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }
}
