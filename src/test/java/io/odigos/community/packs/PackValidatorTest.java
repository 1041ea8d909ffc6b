package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Real pack files, one per kind of problem, through the validator with the schemas the bot ships. */
class PackValidatorTest {

    private final PackValidator validator = new PackValidator(PackSchemas.shipped());

    private List<String> problems(String file) {
        return problemsOf(file, PackFiles.bytes(file));
    }

    private List<String> problemsOf(String file, byte[] pack) {
        PackValidation v = validator.validate(pack);
        assertFalse(v.valid(), file + " should be refused");
        assertTrue(v.documents().isEmpty(), "nothing of a refused pack is kept");
        return v.problems().stream().map(PackProblem::toString).collect(Collectors.toList());
    }

    private static void assertHas(List<String> problems, String expected) {
        assertTrue(problems.contains(expected), "expected <" + expected + "> among " + problems);
    }

    @Test
    void aPackWithEveryShippedKindIsValidAndKeepsEachDocumentsText() {
        PackValidation v = validator.validate(PackFiles.bytes("valid-every-kind.yaml"));
        assertEquals(List.of(), v.problems());
        assertEquals(PackSchemas.SHIPPED.stream().map(PackSchemas.Kind::kind).toList(),
                v.documents().stream().map(PackDocument::kind).toList());
        PackDocument tempo = v.documents().get(1);
        assertEquals(2, tempo.index());
        assertEquals("odigos.io/v1alpha1", tempo.apiVersion());
        assertEquals("tempo", tempo.name());
        assertEquals(14, tempo.line());
        assertTrue(tempo.text().startsWith("apiVersion: odigos.io/v1alpha1\nkind: Destination\n"), tempo.text());
        assertTrue(tempo.text().endsWith("    name: <tempo-secret>"), tempo.text());
    }

