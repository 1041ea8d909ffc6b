package io.odigos.community.events;

import io.odigos.community.core.InvalidInput;
import io.odigos.community.slack.ModalValues;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the event modal into a draft, naming every field it cannot read, before the draft's own rules run. */
final class EventForm {

    static final String MONTHLY = "monthly";

    private EventForm() {
    }

    /** The draft, or {@link InvalidInput} with every problem keyed by block id. */
    static EventDraft read(ModalValues values, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        EventKind kind = parseKind(values.get(EventField.KIND), problems);
        ZoneId zone = values.timeZone(EventField.TIME_ZONE, problems);
        Instant start = parseStart(values.get(EventField.DATE), values.get(EventField.START), zone, problems);
        Integer duration = values.wholeNumber(EventField.DURATION, problems);
        EventDraft draft = new EventDraft(kind, values.text(EventField.TITLE), values.text(EventField.DESCRIPTION),
                values.text(EventField.SPEAKERS), start, zone, duration == null ? 0 : duration,
                values.wholeNumber(EventField.CAPACITY, problems), values.text(EventField.JOIN_LINK));
        draft.problems(now).forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return draft;
    }

    static boolean repeatsMonthly(ModalValues values) {
        return MONTHLY.equals(values.get(EventField.RECURRENCE));
    }

    private static EventKind parseKind(String value, Map<String, String> problems) {
        try {
            return EventKind.valueOf(value);
        } catch (RuntimeException e) {
            problems.put(EventField.KIND, "Choose what kind of event this is.");
            return EventKind.COMMUNITY_CALL;
        }
    }

    private static Instant parseStart(String date, String time, ZoneId zone, Map<String, String> problems) {
        if (date == null) {
            problems.put(EventField.DATE, "Pick the date.");
        }
        if (time == null) {
            problems.put(EventField.START, "Pick the start time.");
        }
        if (date == null || time == null || zone == null) {
            return null;
        }
        try {
            return LocalDate.parse(date).atTime(LocalTime.parse(time)).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            problems.put(EventField.START, "That date and time cannot be read.");
            return null;
        }
    }
}
