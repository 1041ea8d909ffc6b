package io.odigos.community.recognition;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.core.SettingsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * recognition.json: how a merged pull request's labels, changed files and title decide its kind, the points per
 * kind, and the badge catalogue. ./config/recognition.json overrides the copy in the jar; a mistake stops start-up
 * naming the file and the mistake.
 */
public record RecognitionConfig(List<KindRule> kindRules, ContributionKind defaultKind,
                                Map<ContributionKind, Integer> points, List<Badge> badges) {

    private static final List<String> RULE_FORMS = List.of("label", "titlePrefix", "onlyPaths");

    public static RecognitionConfig load() {
        return load(Path.of("config", "recognition.json"));
    }

    /** The file if it exists, else the copy in the jar. */
    static RecognitionConfig load(Path local) {
        boolean exists = Files.isRegularFile(local);
        try (Reader in = exists ? Files.newBufferedReader(local) : bundled()) {
            return parse(JsonParser.parseReader(in).getAsJsonObject());
        } catch (IOException | RuntimeException e) {
            throw new SettingsException((exists ? local.toString() : "the bundled recognition.json")
                    + " cannot be used: " + e.getMessage());
        }
    }

    private static Reader bundled() {
        InputStream in = RecognitionConfig.class.getResourceAsStream("/recognition.json");
        if (in == null) {
            throw new IllegalStateException("recognition.json is missing from the jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    static RecognitionConfig parse(JsonObject json) {
        List<KindRule> rules = new ArrayList<>();
        JsonArray kindRules = json.getAsJsonArray("kindRules");
        for (int i = 0; i < kindRules.size(); i++) {
            try {
                rules.add(rule(kindRules.get(i).getAsJsonObject()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("kindRules[" + i + "] " + kindRules.get(i) + ": " + e.getMessage());
            }
        }
        Map<ContributionKind, Integer> points = new EnumMap<>(ContributionKind.class);
        json.getAsJsonObject("points").entrySet().forEach(p -> points.put(kind(p.getKey()), p.getValue().getAsInt()));
        List<Badge> badges = new ArrayList<>();
        JsonArray catalogue = json.getAsJsonArray("badges");
        for (JsonElement e : catalogue) {
            JsonObject b = e.getAsJsonObject();
            String kind = string(b, "kind");
            Integer github = b.has("github") ? Integer.valueOf(b.get("github").getAsInt()) : null;
            Integer count = b.has("count") ? Integer.valueOf(b.get("count").getAsInt()) : kind == null ? null : 1;
            badges.add(new Badge(string(b, "id"), string(b, "name"), string(b, "emoji"), string(b, "description"),
                    github, kind == null ? null : kind(kind), count, string(b, "fact")));
        }
        return new RecognitionConfig(rules, kind(string(json, "defaultKind")), points, badges);
    }

    private static KindRule rule(JsonObject r) {
        List<String> given = RULE_FORMS.stream().filter(r::has).toList();
        if (given.size() != 1) {
            throw new IllegalArgumentException("a rule needs exactly one of " + String.join(", ", RULE_FORMS)
                    + (given.isEmpty() ? ", it has none" : ", it has " + String.join(" and ", given)));
        }
        ContributionKind kind = kind(string(r, "kind"));
        return switch (given.get(0)) {
            case "label" -> new KindRule.Label(string(r, "label"), kind);
            case "titlePrefix" -> new KindRule.TitlePrefix(string(r, "titlePrefix"), kind);
            default -> {
                List<String> globs = new ArrayList<>();
                r.getAsJsonArray("onlyPaths").forEach(g -> globs.add(g.getAsString()));
                if (globs.isEmpty()) {
                    throw new IllegalArgumentException("onlyPaths needs at least one glob, like \"docs/**\"");
                }
                yield new KindRule.OnlyPaths(globs, kind);
            }
        };
    }

    private static ContributionKind kind(String name) {
        return ContributionKind.parse(name).orElseThrow(() -> new IllegalArgumentException("unknown kind '" + name
                + "'; use one of " + java.util.Arrays.toString(ContributionKind.values())));
    }

    private static String string(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
    }

    /**
     * The kind of a merged pull request: that of the first rule it matches, else the default. The changed files are
     * fetched once, when the first path rule is reached.
     */
    public ContributionKind kindOf(List<String> labels, String title, Supplier<List<String>> changedFiles) {
        Supplier<List<String>> once = new Supplier<>() {
            private List<String> files;

            @Override
            public List<String> get() {
                if (files == null) {
                    files = changedFiles.get();
                }
                return files;
            }
        };
        return kindRules.stream().filter(r -> r.matches(labels, title, once)).map(KindRule::kind).findFirst()
                .orElse(defaultKind);
    }

    public int pointsFor(ContributionKind kind) {
        return points.getOrDefault(kind, 0);
    }

    public Optional<Badge> badge(String id) {
        return badges.stream().filter(b -> b.id().equalsIgnoreCase(id)).findFirst();
    }
}