    @Test
    void invalidYamlIsToldWithItsLineAfterTheProblemsOfEarlierDocuments() {
        List<String> problems = problems("invalid-yaml.yaml");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("document 2, line 16: not valid YAML: "), problems.toString());
    }

    @Test
    void unknownAndNonOdigosKindsAreEachRefused() {
        assertEquals(List.of(
                "document 1 (CollectorsGroup 'gateway'), line 2: CollectorsGroup (odigos.io/v1alpha1) is not a kind the"
                        + " bot knows; it knows " + PackSchemas.SHIPPED.stream().map(PackSchemas.Kind::toString)
                        .collect(Collectors.joining(", ")),
                "document 2 (ConfigMap 'settings'), line 8: ConfigMap (v1) is not an Odigos kind: a pack holds only "
                        + "Odigos resources",
                "document 3 (Deployment 'demo'), line 15: Deployment (apps/v1) is not an Odigos kind: a pack holds "
                        + "only Odigos resources"), problems("unknown-kinds.yaml"));
    }

    @Test
    void schemaViolationsAreToldAtTheirLinesAllOfThem() {
        List<String> problems = problems("schema-violations.yaml");
        assertEquals("document 2 (Destination 'tempo'), line 13: spec.type is required", problems.get(0));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("document 2 (Destination 'tempo'), line 15: "
                + "spec.signals[1]: ") && p.contains("enum")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("document 2 (Destination 'tempo'), line 19: "
                + "spec.sendingQueue.size: ")), problems.toString());
        assertHas(problems, "document 3 (ProbabilisticSampler 'ten-percent'), line 28: spec.samplingPercentage is "
                + "not a field of ProbabilisticSampler (a typo?)");
        assertHas(problems, "document 4 (Action), line 32: metadata.name is required (text)");
        assertEquals(5, problems.size(), problems.toString());
    }

    @Test
    void aSecretIsRefusedWhateverItsApiVersion() {
        assertEquals(List.of("document 1 (Secret 'tempo-credentials'), line 2: a Secret must not be in a pack: the "
                + "installer creates it, and a Destination refers to it with spec.secretRef"), problems("secret.yaml"));
    }

    @Test
    void everyCredentialPatternIsCaughtAndPlaceholdersAndReferencesPass() {
        List<String> problems = problemsOf("credentials.yaml", PackFiles.withCredentialShapes("credentials.yaml"));
        String vendor = "document 1 (Destination 'vendor'), ";
        String key = " holds a literal value, which looks like a credential: put it in a Secret the installer "
                + "creates and refer to it (a Destination's spec.secretRef), or write a placeholder like <api-key> or "
                + "${API_KEY}";
        assertHas(problems, vendor + "line 12: 'VENDOR_API_KEY'" + key);
        assertHas(problems, vendor + "line 13: 'basicAuthPassword'" + key);
        assertHas(problems, vendor + "line 14: 'AUTH_HEADER'" + key);
        assertHas(problems, vendor + "line 14: this line holds what looks like a bearer token: a pack must carry no "
                + "credential");
        String leaked = "document 2 (AddClusterInfo 'leaked'), line ";
        String token = ": a pack must carry no credential";
        assertHas(problems, leaked + "27: this line holds what looks like an AWS access key id" + token);
        assertHas(problems, leaked + "29: this line holds what looks like a GitHub token" + token);
        assertHas(problems, leaked + "31: this line holds what looks like a Slack token" + token);
        assertHas(problems, leaked + "33: this line holds what looks like a JSON Web Token" + token);
        assertHas(problems, leaked + "34: this line holds what looks like a private key" + token);
        assertEquals(9, problems.size(), "EXPORTER_TOKEN (a placeholder) and TOKEN_SECRET_NAME (a reference) pass: "
                + problems);
    }

    @Test
    void clusterSpecificNamesMustBePlaceholders() {
        List<String> problems = problems("cluster-names.yaml");
        assertEquals(List.of(
                "document 1 (Source 'payments'), line 5: metadata.namespace 'payments-prod' names one cluster's "
                        + "namespace: use odigos-system or a placeholder like <namespace> or ${NAMESPACE}",
                "document 1 (Source 'payments'), line 9: spec.workload.name 'payments-api' names one cluster's "
                        + "workload: use a placeholder like <workload-name> or ${WORKLOAD_NAME}",
                "document 1 (Source 'payments'), line 10: spec.workload.namespace 'payments-prod' names one "
                        + "cluster's workload: use a placeholder like <workload-namespace> or ${WORKLOAD_NAMESPACE}",
                "document 2 (Destination 'jaeger'), line 22: spec.data.JAEGER_URL holds the in-cluster host "
                        + "jaeger-collector.tracing.svc.cluster.local, which names one cluster: use a placeholder "
                        + "like <tempo-host> or ${TEMPO_HOST}",
                "document 2 (Destination 'jaeger'), line 23: spec.data.BACKUP_URL holds the IP address 10.12.0.7, "
                        + "which names one cluster: use a placeholder like <tempo-host> or ${TEMPO_HOST}"), problems);
    }

    @Test
    void aTenMegabyteFileIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[10_000_000];
        Arrays.fill(huge, (byte) '[');
        long started = System.nanoTime();
        PackValidation v = validator.validate(huge);
        assertEquals(List.of("the file is 10.0 MB: a pack is at most 1 MB (1,048,576 bytes)"),
                v.problems().stream().map(PackProblem::toString).toList());
        assertTrue(System.nanoTime() - started < 1_000_000_000L, "refused without parsing");
        assertFalse(validator.validate(new String(huge, StandardCharsets.US_ASCII)).valid());
    }

    @Test
    void moreThanTwoHundredDocumentsAreRefused() {
        String one = "apiVersion: actions.odigos.io/v1alpha1\nkind: ErrorSampler\nmetadata:\n  name: e\nspec:\n"
                + "  signals: [TRACES]\n  fallback_sampling_ratio: 10\n";
        assertTrue(validator.validate(String.join("---\n", Collections.nCopies(200, one))).valid());
        PackValidation tooMany = validator.validate(String.join("---\n", Collections.nCopies(201, one)));
        assertEquals(List.of("the file has more than 200 documents: a pack holds at most 200"),
                tooMany.problems().stream().map(PackProblem::toString).toList());
    }

    @Test
    void aliasBombsAreRefusedByTheParserOrTheValueBudget() {
        List<String> bomb = problems("alias-bomb.yaml");
        assertEquals(1, bomb.size(), bomb.toString());
        assertEquals("document 1: the file repeats lists or maps through more than 20 aliases (a YAML bomb?): a pack "
                + "is refused past that", bomb.get(0));

        // 20 aliases, each doubling a list of 1,000: within the parser's limit, over the 200,000-value budget
        StringBuilder doubling = new StringBuilder("apiVersion: odigos.io/v1alpha1\nkind: Sampling\nmetadata:\n"
                + "  name: doubling\nspec:\n  l0: &l0 [" + "x, ".repeat(999) + "x]\n");
        for (int i = 1; i <= 10; i++) {
            doubling.append("  l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                    .append(i - 1).append("]\n");
        }
        List<String> expanded = validator.validate(doubling.toString()).problems().stream()
                .map(PackProblem::toString).toList();
        assertEquals(1, expanded.size(), expanded.toString());
        assertTrue(expanded.get(0).contains("expands to more than 200000 values"), expanded.toString());

        assertEquals(List.of("document 1, line 6: values nest deeper than 64 levels (a recursive alias?)"),
                validator.validate("apiVersion: odigos.io/v1alpha1\nkind: Sampling\nmetadata:\n  name: loop\nspec:\n"
                        + "  x: &a [*a]\n").problems().stream().map(PackProblem::toString).toList());
    }

    @Test
    void emptyDocumentsAreSkippedAndAnEmptyFileIsRefused() {
        String pack = "---\n# nothing here\n---\napiVersion: actions.odigos.io/v1alpha1\nkind: ErrorSampler\nmetadata:"
                + "\n  name: e\nspec:\n  signals: [TRACES]\n  fallback_sampling_ratio: 10\n---\n";
        PackValidation v = validator.validate(pack);
        assertEquals(List.of(), v.problems());
        assertEquals(2, v.documents().get(0).index());
        assertEquals(List.of("the file has no YAML document: a pack holds at least one Odigos resource"),
                validator.validate("# only a comment\n").problems().stream().map(PackProblem::toString).toList());
    }

    @Test
    void duplicateKeysAndAMissingSpecAreProblems() {
        String pack = "apiVersion: actions.odigos.io/v1alpha1\nkind: ErrorSampler\nmetadata:\n  name: e\n  name: f\n";
        assertEquals(List.of("document 1 (ErrorSampler 'e'), line 1: spec is required: a pack's resources configure Odigos",
                        "document 1 (ErrorSampler 'e'), line 5: duplicate key 'name'"),
                validator.validate(pack).problems().stream().map(PackProblem::toString).toList());
    }
}
