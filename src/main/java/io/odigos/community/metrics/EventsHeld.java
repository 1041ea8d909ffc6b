package io.odigos.community.metrics;

import io.odigos.community.events.EventsInPeriod;
import java.time.Duration;
import java.time.Instant;

/**
 * Events of any kind that took place (not cancelled, already started) in the last 90 days: a rolling quarter, so
 * the number never drops to zero on the first day of a calendar quarter and its trend stays meaningful.
 */
public final class EventsHeld implements MetricSource {

    static final Duration WINDOW = Duration.ofDays(90);

    private final EventsInPeriod events;

    public EventsHeld(EventsInPeriod events) {
        this.events = events;
    }

    @Override
    public Metric metric() {
        return Metric.EVENTS_HELD;
    }

    @Override
    public Reading read(Instant now) {
        return Reading.of(events.eventsHeld(now.minus(WINDOW), now), "last 90 days");
    }
}
