package io.odigos.community.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes events as iCalendar (RFC 5545), the format every calendar app imports and subscribes to. */
final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsCalendar() {
    }

    static String of(String calendarName, List<CommunityEvent> events, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Odigos//Community Bot//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(calendarName));
        for (CommunityEvent e : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:odigos-community-event-" + e.id() + "@odigos.io");
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "DTSTART:" + UTC.format(e.startsAt()));
            line(ics, "DTEND:" + UTC.format(e.endsAt()));
            // calendars replace an event they already hold only when its sequence grows
            line(ics, "SEQUENCE:" + e.scheduleVersion());
            line(ics, "SUMMARY:" + text(e.kind().label() + ": " + e.title()));
            String description = (e.description() == null ? "" : e.description() + "\n\n")
                    + (e.speakers() == null ? "" : "Speakers: " + e.speakers() + "\n") + "Join: " + e.joinLink();
            line(ics, "DESCRIPTION:" + text(description));
            line(ics, "LOCATION:" + text(e.joinLink()));
            line(ics, "URL:" + e.joinLink());
            line(ics, "STATUS:" + (e.isCancelled() ? "CANCELLED" : "CONFIRMED"));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and newline. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets, as the format requires, without splitting a UTF-8 character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
