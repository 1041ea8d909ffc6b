package io.odigos.community.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a JVM's memory goes, from Native Memory Tracking's summary ({@code jcmd <pid> VM.native_memory summary}):
 * committed KiB per part, NMT's categories grouped as an operator reads them.
 */
record NativeMemory(Map<String, Long> committedKb, long totalKb) {

    /** The parts, in the order the table shows them. */
    static final String HEAP = "heap";
    static final String METASPACE = "metaspace";
    static final String CDS = "class-data archive";
    static final String CODE = "code cache";
    static final String THREADS = "threads";
    static final String GC = "GC";
    static final String JIT = "JIT compilers";
    static final String OTHER = "other";

    private static final Pattern CATEGORY = Pattern.compile("^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)",
            Pattern.MULTILINE);
    private static final Pattern TOTAL = Pattern.compile("^Total: reserved=\\d+KB, committed=(\\d+)KB",
            Pattern.MULTILINE);

    /** Asks the JVM with this process id, started with {@code -XX:NativeMemoryTracking=summary}, through jcmd. */
    static NativeMemory of(long pid) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "VM.native_memory", "summary").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd failed:\n" + out);
        }
        return parse(out);
    }

    static NativeMemory parse(String summary) {
        Matcher total = TOTAL.matcher(summary);
        if (!total.find()) {
            throw new IllegalStateException("not a native memory summary:\n" + summary);
        }
        Map<String, Long> parts = new LinkedHashMap<>();
        for (String part : new String[] {HEAP, METASPACE, CDS, CODE, THREADS, GC, JIT, OTHER}) {
            parts.put(part, 0L);
        }
        Matcher m = CATEGORY.matcher(summary);
        while (m.find()) {
            parts.merge(part(m.group(1)), Long.parseLong(m.group(2)), Long::sum);
        }
        return new NativeMemory(parts, Long.parseLong(total.group(1)));
    }

    private static String part(String category) {
        return switch (category) {
            case "Java Heap" -> HEAP;
            case "Class", "Metaspace" -> METASPACE; // class metadata: the class space and the rest of metaspace
            case "Shared class space" -> CDS;
            case "Code" -> CODE;
            case "Thread" -> THREADS;
            case "GC" -> GC;
            case "Compiler", "Arena Chunk" -> JIT; // the compilers' working memory is arena chunks
            default -> OTHER; // symbols, internal, NMT itself, modules, ...
        };
    }
}
