package io.odigos.community.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Slack calls that follow a request (views.update after a vote, publishing Home) once the request has been
 * acknowledged, so no listener waits on Slack before answering within its 3 seconds.
 */
public final class AfterAck implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);

    private final ExecutorService executor;

    public AfterAck(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "after-ack-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @FunctionalInterface
    public interface SlackTask {
        void run() throws DeliveryException;
    }

    public void run(String what, SlackTask task) {
        executor.execute(() -> {
            try {
                task.run();
            } catch (DeliveryException e) {
                log.warn("{} did not reach Slack: {}", what, e.getMessage());
            } catch (RuntimeException e) {
                log.error("{} failed", what, e);
            }
        });
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
