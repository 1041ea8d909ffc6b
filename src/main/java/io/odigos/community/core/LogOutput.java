package io.odigos.community.core;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * Switches the log lines to the format LOG_FORMAT asks for once the settings are read. logback.xml writes text; for
 * json, each of the root logger's stream appenders gets Logback's own JSON encoder: one object per line with the MDC,
 * where the OpenTelemetry Java agent (Odigos's instrumentation) puts trace_id and span_id.
 */
public final class LogOutput {

    private LogOutput() {
    }

    /** Applies {@code format} to the process's Logback configuration. */
    public static void use(BotConfig.LogFormat format) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            use(format, context);
        }
    }

    /** Applies {@code format} to the stream appenders of {@code context}'s root logger. */
    public static void use(BotConfig.LogFormat format, LoggerContext context) {
        if (format != BotConfig.LogFormat.JSON) {
            return; // logback.xml's pattern is the text format
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof OutputStreamAppender<ILoggingEvent> appender) {
                // swapped in place: stopping the appender would close its stream (System.out)
                Encoder<ILoggingEvent> text = appender.getEncoder();
                appender.setEncoder(json(context));
                text.stop();
            }
        }
    }

    /** Logback's JSON encoder without what a log pipeline does not need: the context's birth date, sequence numbers. */
    private static JsonEncoder json(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithContext(false);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithArguments(false);
        encoder.setWithMessage(false); // the pattern with {}; the formatted message has the arguments in place
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return encoder;
    }
}
