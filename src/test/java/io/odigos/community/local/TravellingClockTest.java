package io.odigos.community.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.odigos.community.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TravellingClockTest {

    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void followsItsBaseClockPlusWhatItTravelled() {
        MutableClock base = new MutableClock(START);
        TravellingClock clock = new TravellingClock(base);
        clock.travel(Duration.ofDays(1));
        base.advance(Duration.ofMinutes(5));
        assertEquals(START.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(5)), clock.instant());
        assertEquals(Duration.ofDays(1), clock.ahead());
    }

    @Test
    void onlyEverMovesForward() {
        TravellingClock clock = new TravellingClock(new MutableClock(START));
        clock.travelTo(START.plus(Duration.ofHours(3)));
        assertEquals(START.plus(Duration.ofHours(3)), clock.instant());

        clock.travelTo(START.plus(Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> clock.travel(Duration.ofHours(-1)));
        assertEquals(Duration.ofHours(3), clock.ahead(), "a moment already passed and a step back leave it where it was");
    }
}
