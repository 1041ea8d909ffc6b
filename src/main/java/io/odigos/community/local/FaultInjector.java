package io.odigos.community.local;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Decides which calls get a fault: first the one-shot faults queued per method, in order; then, when switched on,
 * a seeded random draw for the chosen methods. Draws happen in arrival order, so a run whose calls arrive in the
 * same order (one sender, or senders that wait for each other) sees the same faults for the same seed.
 *
 * <p>A reset also catches the retries OkHttp makes on its own: when a connection taken from its pool fails before
 * any response byte, OkHttp sends the same request again at once on another connection, and again if that one came
 * from the pool too (seen: one or two retries). Without help a reset would so turn into a success the client never
 * notices. So after a reset, the same request (method, parameters and token) arriving again within
 * {@link #RETRY_WINDOW_NANOS} of the last reset is reset too, up to {@link #MAX_REPEATS} times; such repeats take
 * no queued fault and no random draw.
 */
final class FaultInjector {

    static final long RETRY_WINDOW_NANOS = 1_000_000_000L;
    /** More than OkHttp's default pool keeps idle (5), each of which could be tried before a fresh connection. */
    static final int MAX_REPEATS = 6;

    /** A request that was reset and whose immediate repeats are reset too. */
    private static final class Repeat {
        final EmulatorCall call;
        long lastNanos;
        int left = MAX_REPEATS;

        Repeat(EmulatorCall call, long lastNanos) {
            this.call = call;
            this.lastNanos = lastNanos;
        }

        boolean matches(EmulatorCall other) {
            return call.method().equals(other.method()) && call.params().equals(other.params())
                    && Objects.equals(call.token(), other.token());
        }
    }

    /** What the random mode picks from, with equal chances. */
    static final List<Fault> RANDOM_FAULTS = List.of(
            new Fault.RateLimit(1),
            new Fault.Failure("ratelimited"),
            new Fault.Failure("internal_error"),
            new Fault.ServerError(503),
            new Fault.Reset());

    private final LongSupplier nanoTime;
    private final Map<String, Deque<Fault>> queued = new HashMap<>();
    private final List<Repeat> repeats = new ArrayList<>();
    private Random random;
    private double probability;
    private Set<String> randomMethods = Set.of();

    FaultInjector() {
        this(System::nanoTime);
    }

    FaultInjector(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    synchronized void queue(String method, Fault fault) {
        queued.computeIfAbsent(method, m -> new ArrayDeque<>()).add(fault);
    }

    synchronized void randomFaults(long seed, double probability, Set<String> methods) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be within [0, 1]: " + probability);
        }
        this.random = new Random(seed);
        this.probability = probability;
        this.randomMethods = Set.copyOf(methods);
    }

    synchronized void randomFaultsOff() {
        random = null;
        randomMethods = Set.of();
    }

    /** Forgets queued faults and stops the random mode. */
    synchronized void clear() {
        queued.clear();
        repeats.clear();
        randomFaultsOff();
    }

    /** The fault for {@code call}, or null to handle it normally. */
    synchronized Fault next(EmulatorCall call) {
        long now = nanoTime.getAsLong();
        repeats.removeIf(r -> r.left == 0 || now - r.lastNanos > RETRY_WINDOW_NANOS);
        for (Repeat repeat : repeats) {
            if (repeat.matches(call)) {
                repeat.left--;
                repeat.lastNanos = now;
                return new Fault.Reset();
            }
        }
        Fault fault = draw(call.method());
        if (fault instanceof Fault.Reset) {
            repeats.add(new Repeat(call, now));
        }
        return fault;
    }

    private Fault draw(String method) {
        Deque<Fault> queue = queued.get(method);
        if (queue != null && !queue.isEmpty()) {
            return queue.poll();
        }
        if (random != null && randomMethods.contains(method) && random.nextDouble() < probability) {
            return RANDOM_FAULTS.get(random.nextInt(RANDOM_FAULTS.size()));
        }
        return null;
    }
}
