package io.odigos.community.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The footprint benchmark reads where memory goes from this JDK's own Native Memory Tracking: its parts must add up
 * to NMT's total, and the heap must be what the JVM was given.
 */
class NativeMemoryTest {

    /** A JVM that waits until its standard input closes: something for jcmd to ask. */
    public static final class Idle {
        public static void main(String[] args) throws Exception {
            System.out.println("ready");
            System.out.flush();
            System.in.read();
        }
    }

    @Test
    void thePartsOfARealJvmsSummaryAddUpToItsTotalAndTheHeapIsWhatItWasGiven() throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:NativeMemoryTracking=summary", "-Xms48m", "-Xmx48m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Idle.class.getName()).start();
        try {
            InputStream out = jvm.getInputStream();
            assertTrue(new String(out.readNBytes(5)).startsWith("ready"), "the JVM started");
            NativeMemory memory = NativeMemory.of(jvm.pid());

            assertEquals(48L * 1024, memory.committedKb().get(NativeMemory.HEAP));
            assertEquals(List.of(NativeMemory.HEAP, NativeMemory.METASPACE, NativeMemory.CDS, NativeMemory.CODE,
                    NativeMemory.THREADS, NativeMemory.GC, NativeMemory.JIT, NativeMemory.OTHER),
                    List.copyOf(memory.committedKb().keySet()));
            long sum = memory.committedKb().values().stream().mapToLong(Long::longValue).sum();
            // each category is rounded to KiB, and those under 1 KiB are left out: a few KiB either way
            assertTrue(Math.abs(sum - memory.totalKb()) < 64,
                    "parts " + sum + " KiB, total " + memory.totalKb() + " KiB");
            assertTrue(memory.committedKb().get(NativeMemory.METASPACE) > 0, "class metadata is counted");
            assertTrue(memory.committedKb().get(NativeMemory.THREADS) > 0, "thread stacks are counted");
        } finally {
            jvm.getOutputStream().close();
            jvm.waitFor(30, TimeUnit.SECONDS);
            jvm.destroyForcibly();
        }
    }
}
