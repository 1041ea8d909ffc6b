package io.odigos.community.events;

import static io.odigos.community.slack.SlackText.escape;

/** The words of what events send: announcements, changes, reminders. Member-written text is escaped. */
final class EventMessages {

    private EventMessages() {
    }

    static String name(CommunityEvent e) {
        return e.kind().emoji() + " *" + escape(e.title()) + "*";
    }

    static String when(CommunityEvent e) {
        return EventTimes.slackDate(e.startsAt(), e.timeZone()) + " (" + e.durationMinutes() + " min)";
    }

    static String announced(CommunityEvent e) {
        return ":calendar: New " + e.kind().label().toLowerCase() + ": " + name(e) + ", " + when(e)
                + ". Register with `/events`.";
    }

    static String seriesAnnounced(EventSeries series, EventDraft first) {
        return ":repeat: *" + escape(series.title()) + "* now happens every " + series.describe()
                + ", starting " + EventTimes.slackDate(first.startsAt(), first.timeZone()) + ". Register with `/events`.";
    }

    static String changed(CommunityEvent e) {
        return ":pencil2: " + name(e) + " changed. It is now " + when(e) + ". Join: " + e.joinLink();
    }

    static String cancelled(CommunityEvent e) {
        return ":x: " + name(e) + " on " + EventTimes.slackDate(e.startsAt(), e.timeZone())
                + " is cancelled. Sorry about that; your registration is released.";
    }

    static String registered(CommunityEvent e) {
        return ":white_check_mark: You are registered for " + name(e) + ", " + when(e)
                + ". I will remind you before it starts.";
    }

    static String waitlisted(CommunityEvent e, int position) {
        return ":hourglass_flowing_sand: " + name(e) + " is full, so you are number " + position
                + " on the waitlist. I will tell you as soon as a place frees up.";
    }

    static String promoted(CommunityEvent e) {
        return ":tada: A place freed up: you are now registered for " + name(e) + ", " + when(e) + ".";
    }

    static String reminder(CommunityEvent e, String inHowLong) {
        return ":alarm_clock: " + name(e) + " starts " + inHowLong + ", " + when(e) + ". Join: " + e.joinLink();
    }

    static String startsNow(CommunityEvent e) {
        return ":red_circle: " + name(e) + " is starting now! Join: " + e.joinLink()
                + (e.kind() == EventKind.WEBINAR ? " · ask the speaker with `/events` → Questions" : "");
    }

    static String recording(CommunityEvent e) {
        return ":movie_camera: The recording of " + name(e) + " is up: " + e.recordingLink();
    }
}
