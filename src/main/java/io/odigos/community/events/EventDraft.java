package io.odigos.community.events;

import io.odigos.community.core.WebLinks;
import io.odigos.community.slack.SlackText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** An event as an admin describes it, checked before anything is stored. Keys of problems are modal block ids. */
public record EventDraft(EventKind kind, String title, String description, String speakers, Instant startsAt,
                         ZoneId timeZone, int durationMinutes, Integer capacity, String joinLink) {

    public static final int MAX_TITLE = 150;
    public static final int MAX_DESCRIPTION = 3000;
    public static final int MAX_SPEAKERS = 300;
    public static final int MAX_DURATION_MINUTES = 24 * 60;
    public static final int MAX_CAPACITY = 100_000;

    /** Problems by field; empty when the draft can be scheduled at this moment. */
    public Map<String, String> problems(Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            problems.put(EventField.TITLE, "Give the event a title.");
        } else if (title.length() > MAX_TITLE) {
            problems.put(EventField.TITLE, "Keep the title under " + MAX_TITLE + " characters.");
        } else if (SlackText.hasBroadcast(title)) {
            problems.put(EventField.TITLE, "A title cannot mention @channel, @here or @everyone.");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.put(EventField.DESCRIPTION, "Keep the description under " + MAX_DESCRIPTION + " characters.");
        }
        if (speakers != null && speakers.length() > MAX_SPEAKERS) {
            problems.put(EventField.SPEAKERS, "Keep the speakers under " + MAX_SPEAKERS + " characters.");
        }
        if (timeZone == null) {
            problems.put(EventField.TIME_ZONE, "Choose the time zone of the start time.");
        }
        if (startsAt != null && !startsAt.isAfter(now)) {
            problems.put(EventField.START, "The start is in the past; pick a later date and time.");
        }
        if (durationMinutes <= 0) {
            problems.put(EventField.DURATION, "The event must end after it starts: give a length of at least 1 minute.");
        } else if (durationMinutes > MAX_DURATION_MINUTES) {
            problems.put(EventField.DURATION, "An event can last at most 24 hours.");
        }
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            problems.put(EventField.CAPACITY, "Capacity must be from 1 to " + MAX_CAPACITY
                    + ", or left empty for no limit.");
        }
        String linkProblem = WebLinks.problem(joinLink,
                "The join link must be an http(s) address, like https://zoom.us/j/123.");
        if (linkProblem != null) {
            problems.put(EventField.JOIN_LINK, linkProblem);
        }
        return problems;
    }
}
