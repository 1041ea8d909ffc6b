package io.odigos.community.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures a benchmark run measured, each with its baseline, target, verdict and how busy the machine was
 * meanwhile; printed as a Markdown table and written to the run's results.md.
 */
final class ResultTable {

    /** One line of the table; {@code others} is the CPU share other processes took while it was measured. */
    record Row(String figure, String value, String baseline, String ratio, String target, String verdict,
               String others) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    /** A p50 (info) and a p99 (against the target) row from sorted latencies in nanoseconds. */
    void latencyRows(String figure, long[] sorted, double targetP99Ms, double others) {
        latencyRows(figure, sorted, null, targetP99Ms, others);
    }

    /**
     * The same, each set against the same percentile of a baseline's sorted latencies (none when null); a NaN
     * target makes both rows info (for the baseline itself).
     */
    void latencyRows(String figure, long[] sorted, long[] baseline, double targetP99Ms, double others) {
        String load = MachineLoad.percent(others);
        for (int p : new int[] {50, 99}) {
            double value = VoteLoad.percentileMs(sorted, p);
            double base = baseline == null ? Double.NaN : VoteLoad.percentileMs(baseline, p);
            boolean target = p == 99 && !Double.isNaN(targetP99Ms);
            add(new Row(figure + " p" + p, fmtMs(value), baseline == null ? "-" : fmtMs(base),
                    baseline == null ? "-" : ratio(value, base),
                    target ? String.format(Locale.ROOT, "< %,d ms", (long) targetP99Ms) : "-",
                    target ? verdict(value < targetP99Ms) : "info", load));
        }
    }

    /** Prints the table with a note on the last column and writes the same to {@code file}. */
    void print(Path file) {
        String[] head = {"Figure", "Value", "Baseline", "Ratio", "Target", "Result", "Other load"};
        List<String[]> cells = new ArrayList<>();
        cells.add(head);
        rows.forEach(r -> cells.add(new String[] {r.figure(), r.value(), r.baseline(), r.ratio(), r.target(),
                r.verdict(), r.others()}));
        int[] width = new int[head.length];
        for (String[] c : cells) {
            for (int i = 0; i < c.length; i++) {
                width[i] = Math.max(width[i], c[i].length());
            }
        }
        StringBuilder sb = new StringBuilder("\n");
        for (int row = 0; row < cells.size(); row++) {
            sb.append('|');
            for (int i = 0; i < head.length; i++) {
                sb.append(' ').append(pad(cells.get(row)[i], width[i])).append(" |");
            }
            sb.append('\n');
            if (row == 0) {
                sb.append('|');
                for (int w : width) {
                    sb.append('-').append("-".repeat(w)).append("-|");
                }
                sb.append('\n');
            }
        }
        sb.append("\nOther load: share of the machine's CPU that processes other than the benchmark (and the JVMs it "
                + "started) used while the figure was measured; for two-sided figures, bot / baseline.\n");
        System.out.print(sb);
        try {
            Files.writeString(file, sb.toString().strip() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }

    static String ratio(double value, double baseline) {
        return String.format(Locale.ROOT, "%.2fx", value / baseline);
    }

    static String fmt(double v, String unit) {
        return String.format(Locale.ROOT, "%,.0f%s", v, unit);
    }

    static String fmtMs(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.2f ms" : "%,.0f ms", ms);
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(w - s.length());
    }
}
