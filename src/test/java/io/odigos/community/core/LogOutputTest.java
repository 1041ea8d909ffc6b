package io.odigos.community.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** LOG_FORMAT: the setting, and what the lines look like in each format. */
class LogOutputTest {

    final ByteArrayOutputStream written = new ByteArrayOutputStream();

    /** A Logback context set up as logback.xml sets up the bot's: a text pattern on a stream appender at the root. */
    LoggerContext textLogging() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter()); // the one the OpenTelemetry agent writes trace ids to
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(context);
        text.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
        text.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(text);
        appender.setOutputStream(written);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        return context;
    }

    List<String> lines() {
        return written.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void jsonWritesOneObjectPerLineWithTheTraceOfTheMdc() {
        LoggerContext context = textLogging();
        LogOutput.use(BotConfig.LogFormat.JSON, context);
        org.slf4j.Logger log = context.getLogger("io.odigos.community.Example");

        log.info("Ready in {} ms", 812);
        MDC.put("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736");
        MDC.put("span_id", "00f067aa0ba902b7");
        try {
            log.warn("Slack answered \"ratelimited\"");
        } finally {
            MDC.clear();
        }

        List<String> lines = lines();
        assertEquals(2, lines.size(), written.toString(StandardCharsets.UTF_8));
        JsonObject ready = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals("INFO", ready.get("level").getAsString());
        assertEquals("io.odigos.community.Example", ready.get("loggerName").getAsString());
        assertEquals("Ready in 812 ms", ready.get("formattedMessage").getAsString());
        assertFalse(ready.has("mdc") && ready.getAsJsonObject("mdc").has("trace_id"), lines.get(0));
        JsonObject traced = JsonParser.parseString(lines.get(1)).getAsJsonObject();
        assertEquals("Slack answered \"ratelimited\"", traced.get("formattedMessage").getAsString());
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", traced.getAsJsonObject("mdc").get("trace_id").getAsString());
        assertEquals("00f067aa0ba902b7", traced.getAsJsonObject("mdc").get("span_id").getAsString());
    }

    @Test
    void textKeepsTheReadablePattern() {
        LoggerContext context = textLogging();
        LogOutput.use(BotConfig.LogFormat.TEXT, context);
        context.getLogger("io.odigos.community.Example").info("Ready in {} ms", 812);
        assertTrue(lines().get(0).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  i\\.o\\.c\\.Example - Ready in 812 ms"),
                lines().get(0));
    }

    @Test
    void theSettingIsTextByDefaultJsonOnRequestAndNothingElse() {
        assertEquals(BotConfig.LogFormat.TEXT, SettingsTest.config(Map.of()).logFormat());
        assertEquals(BotConfig.LogFormat.JSON, SettingsTest.config(Map.of("LOG_FORMAT", "json")).logFormat());
        SettingsException wrong = assertThrows(SettingsException.class,
                () -> SettingsTest.config(Map.of("LOG_FORMAT", "logfmt")));
        assertTrue(wrong.getMessage().contains("LOG_FORMAT=logfmt is not text or json"), wrong.getMessage());
    }

    @Test
    void theShutdownTimeoutIsTwentySecondsUnlessSet() {
        assertEquals(java.time.Duration.ofSeconds(20), SettingsTest.config(Map.of()).shutdownTimeout());
        assertEquals(java.time.Duration.ofSeconds(45),
                SettingsTest.config(Map.of("SHUTDOWN_TIMEOUT_SECONDS", "45")).shutdownTimeout());
        assertThrows(SettingsException.class, () -> SettingsTest.config(Map.of("SHUTDOWN_TIMEOUT_SECONDS", "0")));
    }
}
