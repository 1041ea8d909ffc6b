package io.odigos.community.metrics;

import java.time.LocalDate;

/** A metric's reading on one day, from its daily snapshot. */
record SnapshotPoint(LocalDate day, double reading) {
}
