package io.odigos.community.metrics;

import io.odigos.community.events.EventsInPeriod;
import java.time.Duration;
import java.time.Instant;

/** Average check-ins per community call held in the last 90 days (a call nobody checked in to counts as 0). */
public final class CallAttendance implements MetricSource {

    static final Duration WINDOW = Duration.ofDays(90);

    private final EventsInPeriod events;

    public CallAttendance(EventsInPeriod events) {
        this.events = events;
    }

    @Override
    public Metric metric() {
        return Metric.CALL_ATTENDANCE;
    }

    @Override
    public Reading read(Instant now) {
        String window = "community calls in the last 90 days";
        return events.averageCallAttendance(now.minus(WINDOW), now)
                .map(average -> Reading.of(average, window))
                .orElseGet(() -> Reading.unavailable(window, "no community call was held in the last 90 days"));
    }
}
