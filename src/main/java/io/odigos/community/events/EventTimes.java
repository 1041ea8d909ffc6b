package io.odigos.community.events;

import io.odigos.community.slack.SlackText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How event times read: Slack's date token (each reader sees their own zone) or a time in a given zone. */
final class EventTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private EventTimes() {
    }

    /** Rendered by Slack in each reader's own time zone; the fallback names the organiser's zone. */
    static String slackDate(Instant at, ZoneId fallbackZone) {
        return SlackText.date(at, in(at, fallbackZone));
    }

    /** The time as a member in that zone reads it, e.g. "Tue 2 Dec 2025, 16:00 (Europe/Berlin)". */
    static String in(Instant at, ZoneId zone) {
        return LOCAL.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
