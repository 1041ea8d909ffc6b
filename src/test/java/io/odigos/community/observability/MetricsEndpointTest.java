package io.odigos.community.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.core.BotConfig;
import io.odigos.community.core.Settings;
import io.odigos.community.core.SettingsException;
import io.odigos.community.observability.PrometheusMetricsTest.AlwaysFails;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.TestBot;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

/** Where /metrics is served and where not, a port taken, and a misfire seen across a restart; on H2. */
class MetricsEndpointTest {

    static final Map<String, String> METRICS_ON = Map.of("METRICS_ENABLED", "true", "METRICS_PORT", "0");
    static final Duration WAIT = Duration.ofSeconds(20);

    TestBot t;

    static String newDatabase() {
        return "jdbc:h2:mem:metrics-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    static TestBot startWithMetrics(String database, int metricsPort) throws Exception {
        Map<String, String> settings = new HashMap<>(METRICS_ON);
        settings.put("METRICS_PORT", Integer.toString(metricsPort));
        return TestBot.start(database, settings);
    }

    PrometheusText scrape() {
        return PrometheusText.scrape("http://127.0.0.1:" + t.bot.metricsPort().orElseThrow() + BotMetrics.PATH);
    }

    @AfterEach
    void stop() {
        if (t != null) {
            t.close();
        }
    }

    @Test
    void metricsAreServedOnlyOnTheMetricsPortAndTheMainPortOnlyServesTheRest() throws Exception {
        t = startWithMetrics(newDatabase(), 0);
        String main = "http://127.0.0.1:" + t.bot.port();
        String metrics = "http://127.0.0.1:" + t.bot.metricsPort().orElseThrow();
        assertEquals(404, PrometheusText.get(main + BotMetrics.PATH).statusCode());
        assertEquals(200, PrometheusText.get(main + "/healthz").statusCode());
        assertEquals(404, PrometheusText.get(metrics + "/healthz").statusCode());
        assertEquals(200, PrometheusText.get(metrics + BotMetrics.PATH).statusCode());
    }

    @Test
    void offByDefaultNothingServesMetrics() throws Exception {
        t = TestBot.start(newDatabase(), Map.of());
        assertTrue(t.bot.metricsPort().isEmpty());
        assertEquals(404, PrometheusText.get("http://127.0.0.1:" + t.bot.port() + BotMetrics.PATH).statusCode());
    }

    @Test
    void metricsOnThePortOfEverythingElseAreRefused() {
        Map<String, String> settings = TestBot.settings("http://127.0.0.1:9/api/", newDatabase());
        settings.putAll(Map.of("PORT", "3000", "METRICS_ENABLED", "true", "METRICS_PORT", "3000"));
        SettingsException e = assertThrows(SettingsException.class,
                () -> BotConfig.from(Settings.withOverrides(settings)));
        assertTrue(e.getMessage().startsWith("METRICS_PORT=3000 is PORT too"), e.getMessage());
        settings.put("METRICS_ENABLED", "false"); // off, the port is never opened and not checked
        assertEquals(new BotConfig.Metrics(false, 0), BotConfig.from(Settings.withOverrides(settings)).metrics());
    }

    @Test
    void aMetricsPortInUseStopsStartUpNamingTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            SettingsException e = assertThrows(SettingsException.class,
                    () -> startWithMetrics(newDatabase(), taken.getLocalPort()));
            assertEquals("METRICS_PORT=" + taken.getLocalPort() + " is already in use: stop what listens there or set "
                    + "METRICS_PORT to a free port", e.getMessage());
        }
    }

    /** A trigger whose time passed while no instance ran is a misfire, counted when the next instance finds it. */
    @Test
    void aTriggerMissedWhileTheBotWasDownCountsAsAMisfireOfItsJob() throws Exception {
        String database = newDatabase();
        JobKey missed = JobKey.jobKey("missed-while-down", "metrics-test");
        t = startWithMetrics(database, 0);
        // a job of its own, so no other trigger of it can misfire too; its misfire policy skips the run altogether
        t.bot.scheduler().quartz().addJob(JobBuilder.newJob(AlwaysFails.class).withIdentity(missed).storeDurably()
                .build(), false);
        t.bot.scheduler().quartz().scheduleJob(TriggerBuilder.newTrigger().withIdentity("missed", "metrics-test")
                .forJob(missed).startAt(Date.from(Instant.now().minus(Duration.ofMinutes(5))))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withMisfireHandlingInstructionNextWithRemainingCount()).build());
        t.close();
        t = startWithMetrics(database, 0);
        Eventually.holds("the misfire is counted", WAIT,
                () -> scrape().count("odigos_bot_job_misfires_total", "job", missed.getName()) == 1);
        assertEquals(0, scrape().count("odigos_bot_job_runs_total", "job", missed.getName()));
    }
}
