package io.odigos.community.bench;

import static io.odigos.community.bench.Bench.runProgram;
import static io.odigos.community.bench.Bench.say;
import static io.odigos.community.bench.Bench.timeLoop;

import io.odigos.community.packs.PackSchemas;
import io.odigos.community.packs.PackValidation;
import io.odigos.community.packs.PackValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Performance benchmark of validating an observability pack (issue 16, point 9; a program, not a test: the command
 * is in docs/BENCHMARKS.md). It builds a valid 200-document pack from the test pack with every shipped kind, each
 * copy renamed, then times {@link PackValidator#validate(byte[])} with the shipped schemas against the baseline,
 * the same bytes only parsed by SnakeYAML into its node tree (no JSON tree, schemas or checks), in the same JVM.
 */
public final class PackValidationBenchmark {

    static final int DOCUMENTS = PackValidator.MAX_DOCUMENTS;
    static final int WARMUP_CALLS = 200;
    static final int CALLS = 500;
    static final long LOOP_CAP_NANOS = TimeUnit.SECONDS.toNanos(20);
    /** A member waits for this while the publish form is checked; well inside Slack's 3 s for a view submission. */
    static final double TARGET_MS = 500;

    public static void main(String[] args) throws Exception {
        runProgram(PackValidationBenchmark::run);
    }

    static void run() throws IOException {
        Path dir = Paths.get("target", "bench-packs").toAbsolutePath();
        Bench.freshDirectory(dir);
        byte[] pack = pack();
        say("Machine: %d cores, Java %s, load average %s; pack of %d documents, %,d bytes",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                MachineLoad.loadAverage(), DOCUMENTS, pack.length);
        PackValidator validator = new PackValidator(PackSchemas.shipped());
        PackValidation check = validator.validate(pack);
        if (!check.valid() || check.documents().size() != DOCUMENTS) {
            throw new IllegalStateException("the generated pack should be valid: " + check.problems());
        }
        ResultTable table = new ResultTable();
        for (int round = 1; round <= 2; round++) {
            MachineLoad base = MachineLoad.now();
            long[] parsed = timeLoop("Parse only (SnakeYAML node tree), round " + round, WARMUP_CALLS, CALLS,
                    LOOP_CAP_NANOS, i -> parseOnly(pack));
            double baseLoad = MachineLoad.now().othersSince(base, 0);
            MachineLoad m = MachineLoad.now();
            long[] validated = timeLoop("Validate, round " + round, WARMUP_CALLS, CALLS, LOOP_CAP_NANOS,
                    i -> validator.validate(pack));
            double load = Math.max(baseLoad, MachineLoad.now().othersSince(m, 0));
            if (round == 2) {
                table.latencyRows("Validate a " + DOCUMENTS + "-document pack", validated, parsed, TARGET_MS, load);
                table.latencyRows("  baseline: parse it only", parsed, Double.NaN, baseLoad);
            }
        }
        table.print(dir.resolve("results.md"));
    }

    /** The test pack's documents, repeated with unique names until there are 200. */
    static byte[] pack() throws IOException {
        String every;
        try (InputStream in = PackValidationBenchmark.class.getResourceAsStream("/packs/valid-every-kind.yaml")) {
            every = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] kinds = every.split("\n---\n");
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String d = kinds[i % kinds.length];
            documents.add(d.replaceFirst("(?m)^  name: (.*)$", "  name: $1-" + i));
        }
        return String.join("\n---\n", documents).getBytes(StandardCharsets.UTF_8);
    }

    private static void parseOnly(byte[] pack) {
        int nodes = 0;
        for (Node ignored : new Yaml(new LoaderOptions()).composeAll(
                new StringReader(new String(pack, StandardCharsets.UTF_8)))) {
            nodes++;
        }
        if (nodes != DOCUMENTS) {
            throw new IllegalStateException("parsed " + nodes + " documents");
        }
    }

    private PackValidationBenchmark() {
    }
}
