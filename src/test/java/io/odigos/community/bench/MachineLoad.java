package io.odigos.community.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How busy the machine was while a figure was measured, from /proc/stat (Linux): the share of all cores that was
 * busy, and how much of that was other processes, i.e. not this JVM and the JVMs it started. A benchmark on a
 * shared 2-core machine is only as good as this number is low.
 */
final class MachineLoad {

    private final long busyJiffies;
    private final long totalJiffies;
    private final long ownCpuNanos;
    private final long wallNanos;

    private MachineLoad(long busyJiffies, long totalJiffies, long ownCpuNanos, long wallNanos) {
        this.busyJiffies = busyJiffies;
        this.totalJiffies = totalJiffies;
        this.ownCpuNanos = ownCpuNanos;
        this.wallNanos = wallNanos;
    }

    static MachineLoad now() {
        long busy = -1;
        long total = -1;
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.get(0).trim().split("\\s+"); // cpu user nice system idle iowait irq softirq steal
            long sum = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                sum += Long.parseLong(f[i]);
            }
            total = sum;
            busy = sum - Long.parseLong(f[4]) - Long.parseLong(f[5]);
        } catch (IOException | RuntimeException e) {
            // not Linux: report n/a
        }
        long own = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new MachineLoad(busy, total, own, System.nanoTime());
    }

    /** Share of the machine (all cores) used by processes other than this JVM since {@code start}, 0..1. */
    double othersSince(MachineLoad start, double childCpuSeconds) {
        if (busyJiffies < 0 || start.busyJiffies < 0 || ownCpuNanos < 0 || totalJiffies == start.totalJiffies) {
            return Double.NaN;
        }
        double busyShare = (double) (busyJiffies - start.busyJiffies) / (totalJiffies - start.totalJiffies);
        double capacityNanos = (double) (wallNanos - start.wallNanos) * Runtime.getRuntime().availableProcessors();
        double ownShare = ((ownCpuNanos - start.ownCpuNanos) + childCpuSeconds * 1e9) / capacityNanos;
        return Math.max(0, busyShare - ownShare);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+", 4)[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
