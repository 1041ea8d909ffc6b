package io.odigos.community.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When the bi-weekly update and the monthly newsletter are drafted (weekday, time of day, zone; day of month) and how
 * long a draft waits for the admins before it posts itself.
 */
public record DigestSchedule(DayOfWeek weekday, LocalTime time, ZoneId zone, int newsletterDay, Duration autoPostAfter) {
}
