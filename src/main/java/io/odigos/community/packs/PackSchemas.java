package io.odigos.community.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.odigos.community.core.BotConfig;
import io.odigos.community.core.SettingsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Odigos kinds the bot knows and the schema of each one's {@code spec}: the schemas the bot ships
 * (src/main/resources/packs/schemas), or, when PACKS_CRDS_FILE is set, exactly the Odigos kinds that file of
 * CustomResourceDefinitions defines, each with its own {@code openAPIV3Schema}.
 */
public final class PackSchemas {

    /** A kind of one API group and version, as a document names it. */
    public record Kind(String apiVersion, String kind) {
        @Override
        public String toString() {
            return kind + " (" + apiVersion + ")";
        }
    }

    static final String ODIGOS = "odigos.io/v1alpha1";
    static final String ACTIONS = "actions.odigos.io/v1alpha1";
    /** The kinds the bot ships a schema for, each checked against the Odigos CRDs (docs/ARCHITECTURE.md). */
    static final List<Kind> SHIPPED = List.of(
            new Kind(ODIGOS, "Source"), new Kind(ODIGOS, "Destination"), new Kind(ODIGOS, "InstrumentationRule"),
            new Kind(ODIGOS, "Action"), new Kind(ODIGOS, "Sampling"),
            new Kind(ACTIONS, "AddClusterInfo"), new Kind(ACTIONS, "DeleteAttribute"),
            new Kind(ACTIONS, "RenameAttribute"), new Kind(ACTIONS, "PiiMasking"),
            new Kind(ACTIONS, "ProbabilisticSampler"), new Kind(ACTIONS, "LatencySampler"),
            new Kind(ACTIONS, "ErrorSampler"));
    /** A CRD file is the operator's, not a member's: larger than a pack, still bounded. */
    private static final YamlDocuments.Limits CRD_LIMITS =
            new YamlDocuments.Limits(1_000, 50, 10_000_000, 200, 50_000_000);

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    private final Map<Kind, Schema> schemas;

    private PackSchemas(Map<Kind, JsonNode> openApi) {
        Map<Kind, Schema> built = new LinkedHashMap<>();
        openApi.forEach((kind, schema) -> built.put(kind, REGISTRY.getSchema(OpenApiSchemas.toJsonSchema(schema))));
        this.schemas = Collections.unmodifiableMap(built);
    }

    /** The CRDs' schemas when the operator gave a file, else the shipped ones. */
    public static PackSchemas of(BotConfig config) {
        return config.packs().crdsFile().map(PackSchemas::fromCrds).orElseGet(PackSchemas::shipped);
    }

    public static PackSchemas shipped() {
        ObjectMapper json = new ObjectMapper();
        Map<Kind, JsonNode> openApi = new LinkedHashMap<>();
        for (Kind kind : SHIPPED) {
            String resource = "/packs/schemas/" + kind.apiVersion().replace('/', '_') + "_" + kind.kind() + ".json";
            try (InputStream in = PackSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing schema resource " + resource);
                }
                openApi.put(kind, json.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PackSchemas(openApi);
    }

    /**
     * The Odigos kinds (group odigos.io or a subgroup of it) of every served version in a {@code helm show crds}
     * file; a file that does not read as CustomResourceDefinitions stops start-up with the line at fault.
     */
    public static PackSchemas fromCrds(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw refused(file, "it cannot be read as UTF-8 text (" + e.getMessage() + ")");
        }
        YamlDocuments.Parsed parsed = YamlDocuments.parse(yaml, CRD_LIMITS);
        if (!parsed.problems().isEmpty()) {
            throw refused(file, parsed.problems().get(0).toString());
        }
        Map<Kind, JsonNode> openApi = new LinkedHashMap<>();
        for (YamlDocument d : parsed.documents()) {
            if (!"CustomResourceDefinition".equals(d.text("/kind"))) {
                throw refused(file, "document " + d.index() + ", line " + d.firstLine()
                        + ": not a CustomResourceDefinition");
            }
            String group = d.text("/spec/group");
            String kind = d.text("/spec/names/kind");
            if (group == null || kind == null || !d.tree().at("/spec/versions").isArray()) {
                throw refused(file, "document " + d.index() + ", line " + d.firstLine()
                        + ": spec.group, spec.names.kind and spec.versions are required");
            }
            if (!isOdigosGroup(group)) {
                continue;
            }
            for (JsonNode version : d.tree().at("/spec/versions")) {
                if (version.path("served").asBoolean(true) && version.path("name").isTextual()) {
                    JsonNode spec = version.at("/schema/openAPIV3Schema/properties/spec");
                    openApi.put(new Kind(group + "/" + version.get("name").asText(), kind),
                            spec.isObject() ? spec : new ObjectMapper().createObjectNode().put("type", "object"));
                }
            }
        }
        if (openApi.isEmpty()) {
            throw refused(file, "it defines no Odigos kind (no CustomResourceDefinition of group odigos.io)");
        }
        return new PackSchemas(openApi);
    }

    private static SettingsException refused(Path file, String why) {
        return new SettingsException("PACKS_CRDS_FILE=" + file + " is not a usable `helm show crds` file: " + why);
    }

    static boolean isOdigosGroup(String group) {
        return group.equals("odigos.io") || group.endsWith(".odigos.io");
    }

    Optional<Schema> schema(String apiVersion, String kind) {
        return Optional.ofNullable(schemas.get(new Kind(apiVersion, kind)));
    }

    public Set<Kind> kinds() {
        return schemas.keySet();
    }
}
