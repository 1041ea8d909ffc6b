package io.odigos.community.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The bot's clock in local mode: another clock (the system's, when {@code main} starts the bot) plus an offset the
 * playground's time travel moves forward. The offset only grows: what is scheduled and what was sent would make no
 * sense if the bot's time went back.
 */
public final class TravellingClock extends Clock {

    private final Clock base;
    private volatile Duration ahead = Duration.ZERO;

    public TravellingClock(Clock base) {
        this.base = base;
    }

    /** How far the bot's time is ahead of the clock it travels from. */
    public Duration ahead() {
        return ahead;
    }

    public synchronized void travel(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only travels forward, not by " + by);
        }
        ahead = ahead.plus(by);
    }

    /** Moves forward to {@code moment}, or stays where it is if that moment has already passed. */
    public synchronized void travelTo(Instant moment) {
        Duration by = Duration.between(instant(), moment);
        if (!by.isNegative()) {
            ahead = ahead.plus(by);
        }
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** The bot reads instants from its clock, not zones; a travelling clock stays one clock, so one offset. */
    @Override
    public Clock withZone(ZoneId zone) {
        if (!zone.equals(getZone())) {
            throw new UnsupportedOperationException("the travelling clock keeps its zone, " + getZone());
        }
        return this;
    }
}
