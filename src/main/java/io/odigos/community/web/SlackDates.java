package io.odigos.community.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slack's {@code <!date^epoch^format|fallback>} tokens, written in the reader's own zone as Slack's clients do. */
final class SlackDates {

    private static final Pattern TOKEN = Pattern.compile("\\{(date_num|date_short_pretty|date_long_pretty|date_pretty"
            + "|date_short|date_long|date|time_secs|time|ago)}");
    private static final DateTimeFormatter NUM = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter TIME_SECS = DateTimeFormatter.ofPattern("h:mm:ss a", Locale.ENGLISH);

    private SlackDates() {
    }

    /** The format with each token replaced; text around the tokens is kept as written. */
    static String format(long epochSeconds, String format, ZoneId zone, Instant now) {
        ZonedDateTime at = Instant.ofEpochSecond(epochSeconds).atZone(zone);
        Matcher m = TOKEN.matcher(format);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(token(m.group(1), at, now.atZone(zone))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String token(String token, ZonedDateTime at, ZonedDateTime now) {
        return switch (token) {
            case "date_num" -> at.format(NUM);
            case "date_short" -> at.format(SHORT);
            case "date" -> long_(at, false);
            case "date_long" -> long_(at, true);
            case "date_pretty" -> pretty(at, now).orElse(long_(at, false));
            case "date_short_pretty" -> pretty(at, now).orElse(at.format(SHORT));
            case "date_long_pretty" -> pretty(at, now).orElse(long_(at, true));
            case "time" -> at.format(TIME);
            case "time_secs" -> at.format(TIME_SECS);
            default -> ago(Duration.between(at, now));
        };
    }

    private static Optional<String> pretty(ZonedDateTime at, ZonedDateTime now) {
        LocalDate day = at.toLocalDate();
        LocalDate today = now.toLocalDate();
        if (day.equals(today)) {
            return Optional.of("today");
        }
        if (day.equals(today.minusDays(1))) {
            return Optional.of("yesterday");
        }
        if (day.equals(today.plusDays(1))) {
            return Optional.of("tomorrow");
        }
        return Optional.empty();
    }

    /** "February 18th, 2014", with the weekday in front for the long form. */
    private static String long_(ZonedDateTime at, boolean withWeekday) {
        String date = at.format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH)) + ordinal(at.getDayOfMonth())
                + ", " + at.getYear();
        return withWeekday ? at.format(DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH)) + ", " + date : date;
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String ago(Duration since) {
        boolean future = since.isNegative();
        Duration d = since.abs();
        String amount = d.toDays() > 0 ? plural(d.toDays(), "day") : d.toHours() > 0 ? plural(d.toHours(), "hour")
                : d.toMinutes() > 0 ? plural(d.toMinutes(), "minute") : "a few seconds";
        return future ? "in " + amount : amount + " ago";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
