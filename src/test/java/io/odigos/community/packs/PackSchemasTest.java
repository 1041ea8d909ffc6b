package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.core.BotConfig;
import io.odigos.community.core.Settings;
import io.odigos.community.core.SettingsException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** PACKS_CRDS_FILE: the operator's CRDs replace the shipped schemas, and a bad file stops start-up. */
class PackSchemasTest {

    private static List<String> problems(PackSchemas schemas, String yaml) {
        return new PackValidator(schemas).validate(yaml).problems().stream().map(PackProblem::toString).toList();
    }

    @Test
    void theCrdFileDecidesWhichKindsExistAndWhatTheirSpecMayHold() {
        PackSchemas crds = PackSchemas.of(BotConfig.from(Settings.withOverrides(
                Map.of("PACKS_CRDS_FILE", PackFiles.path("crds-small.yaml").toString()))));
        assertEquals(Set.of(new PackSchemas.Kind("actions.odigos.io/v1alpha1", "ErrorSampler"),
                new PackSchemas.Kind("odigos.io/v1alpha1", "Destination")), crds.kinds(), "Widget is not Odigos's");

        String sampler = "apiVersion: actions.odigos.io/v1alpha1\nkind: ErrorSampler\nmetadata:\n  name: e\nspec:\n"
                + "  signals: [TRACES]\n  fallback_sampling_ratio: 150\n";
        // the shipped schema accepts any number; this release's CRD bounds it and requires notes
        assertEquals(List.of(), problems(PackSchemas.shipped(), sampler));
        assertEquals(List.of("document 1 (ErrorSampler 'e'), line 5: spec.notes is required",
                "document 1 (ErrorSampler 'e'), line 7: spec.fallback_sampling_ratio: must have a maximum value of 100"),
                problems(crds, sampler));
        assertEquals(List.of(), problems(crds, sampler.replace("150", "15") + "  notes: null\n"),
                "nullable: true lets notes be null");

        String destination = "apiVersion: odigos.io/v1alpha1\nkind: Destination\nmetadata:\n  name: d\nspec:\n"
                + "  signals: [LOGS]\n  port: 4317\n  anything: goes\n";
        List<String> refused = problems(crds, destination);
        assertEquals(1, refused.size(), "preserve-unknown-fields lets 'anything' through: " + refused);
        assertTrue(refused.get(0).startsWith("document 1 (Destination 'd'), line 6: spec.signals[0]: "), refused.get(0));
        assertEquals(List.of(), problems(crds, destination.replace("LOGS", "TRACES").replace("4317", "otlp")),
                "int-or-string takes a name too");

        assertTrue(problems(crds, "apiVersion: odigos.io/v1alpha1\nkind: Source\nmetadata:\n  name: s\nspec: {}\n")
                .get(0).contains("Source (odigos.io/v1alpha1) is not a kind the bot knows; it knows "),
                "a kind the file does not define is unknown, even one the bot ships a schema for");
    }

    @Test
    void aMissingOrMalformedCrdFileStopsStartUp() {
        SettingsException missing = assertThrows(SettingsException.class, () -> BotConfig.from(
                Settings.withOverrides(Map.of("PACKS_CRDS_FILE", "/nonexistent/odigos-crds.yaml"))));
        assertEquals("PACKS_CRDS_FILE=/nonexistent/odigos-crds.yaml is not a readable file: give the "
                + "CustomResourceDefinitions of your Odigos release, as `helm show crds` writes them, or leave it "
                + "empty for the schemas the bot ships", missing.getMessage());

        SettingsException malformed = assertThrows(SettingsException.class,
                () -> PackSchemas.fromCrds(PackFiles.path("crds-malformed.yaml")));
        assertTrue(malformed.getMessage().matches("PACKS_CRDS_FILE=.*crds-malformed.yaml is not a usable `helm show "
                + "crds` file: document 1, line 8: not valid YAML: .*"), malformed.getMessage());

        SettingsException notCrds = assertThrows(SettingsException.class,
                () -> PackSchemas.fromCrds(PackFiles.path("valid-every-kind.yaml")));
        assertTrue(notCrds.getMessage().endsWith("document 1, line 2: not a CustomResourceDefinition"),
                notCrds.getMessage());
    }

    @Test
    void withoutTheSettingTheShippedSchemasAreUsed() {
        assertEquals(Set.copyOf(PackSchemas.SHIPPED), PackSchemas.of(BotConfig.from(Settings.withOverrides(Map.of())))
                .kinds());
    }
}
