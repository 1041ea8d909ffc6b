package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The foundation the packs' journeys stand on: a stored pack keeps its exact bytes, documents and slug. */
class PackStorageTest extends PacksJourneys {

    @Test
    void aStoredVersionKeepsItsBytesTheirHashAndItsDocumentsInOrder() {
        Pack first = storedPack(ANN, "PII-safe tracing for Java!", Set.of("language:Java", "signal:Traces"));
        Pack second = storedPack(BEN, "PII-safe tracing for Java", Set.of());
        assertEquals("pii-safe-tracing-for-java", first.slug());
        assertEquals("pii-safe-tracing-for-java-2", second.slug(), "a taken slug is numbered");
        PackVersion version = versions(first.id()).get(0);
        byte[] yaml = file("valid-every-kind.yaml");
        assertEquals(new String(yaml, java.nio.charset.StandardCharsets.UTF_8), version.text());
        assertEquals(PackVersion.sha256(yaml), version.sha256());
        assertEquals(64, version.sha256().length());
        List<String> validated = new PackValidator(PackSchemas.shipped()).validate(yaml).documents().stream()
                .map(d -> d.kind() + "/" + d.name() + "@" + d.line()).toList();
        List<String> stored = t.bot.platform().database().inTransaction(em -> new PacksStore()
                .version(em, version.id()).orElseThrow().documents().stream()
                .map(d -> d.kind() + "/" + d.name() + "@" + d.line()).toList());
        assertTrue(validated.size() > 10, validated.toString());
        assertEquals(validated, stored);
        assertEquals(List.of("language:Java", "signal:Traces"), pack(first.id()).tags());
        assertTrue(pack(first.id()).visible());
    }

    @Test
    void aSummaryShowsTheLatestVersionTheVerifiedMarkAndWhetherRecentReleasesWereTested() {
        Pack byMax = storedPack(MAX, "Sampling for a Go mesh", Set.of());
        Pack byAnn = storedPack(ANN, "Tempo for Java", Set.of());
        List<PackSummary> summaries = t.bot.platform().database().inTransaction(em ->
                packs().summaries().of(em, List.of(byMax, byAnn)));
        assertTrue(summaries.get(0).verified(), "Max is a maintainer");
        assertFalse(summaries.get(1).verified());
        assertEquals(1, summaries.get(1).latest().orElseThrow().number());
        assertEquals(0, summaries.get(1).ratings());
        assertTrue(summaries.get(1).untestedRecent(), "nobody confirmed it on 1.4 or 1.3");
    }
}
