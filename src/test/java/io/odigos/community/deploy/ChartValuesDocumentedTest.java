package io.odigos.community.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The chart's README lists every value of values.yaml, by its dotted path, with its default, and nothing that is no
 * longer there; values.yaml comments every value; and its secrets and settings follow the main README's settings.
 */
class ChartValuesDocumentedTest {

    /** A row of the README's values table: the path and the default, each in backticks. */
    static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `(.*)` \\|", Pattern.MULTILINE);

    @Test
    void theReadmeListsEveryValueWithItsDefault() throws Exception {
        Map<String, Object> values = new Yaml().load(Files.readString(RenderedChart.CHART.resolve("values.yaml")));
        Map<String, Object> leaves = new LinkedHashMap<>();
        flatten("", values, leaves);
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(RenderedChart.CHART.resolve("README.md")));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        assertTrue(leaves.size() > 50, "values.yaml read: " + leaves.keySet());
        List<String> missing = leaves.keySet().stream().filter(k -> !documented.containsKey(k)).toList();
        assertEquals(List.of(), missing, "values without a row in the chart's README");
        List<String> stale = documented.keySet().stream().filter(k -> !leaves.containsKey(k)).toList();
        assertEquals(List.of(), stale, "README rows for values values.yaml no longer has");
        leaves.forEach((path, value) -> {
            if (!(value instanceof List<?> list && list.stream().anyMatch(Map.class::isInstance))) {
                assertEquals(shown(value), documented.get(path), "default of " + path);
            }
        });
    }

    @Test
    void valuesYamlCommentsEveryValue() throws Exception {
        List<String> lines = Files.readAllLines(RenderedChart.CHART.resolve("values.yaml"));
        // a value is a key with something after the colon, or one whose block below is a list
        Pattern value = Pattern.compile("^\\s*[A-Za-z_]\\w*:(\\s+\\S.*)?$");
        int checked = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean listBelow = i + 1 < lines.size() && lines.get(i + 1).trim().startsWith("- ");
            boolean group = line.trim().endsWith(":") && !listBelow;
            if (value.matcher(line).matches() && !group && !isListItemKey(lines, i)) {
                checked++;
                assertTrue(lines.get(i - 1).trim().startsWith("#"),
                        "values.yaml line " + (i + 1) + " has no comment above it: " + line);
            }
        }
        assertTrue(checked > 50, "values checked: " + checked);
    }

    @Test
    void theChartKnowsEverySecretSettingOfTheBotAndNamesOnlyRealSettings() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Settings");
        String table = readme.substring(start, readme.indexOf("\n## ", start));
        Set<String> settings = new TreeSet<>();
        Matcher row = Pattern.compile("^\\| ([^|]+) \\|", Pattern.MULTILINE).matcher(table);
        while (row.find()) {
            Matcher name = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(row.group(1));
            while (name.find()) {
                settings.add(name.group(1));
            }
        }
        assertTrue(settings.contains("SLACK_BOT_TOKEN") && settings.size() > 40, "README's settings: " + settings);
        Map<String, Object> values = new Yaml().load(Files.readString(RenderedChart.CHART.resolve("values.yaml")));
        Set<String> secrets = ((Map<?, ?>) values.get("secrets")).keySet().stream().map(String::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> secretSettings = settings.stream().filter(s -> s.matches(".*(TOKEN|SECRET|PASSWORD).*"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(secretSettings, secrets, "values.yaml's secrets against README's secret settings");
        for (Object name : ((Map<?, ?>) values.get("settings")).keySet()) {
            assertTrue(settings.contains(String.valueOf(name)), "settings." + name + " is no setting of the bot");
        }
    }

    /** A key inside a list item (ingress.hosts[0].paths), documented by the list's own comment. */
    private static boolean isListItemKey(List<String> lines, int index) {
        int indent = indent(lines.get(index));
        for (int i = index - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.isBlank() || line.trim().startsWith("#") || indent(line) >= indent) {
                continue;
            }
            return line.trim().startsWith("- ");
        }
        return false;
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Map<String, Object> into) {
        map.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                flatten(path, (Map<String, Object>) nested, into);
            } else {
                into.put(path, value);
            }
        });
    }

    /** How the README shows a default: as YAML would, with an empty string as "". */
    private static String shown(Object value) {
        if (value instanceof String s) {
            return s.isEmpty() ? "\"\"" : s;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ChartValuesDocumentedTest::shown).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map && map.isEmpty()) {
            return "{}";
        }
        return String.valueOf(value);
    }
}
