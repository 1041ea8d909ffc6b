package io.odigos.community;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts the bot started, stopped last to first, each within what is left of the shutdown's time, so the process
 * exits within SHUTDOWN_TIMEOUT_SECONDS however long one part takes. A part that fails to stop is logged and passed.
 */
final class ShutdownSequence {

    private static final Logger log = LoggerFactory.getLogger(ShutdownSequence.class);

    /** A part stopped at shutdown within the time the shutdown has left. */
    @FunctionalInterface
    interface Stopping {
        void stop(Duration within) throws Exception;
    }

    private final List<Stopping> stopInReverse = new ArrayList<>();

    void add(Stopping part) {
        stopInReverse.add(part);
    }

    /** A resource whose close() takes no time limit: it is closed in its turn. */
    <T extends AutoCloseable> T closing(T resource) {
        stopInReverse.add(within -> resource.close());
        return resource;
    }

    synchronized void run(Duration timeout) {
        long started = System.nanoTime();
        Instant end = Instant.now().plus(timeout);
        for (int i = stopInReverse.size() - 1; i >= 0; i--) {
            try {
                Duration left = Duration.between(Instant.now(), end);
                stopInReverse.get(i).stop(left.isNegative() ? Duration.ZERO : left);
            } catch (Exception e) {
                log.warn("while shutting down: {}", e.getMessage());
            }
        }
        stopInReverse.clear();
        log.info("Shutdown: done in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
