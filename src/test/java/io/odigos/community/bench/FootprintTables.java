package io.odigos.community.bench;

import io.odigos.community.bench.FootprintBenchmark.Measured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The footprint benchmark's two Markdown tables: resident memory per configuration (with its ratio to the first,
 * the baseline, and what the load achieved meanwhile), and Native Memory Tracking's committed memory by part.
 */
final class FootprintTables {

    private final List<Measured> runs;

    FootprintTables(List<Measured> runs) {
        this.runs = runs;
    }

    void print(Path file) {
        long baselinePeak = runs.get(0).end().peakKb();
        List<String[]> resident = new ArrayList<>();
        resident.add(new String[] {"Configuration", "RSS ready", "after the storm", "after the digests", "peak RSS",
                "peak / baseline", "anon + file at the end", "threads (max)", "votes/s", "ack p99", "both digests"});
        for (Measured m : runs) {
            if (m.failure() != null) {
                resident.add(failed(m, resident.get(0).length));
                continue;
            }
            resident.add(new String[] {m.configuration().name(), mib(m.ready().rssKb()), mib(m.afterStorm().rssKb()),
                    mib(m.end().rssKb()), mib(m.end().peakKb()),
                    String.format(Locale.ROOT, "%.2fx", (double) m.end().peakKb() / baselinePeak),
                    mib(m.end().anonKb()) + " + " + mib(m.end().fileKb()), Long.toString(m.peakThreads()),
                    String.format(Locale.ROOT, "%,.0f", m.storm().perSecond()) + errors(m.storm()),
                    ResultTable.fmtMs(VoteLoad.percentileMs(m.storm().latenciesNanos(), 99)),
                    String.format(Locale.ROOT, "%,d ms", m.digestMs())});
        }
        List<String[]> parts = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("Configuration"));
        head.addAll(runs.get(0).memory().committedKb().keySet());
        head.add("NMT total");
        parts.add(head.toArray(String[]::new));
        for (Measured m : runs) {
            if (m.failure() != null) {
                parts.add(failed(m, head.size()));
                continue;
            }
            List<String> row = new ArrayList<>(List.of(m.configuration().name()));
            m.memory().committedKb().values().forEach(kb -> row.add(mib(kb)));
            row.add(mib(m.memory().totalKb()));
            parts.add(row.toArray(String[]::new));
        }
        String text = "Resident memory (MiB; /proc/<pid>/status VmRSS, peak = VmHWM, anon = RssAnon, file = RssFile)\n\n"
                + markdown(resident)
                + "\nCommitted memory by part after the digests (MiB; jcmd <pid> VM.native_memory summary)\n\n"
                + markdown(parts);
        System.out.print("\n" + text);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row for a configuration that could not be measured: its name, why, and dashes. */
    private static String[] failed(Measured m, int columns) {
        String[] row = new String[columns];
        java.util.Arrays.fill(row, "-");
        row[0] = m.configuration().name();
        row[1] = m.failure();
        return row;
    }

    private static String errors(VoteLoad.Result storm) {
        return storm.errors() == 0 ? "" : " (" + storm.errors() + " errors)";
    }

    private static String mib(long kb) {
        return Long.toString(Math.round(kb / 1024.0));
    }

    private static String markdown(List<String[]> rows) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            sb.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
            if (r == 0) {
                sb.append("|").append(" --- |".repeat(rows.get(0).length)).append('\n');
            }
        }
        return sb.toString();
    }
}
