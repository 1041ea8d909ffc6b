package io.odigos.community.events;

/** Block ids of the event form, shared by the modal and the rules that refuse its input. */
final class EventField {
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String SPEAKERS = "speakers";
    static final String DATE = "date";
    static final String START = "start";
    static final String TIME_ZONE = "time_zone";
    static final String DURATION = "duration";
    static final String CAPACITY = "capacity";
    static final String JOIN_LINK = "join_link";
    static final String RECURRENCE = "recurrence";

    private EventField() {
    }
}
