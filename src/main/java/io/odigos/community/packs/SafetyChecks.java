package io.odigos.community.packs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a shared pack must not carry, document by document: literal credentials under credential-named keys, and
 * names of one cluster where a placeholder belongs (the rule is in docs/ARCHITECTURE.md). Token shapes are looked
 * for in the file's lines by {@link PackValidator}, so comments are covered too.
 */
final class SafetyChecks {

    private SafetyChecks() {
    }

    static List<YamlDocument.Located> check(YamlDocument d, String kind) {
        List<YamlDocument.Located> found = new ArrayList<>();
        credentialValues(d, d.tree(), "", found);
        String namespace = d.text("/metadata/namespace");
        if (namespace != null && !namespace.equals(Placeholders.ODIGOS_NAMESPACE)
                && !Placeholders.isPlaceholder(namespace)) {
            found.add(new YamlDocument.Located(d.lineOf("/metadata/namespace"), "metadata.namespace '" + namespace
                    + "' names one cluster's namespace: use " + Placeholders.ODIGOS_NAMESPACE + " or "
                    + Placeholders.example("namespace")));
        }
        if (kind.equals("Source")) {
            for (String field : List.of("namespace", "name")) {
                String value = d.text("/spec/workload/" + field);
                if (value != null && !Placeholders.isPlaceholder(value)) {
                    found.add(new YamlDocument.Located(d.lineOf("/spec/workload/" + field), "spec.workload." + field
                            + " '" + value + "' names one cluster's workload: use " + Placeholders.example("workload-" + field)));
                }
            }
        }
        if (kind.equals("Destination")) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) () ->
                    d.tree().at("/spec/data").fields()) {
                if (e.getValue().isTextual()) {
                    String pointer = YamlDocument.pointer("/spec/data", e.getKey());
                    Placeholders.clusterSpecific(e.getValue().asText()).ifPresent(what -> found.add(
                            new YamlDocument.Located(d.lineOf(pointer), "spec.data." + e.getKey() + " holds " + what
                                    + ", which names one cluster: use " + Placeholders.example("tempo-host"))));
                }
            }
        }
        return found;
    }

    private static void credentialValues(YamlDocument d, JsonNode node, String pointer,
                                         List<YamlDocument.Located> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String child = YamlDocument.pointer(pointer, e.getKey());
                JsonNode v = e.getValue();
                if (v.isTextual() && !v.asText().isBlank() && Credentials.isCredentialKey(e.getKey())
                        && !Placeholders.isPlaceholder(v.asText().trim())) {
                    found.add(new YamlDocument.Located(d.lineOf(child), "'" + e.getKey() + "' holds a literal value,"
                            + " which looks like a credential: put it in a Secret the installer creates and refer to"
                            + " it (a Destination's spec.secretRef), or write " + Placeholders.example("api-key")));
                }
                credentialValues(d, v, child, found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                credentialValues(d, node.get(i), YamlDocument.pointer(pointer, i), found);
            }
        }
    }
}
