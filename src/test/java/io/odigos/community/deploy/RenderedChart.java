package io.odigos.community.deploy;

import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The chart in deploy/helm rendered by Helm itself (helm-java bundles it) with the given values, as the parsed
 * Kubernetes objects, with the small lookups the tests assert on.
 */
final class RenderedChart {

    static final Path CHART = Path.of("deploy/helm/odigos-community-bot");
    static final String RELEASE = "community";

    final String text;
    final List<Map<String, Object>> objects;

    private RenderedChart(String text, List<Map<String, Object>> objects) {
        this.text = text;
        this.objects = objects;
    }

    /**
     * Renders with values given as dotted paths and their values, e.g. {@code "database.url", "jdbc:…"}; a value the
     * chart refuses makes Helm throw with the chart's message.
     */
    static RenderedChart render(Object... pathsAndValues) {
        Path valuesFile = writeValues(nested(pathsAndValues));
        try {
            String text = new Helm(CHART).template().withName(RELEASE).withNamespace("bots")
                    .withValuesFile(valuesFile).call();
            List<Map<String, Object>> objects = new ArrayList<>();
            for (Object document : new Yaml().loadAll(text)) {
                if (document != null) {
                    objects.add(map(document));
                }
            }
            return new RenderedChart(text, objects);
        } finally {
            valuesFile.toFile().delete();
        }
    }

    /** The message Helm fails with for these values; fails the test when Helm renders them. */
    static String refusal(Object... pathsAndValues) {
        try {
            render(pathsAndValues);
        } catch (RuntimeException refused) {
            return String.valueOf(refused.getMessage());
        }
        throw new AssertionError("the chart rendered values it should refuse");
    }

    static Map<String, Object> nested(Object... pathsAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            String[] path = ((String) pathsAndValues[i]).split("\\.");
            Map<String, Object> level = values;
            for (int k = 0; k < path.length - 1; k++) {
                level = map(level.computeIfAbsent(path[k], key -> new LinkedHashMap<String, Object>()));
            }
            level.put(path[path.length - 1], pathsAndValues[i + 1]);
        }
        return values;
    }

    private static Path writeValues(Map<String, Object> values) {
        try {
            Path file = Files.createTempFile("chart-values", ".yaml");
            Files.writeString(file, new Yaml().dump(values));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Map<String, Object>> all(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind) {
        List<Map<String, Object>> found = all(kind);
        if (found.size() > 1) {
            throw new AssertionError("more than one " + kind + ": " + found);
        }
        return found.stream().findFirst();
    }

    Map<String, Object> one(String kind) {
        return find(kind).orElseThrow(() -> new AssertionError("no " + kind + " in\n" + text));
    }

    Map<String, Object> podSpec() {
        return at(one("Deployment"), "spec.template.spec");
    }

    /** The bot's container in the Deployment. */
    Map<String, Object> container() {
        return map(list(podSpec().get("containers")).get(0));
    }

    /** The string data of the ConfigMap. */
    Map<String, Object> configData() {
        return at(one("ConfigMap"), "data");
    }

    /** Walks down maps by a dotted path. */
    static Map<String, Object> at(Map<String, Object> object, String path) {
        Map<String, Object> level = object;
        for (String key : path.split("\\.")) {
            level = map(level.get(key));
        }
        return level;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object object) {
        if (!(object instanceof Map)) {
            throw new AssertionError("not a map: " + object);
        }
        return (Map<String, Object>) object;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object object) {
        if (!(object instanceof List)) {
            throw new AssertionError("not a list: " + object);
        }
        return (List<Object>) object;
    }
}
