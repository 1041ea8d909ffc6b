package io.odigos.community.metrics;

import java.util.Optional;

/** What a {@link MetricSource} measured: a value over a window ("last 90 days"), or the reason there is none. */
public record Reading(Optional<Double> value, String window, Optional<String> unavailableReason) {

    public static Reading of(double value, String window) {
        return new Reading(Optional.of(value), window, Optional.empty());
    }

    public static Reading unavailable(String window, String reason) {
        return new Reading(Optional.empty(), window, Optional.of(reason));
    }
}
