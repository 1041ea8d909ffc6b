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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * recognition.json: how a merged pull request's labels and title decide its kind, the points per kind, and the
 * badge catalogue. ./config/recognition.json overrides the copy in the jar; a mistake stops start-up naming it.
 */
public record RecognitionConfig(List<KindRule> kindRules, ContributionKind defaultKind,
                                Map<ContributionKind, Integer> points, List<Badge> badges) {

    /** A label (exact, case-insensitive) or a conventional-commit title prefix ("docs:", "fix(ui):") and its kind. */
    public record KindRule(String label, String titlePrefix, ContributionKind kind) {
        boolean matches(List<String> labels, String title) {
            if (label != null) {
                return labels.stream().anyMatch(l -> l.equalsIgnoreCase(label));
            }
            String t = title.toLowerCase(Locale.ROOT);
            String p = titlePrefix.toLowerCase(Locale.ROOT);
            return t.startsWith(p + ":") || t.startsWith(p + "(") || t.startsWith(p + "!:");
        }
    }

    public static RecognitionConfig load() {
        Path local = Path.of("config", "recognition.json");
        try (Reader in = Files.isRegularFile(local) ? Files.newBufferedReader(local) : bundled()) {
            return parse(JsonParser.parseReader(in).getAsJsonObject());
        } catch (IOException | RuntimeException e) {
            throw new SettingsException("recognition.json cannot be read: " + e.getMessage());
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
        for (JsonElement e : json.getAsJsonArray("kindRules")) {
            JsonObject r = e.getAsJsonObject();
            rules.add(new KindRule(string(r, "label"), string(r, "titlePrefix"), kind(string(r, "kind"))));
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

    private static ContributionKind kind(String name) {
        return ContributionKind.parse(name).orElseThrow(() -> new IllegalArgumentException("unknown kind '" + name
                + "'; use one of " + java.util.Arrays.toString(ContributionKind.values())));
    }

    private static String string(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
    }

    /** The kind of a merged pull request: the first rule its labels or title match, else the default. */
    public ContributionKind kindOf(List<String> labels, String title) {
        return kindRules.stream().filter(r -> r.matches(labels, title)).map(KindRule::kind).findFirst().orElse(defaultKind);
    }

    public int pointsFor(ContributionKind kind) {
        return points.getOrDefault(kind, 0);
    }

    public Optional<Badge> badge(String id) {
        return badges.stream().filter(b -> b.id().equalsIgnoreCase(id)).findFirst();
    }
}
