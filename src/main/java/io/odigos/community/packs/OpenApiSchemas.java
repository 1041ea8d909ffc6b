package io.odigos.community.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Turns the OpenAPI v3 schemas of CustomResourceDefinitions (and the bot's own schemas, written in the same subset)
 * into JSON Schema draft 4, which that subset is close to:
 * <ul>
 *   <li>{@code nullable: true} adds {@code "null"} to the type;</li>
 *   <li>{@code x-kubernetes-int-or-string: true} becomes the type {@code ["integer", "string"]};</li>
 *   <li>an object with {@code properties} refuses other fields ({@code additionalProperties: false}), as kubectl's
 *       default strict field validation does, unless it says {@code x-kubernetes-preserve-unknown-fields: true} or
 *       has its own {@code additionalProperties};</li>
 *   <li>every other {@code x-kubernetes-*} keyword is dropped: they describe how the API server merges and stores
 *       lists and maps, not what a valid value is.</li>
 * </ul>
 */
final class OpenApiSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Keywords whose value is one schema, and those whose value is a list of schemas. */
    private static final Set<String> ONE = Set.of("items", "additionalProperties", "not");
    private static final Set<String> MANY = Set.of("allOf", "anyOf", "oneOf");

    private OpenApiSchemas() {
    }

    static ObjectNode toJsonSchema(JsonNode openApi) {
        ObjectNode out = JSON.objectNode();
        if (!openApi.isObject()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = openApi.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (key.startsWith("x-kubernetes-") || key.equals("nullable")) {
                continue;
            }
            if (key.equals("properties") && value.isObject()) {
                ObjectNode properties = out.putObject("properties");
                value.fields().forEachRemaining(p -> properties.set(p.getKey(), toJsonSchema(p.getValue())));
            } else if (ONE.contains(key) && value.isObject()) {
                out.set(key, toJsonSchema(value));
            } else if (MANY.contains(key) && value.isArray()) {
                ArrayNode all = out.putArray(key);
                value.forEach(v -> all.add(toJsonSchema(v)));
            } else {
                out.set(key, value.deepCopy());
            }
        }
        if (openApi.path("x-kubernetes-int-or-string").asBoolean(false) && !out.has("type")) {
            out.putArray("type").add("integer").add("string");
        }
        if (openApi.path("nullable").asBoolean(false) && out.path("type").isTextual()) {
            String type = out.get("type").asText();
            out.putArray("type").add(type).add("null");
        }
        if (out.has("properties") && !out.has("additionalProperties")
                && !openApi.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            out.put("additionalProperties", false);
        }
        return out;
    }
}
