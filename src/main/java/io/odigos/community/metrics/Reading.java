package io.odigos.community.metrics;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link MetricSource} measured: a value over a window ("last 90 days"), or the reason there is none, and
 * optionally the value split into groups ({@code breakdown}, e.g. retention among mentored and not-mentored newcomers).
 * Only the value is snapshotted; the breakdown is shown beside it.
 */
public record Reading(Optional<Double> value, String window, Optional<String> unavailableReason,
                      List<Share> breakdown) {

    /** One group of a breakdown: {@code count} of its {@code outOf} members ("mentored", 4 of 5). */
    public record Share(String label, long count, long outOf) {

        /** The share in percent; empty for an empty group, which has no share rather than 0 %. */
        public Optional<Double> percent() {
            return outOf == 0 ? Optional.empty() : Optional.of(100.0 * count / outOf);
        }
    }

    public Reading {
        breakdown = List.copyOf(breakdown);
    }

    public static Reading of(double value, String window) {
        return of(value, window, List.of());
    }

    public static Reading of(double value, String window, List<Share> breakdown) {
        return new Reading(Optional.of(value), window, Optional.empty(), breakdown);
    }

    public static Reading unavailable(String window, String reason) {
        return new Reading(Optional.empty(), window, Optional.of(reason), List.of());
    }
}
