package io.odigos.community.slack;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Slack calls that follow a request (views.update after a vote, publishing Home, a file for an admin) once the
 * request has been acknowledged, so no listener waits on Slack before answering within its 3 seconds. A transient
 * failure runs the task again after a backoff (or Slack's Retry-After) for as long as the process runs; one Slack
 * refuses for good is logged and dropped (a modal that was closed, say).
 */
public final class AfterAck implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);

    private final ScheduledExecutorService executor;

    public AfterAck(int threads) {
        AtomicInteger n = new AtomicInteger();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, "after-ack-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // at shutdown, a retry still waiting for its backoff is dropped rather than waited for
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor = pool;
    }

    /** The work; it is run again from the start after a transient failure, so it rebuilds what it sends. */
    @FunctionalInterface
    public interface SlackTask {
        void run() throws DeliveryException;
    }

    public void run(String what, SlackTask task) {
        attempt(what, task, 0, Duration.ZERO);
    }

    private void attempt(String what, SlackTask task, int failures, Duration delay) {
        Runnable once = () -> {
            try {
                task.run();
            } catch (DeliveryException e) {
                if (e.isUndeliverable()) {
                    log.warn("{} did not reach Slack, and will not: {}", what, e.getMessage());
                } else {
                    Duration wait = e.isRateLimit() ? e.retryAfter() : Backoff.after(failures);
                    log.info("{} did not reach Slack ({}); trying again in {} s", what, e.getMessage(), wait.toSeconds());
                    attempt(what, task, failures + 1, wait);
                }
            } catch (RuntimeException e) {
                log.error("{} failed", what, e);
            }
        };
        try {
            executor.schedule(once, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.warn("{} was not sent: the bot is shutting down", what);
        }
    }

    /** Takes no new task and waits up to {@code within} for those already due (work of acknowledged requests). */
    public void stop(Duration within) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(Math.max(1, within.toMillis()), TimeUnit.MILLISECONDS)) {
                log.warn("Shutdown: Slack calls after acknowledged requests still running after {} ms",
                        within.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }
}
