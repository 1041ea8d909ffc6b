package io.odigos.community.mentorship;

import io.odigos.community.slack.SlackText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A mentor's offer as they describe it, checked before anything is stored. Keys of problems are modal block ids. */
public record MentorDraft(List<String> areas, Integer capacity, String availability) {

    public static final String AREAS = "areas";
    public static final String CAPACITY = "capacity";
    public static final String AVAILABILITY = "availability";
    public static final int MIN_CAPACITY = 1;
    public static final int MAX_CAPACITY = 5;
    public static final int MAX_AVAILABILITY = 300;

    public MentorDraft {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** Problems by field; empty when the offer can be stored with the areas the programme has now. */
    public Map<String, String> problems(Set<String> knownAreas) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (areas.isEmpty()) {
            problems.put(AREAS, "Pick at least one area you can help with.");
        } else if (!knownAreas.containsAll(areas)) {
            problems.put(AREAS, "One of those areas is no longer offered; open the form again.");
        }
        if (capacity == null) {
            problems.put(CAPACITY, "Say how many mentees you can take at once.");
        } else if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
            problems.put(CAPACITY, "Take from " + MIN_CAPACITY + " to " + MAX_CAPACITY + " mentees at once.");
        }
        if (availability == null || availability.isBlank()) {
            problems.put(AVAILABILITY, "Say when you are usually available, e.g. \"weekday evenings\".");
        } else if (availability.length() > MAX_AVAILABILITY) {
            problems.put(AVAILABILITY, "Keep your availability under " + MAX_AVAILABILITY + " characters.");
        } else if (SlackText.hasBroadcast(availability)) {
            problems.put(AVAILABILITY, "Availability cannot mention @channel, @here or @everyone.");
        }
        return problems;
    }
}
