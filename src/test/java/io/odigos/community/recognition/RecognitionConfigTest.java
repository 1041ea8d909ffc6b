package io.odigos.community.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.core.SettingsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kind rules of recognition.json: their three forms, how they match, and the mistakes refused at start-up. */
class RecognitionConfigTest {

    static final Supplier<List<String>> NOT_ASKED = () -> {
        throw new AssertionError("the changed files were asked for");
    };

    static RecognitionConfig config(String kindRules) {
        return RecognitionConfig.parse(json(kindRules));
    }

    static JsonObject json(String kindRules) {
        return JsonParser.parseString("{\"kindRules\": " + kindRules + ", \"defaultKind\": \"FEATURE\", "
                + "\"points\": {}, \"badges\": []}").getAsJsonObject();
    }

    static Supplier<List<String>> files(String... paths) {
        return () -> List.of(paths);
    }

    @Test
    void aPathRuleMatchesWhenEveryChangedFileIsUnderOneOfItsGlobs() {
        RecognitionConfig config = config("[{\"onlyPaths\": [\"docs/**\", \"*.md\", \"**/*.md\"], \"kind\": \"DOCUMENTATION\"}]");
        assertEquals(ContributionKind.DOCUMENTATION, config.kindOf(List.of(), "x", files("docs/a/b.mdx", "README.md",
                "helm/odigos/README.md")));
        assertEquals(ContributionKind.FEATURE, config.kindOf(List.of(), "x", files("docs/a.mdx", "cmd/main.go")),
                "one file outside the globs");
        assertEquals(ContributionKind.FEATURE, config.kindOf(List.of(), "x", files()), "no files known: no match");
        assertEquals(ContributionKind.FEATURE, config.kindOf(List.of(), "x", files("docs")), "the folder itself is not under it");
        assertEquals(ContributionKind.FEATURE, config.kindOf(List.of(), "x", files("documentation/a.md.go")));
    }

    @Test
    void globsFollowJavaNioGlobSyntax() {
        RecognitionConfig config = config("[{\"onlyPaths\": [\"*.md\"], \"kind\": \"DOCUMENTATION\"}]");
        assertEquals(ContributionKind.DOCUMENTATION, config.kindOf(List.of(), "x", files("CHANGELOG.md")));
        assertEquals(ContributionKind.FEATURE, config.kindOf(List.of(), "x", files("docs/CHANGELOG.md")),
                "* stays within one folder");
        config = config("[{\"onlyPaths\": [\"**/*.{md,mdx}\"], \"kind\": \"DOCUMENTATION\"}]");
        assertEquals(ContributionKind.DOCUMENTATION, config.kindOf(List.of(), "x", files("a/b/c.mdx", "d/e.md")));
        assertEquals(ContributionKind.FEATURE, config.kindOf(List.of(), "x", files("top.md")), "**/ needs a folder");
    }

    @Test
    void rulesApplyInOrderAndTheFilesAreFetchedOnceAndOnlyWhenAPathRuleIsReached() {
        RecognitionConfig config = config("""
                [{"label": "kind/bug", "kind": "BUG_FIX"},
                 {"onlyPaths": ["tests/**"], "kind": "REVIEW"},
                 {"onlyPaths": ["docs/**"], "kind": "DOCUMENTATION"},
                 {"titlePrefix": "fix", "kind": "BUG_FIX"}]""");
        assertEquals(ContributionKind.BUG_FIX, config.kindOf(List.of("Kind/Bug"), "docs: x", NOT_ASKED));
        AtomicInteger asked = new AtomicInteger();
        Supplier<List<String>> docs = () -> {
            asked.incrementAndGet();
            return List.of("docs/a.md");
        };
        assertEquals(ContributionKind.DOCUMENTATION, config.kindOf(List.of(), "fix: typo", docs));
        assertEquals(1, asked.get(), "two path rules, one fetch");
        assertEquals(ContributionKind.BUG_FIX, config.kindOf(List.of(), "fix(ui): crash", files("ui/a.ts")));
        assertEquals(ContributionKind.BUG_FIX, config.kindOf(List.of(), "FIX!: crash", files()));
        assertEquals(ContributionKind.FEATURE, config.kindOf(List.of(), "fixed a crash", files("ui/a.ts")),
                "a prefix is followed by :, ( or !:");
    }

    @Test
    void theShippedRulesPutLabelsFirstThenPathsThenTitles() {
        RecognitionConfig shipped = RecognitionConfig.load(Path.of("config", "recognition.json"));
        assertEquals(ContributionKind.BUG_FIX, shipped.kindOf(List.of("kind/bug"), "docs: a", NOT_ASKED));
        assertEquals(ContributionKind.DOCUMENTATION, shipped.kindOf(List.of(), "fix: typo",
                files("docs/setup.mdx", "README.md")));
        assertEquals(ContributionKind.BUG_FIX, shipped.kindOf(List.of(), "fix: typo", files("docs/setup.mdx", "go.mod")));
        assertEquals(ContributionKind.FEATURE, shipped.kindOf(List.of(), "Add PHP", files("php/agent.php")));
    }

    @Test
    void aRuleWithNoneOrSeveralFormsOrABadGlobIsRefused() {
        assertRefused("[{\"kind\": \"BUG_FIX\"}]", "kindRules[0]", "exactly one of label, titlePrefix, onlyPaths",
                "it has none");
        assertRefused("[{\"label\": \"bug\", \"kind\": \"BUG_FIX\"}, "
                + "{\"label\": \"docs\", \"onlyPaths\": [\"docs/**\"], \"kind\": \"DOCUMENTATION\"}]",
                "kindRules[1]", "it has label and onlyPaths");
        assertRefused("[{\"onlyPath\": [\"docs/**\"], \"kind\": \"DOCUMENTATION\"}]", "it has none");
        assertRefused("[{\"onlyPaths\": [], \"kind\": \"DOCUMENTATION\"}]", "at least one glob");
        assertRefused("[{\"onlyPaths\": [\"docs/[a\"], \"kind\": \"DOCUMENTATION\"}]", "'docs/[a' is malformed");
        assertRefused("[{\"onlyPaths\": [\"/docs/**\"], \"kind\": \"DOCUMENTATION\"}]", "relative to the repository root");
        assertRefused("[{\"label\": \"\", \"kind\": \"BUG_FIX\"}]", "label must not be empty");
        assertRefused("[{\"label\": \"bug\", \"kind\": \"BUGS\"}]", "unknown kind 'BUGS'");
    }

    static void assertRefused(String kindRules, String... phrases) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> config(kindRules));
        for (String phrase : phrases) {
            assertTrue(refused.getMessage().contains(phrase), refused.getMessage());
        }
    }

    @Test
    void aMistakeInTheFileStopsStartUpNamingTheFileAndTheRule(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("recognition.json");
        Files.writeString(file, json("[{\"label\": \"bug\", \"titlePrefix\": \"fix\", \"kind\": \"BUG_FIX\"}]").toString());
        SettingsException refused = assertThrows(SettingsException.class, () -> RecognitionConfig.load(file));
        assertTrue(refused.getMessage().startsWith(file + " cannot be used: kindRules[0]"), refused.getMessage());
        assertTrue(refused.getMessage().contains("it has label and titlePrefix"), refused.getMessage());
    }
}
