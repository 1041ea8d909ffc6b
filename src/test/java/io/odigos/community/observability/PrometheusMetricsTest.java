package io.odigos.community.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.core.Refusal;
import io.odigos.community.feedback.FeedbackViews;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.local.EmulatorCall;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;

/**
 * The bot with METRICS_ENABLED=true, driven through signed Slack requests, Quartz and the emulator's 429s; then
 * {@code /metrics} is read over HTTP on METRICS_PORT as Prometheus would read it. Where it is served, and where not,
 * is {@link MetricsEndpointTest}'s.
 */
class PrometheusMetricsTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String MEMBER = "UMETRICS";
    static final JobKey FAILING = JobKey.jobKey("always-fails", "metrics-test");

    TestBot t;

    protected String newDatabase() throws Exception {
        return "jdbc:h2:mem:metrics-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    protected Map<String, String> databaseSettings() {
        return Map.of();
    }

    TestBot startWithMetrics(String database) throws Exception {
        Map<String, String> settings = new HashMap<>(databaseSettings());
        settings.putAll(MetricsEndpointTest.METRICS_ON);
        return TestBot.start(database, settings);
    }

    @AfterEach
    void stop() {
        if (t != null) {
            t.close();
        }
    }

    String metricsUrl() {
        return "http://127.0.0.1:" + t.bot.metricsPort().orElseThrow() + BotMetrics.PATH;
    }

    PrometheusText scrape() {
        return PrometheusText.scrape(metricsUrl());
    }

    /** A job that always throws, stored durably so Quartz can be asked to run it now. */
    public static final class AlwaysFails implements Job {
        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            throw new JobExecutionException("failing on purpose");
        }
    }

    @Test
    void requestsListenerErrorsDeliveryRateLimitsJobsPoolAndJvmAreServedOnTheMetricsPort() throws Exception {
        t = startWithMetrics(newDatabase());
        t.bot.routes().command("/metrics-test-fails", (req, ctx) -> {
            throw new IllegalStateException("a listener's bug");
        });
        t.bot.routes().command("/metrics-test-refuses", (req, ctx) -> {
            throw new Refusal("not for you"); // answered to the member: no listener error
        });
        t.slack.rateLimitNext("chat.postMessage", 1);

        // a command opens the form, its submission (a view) posts the request: Slack says 429 to the first post
        assertEquals(200, t.signed.slashCommand(MEMBER, "/feedback", "").statusCode());
        t.slack.awaitCall("views.open", WAIT);
        HttpResponse<String> submitted = t.signed.interaction(Payloads.submit(MEMBER, t.slack.lastOpenedView(),
                Map.of("title", "Metrics for the bot", "problem", "Operators want to see it")));
        assertEquals(200, submitted.statusCode(), submitted.body());
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.outcome() == EmulatorCall.Outcome.APPLIED, WAIT);
        EmulatedMessage post = t.slack.messages(TestBot.CHANNEL).stream()
                .filter(m -> m.visibleText().contains("Metrics for the bot")).findFirst().orElseThrow();
        long id = t.bot.features().feedback().service().list(io.odigos.community.feedback.Listing.NEWEST, MEMBER,
                null, 10).get(0).id();
        assertEquals(200, t.signed.interaction(Payloads.clickInMessage("UVOTER", post.channel(), post.ts(),
                FeedbackViews.VOTE, Long.toString(id))).statusCode());
        assertEquals(200, t.signed.event(Payloads.appHomeOpened(MEMBER)).statusCode());
        assertEquals(500, t.signed.slashCommand(MEMBER, "/metrics-test-fails", "").statusCode());
        assertEquals(200, t.signed.slashCommand(MEMBER, "/metrics-test-refuses", "").statusCode());

        t.bot.scheduler().registerJob(AlwaysFails.class, AlwaysFails::new);
        t.bot.scheduler().quartz().addJob(JobBuilder.newJob(AlwaysFails.class).withIdentity(FAILING).storeDurably()
                .build(), false);
        t.bot.scheduler().quartz().triggerJob(FAILING);
        t.bot.scheduler().quartz().triggerJob(JobKey.jobKey("delivery-watch", "delivery"));
        // the watch also runs every minute by itself
        Eventually.holds("both jobs ran", WAIT, () -> scrape().count("odigos_bot_job_runs_total", "job",
                "delivery-watch") >= 1 && scrape().count("odigos_bot_job_runs_total", "job", FAILING.getName()) == 1);
        Eventually.holds("everything was delivered", WAIT, () -> t.bot.platform().outbox().pending() == 0);

        PrometheusText m = scrape();
        assertTrue(m.contentType.startsWith("text/plain; version=0.0.4"), m.contentType);
        assertEquals(3, m.count("odigos_bot_slack_requests_seconds_count", "kind", "command"));
        assertEquals(1, m.count("odigos_bot_slack_requests_seconds_count", "kind", "view"));
        assertEquals(1, m.count("odigos_bot_slack_requests_seconds_count", "kind", "action"));
        assertEquals(1, m.count("odigos_bot_slack_requests_seconds_count", "kind", "event"));
        assertEquals(3, m.count("odigos_bot_slack_requests_seconds_bucket", "kind", "command", "le", "+Inf"));
        assertTrue(m.value("odigos_bot_slack_requests_seconds_bucket", "kind", "command", "le", "2.5").isPresent(),
                "a bucket at 2.5 s, for the alert on acks near Slack's 3 s");
        assertEquals(1, m.count("odigos_bot_slack_listener_errors_total", "kind", "command"));
        assertEquals(0, m.value("odigos_bot_slack_listener_errors_total", "kind", "view").orElseThrow());

        assertEquals(1, m.count("odigos_bot_slack_rate_limited_total", "method", "chat.postMessage"));
        assertEquals(1, t.slack.count("chat.postMessage", EmulatorCall.Outcome.RATE_LIMITED));
        assertTrue(m.count("odigos_bot_outbox_retries_total") >= 1);
        assertEquals(t.slack.appliedCount("chat.postMessage") + t.slack.appliedCount("chat.postEphemeral")
                + t.slack.appliedCount("chat.update"), m.count("odigos_bot_outbox_delivered_total"),
                "every message and live post the outbox sent, counted once");
        assertEquals(0, m.count("odigos_bot_outbox_pending", "lane", "urgent"));
        assertEquals(0, m.count("odigos_bot_outbox_pending", "lane", "bulk"));
        assertTrue(m.value("odigos_bot_outbox_oldest_pending_age_seconds").isPresent());
        assertTrue(m.value("odigos_bot_outbox_undeliverable").isPresent());

        assertEquals(1, m.count("odigos_bot_job_failures_total", "job", FAILING.getName()));
        assertEquals(0, m.value("odigos_bot_job_failures_total", "job", "delivery-watch").orElseThrow(),
                "a job that ran has its failure series at 0, so its first failure is an increase");

        assertTrue(m.count("hikaricp_connections_max", "pool", "community") >= 10);
        assertTrue(m.count("hikaricp_connections_acquire_seconds_count", "pool", "community") > 0);
        for (String jvm : new String[] {"jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_classes_loaded_classes",
                "system_cpu_count", "process_uptime_seconds", "jvm_gc_max_data_size_bytes"}) {
            assertTrue(m.has(jvm), jvm);
        }
    }
}
