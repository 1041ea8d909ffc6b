package io.odigos.community.events;

import static io.odigos.community.slack.SlackText.escape;

import java.time.Duration;

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

    static String reminder(CommunityEvent e, Duration untilStart) {
        return ":alarm_clock: " + name(e) + " starts in " + humanize(untilStart) + ", " + when(e) + ". Join: "
                + e.joinLink();
    }

    /** "25 minutes", "1 hour", "24 hours": a reminder that is a little late still reads naturally. */
    static String humanize(Duration d) {
        long minutes = Math.max(1, Math.round(d.toSeconds() / 60.0));
        if (minutes < 55) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = Math.max(1, Math.round(minutes / 60.0));
        return hours + (hours == 1 ? " hour" : " hours");
    }

    static String startsNow(CommunityEvent e) {
        return ":red_circle: " + name(e) + " is starting now! Join: " + e.joinLink()
                + (e.kind() == EventKind.WEBINAR ? " · ask the speaker with `/events` → Questions" : "");
    }

    static String recording(CommunityEvent e) {
        return ":movie_camera: The recording of " + name(e) + " is up: " + e.recordingLink();
    }

    // ---- refusals: the service decides, these say it ----

    static String noSuchEvent() {
        return "That event no longer exists.";
    }

    static String wasCancelled(CommunityEvent e) {
        return name(e) + " was cancelled.";
    }

    static String registrationClosed(CommunityEvent e) {
        return name(e) + " has already started; registration is closed.";
    }

    static String alreadyRegistered(CommunityEvent e) {
        return "You are already registered for " + name(e) + ".";
    }

    static String notRegistered(CommunityEvent e) {
        return "You are not registered for " + name(e) + ".";
    }

    static String checkInClosed(CommunityEvent e) {
        return "Check-in for " + name(e) + " is open from " + EventAttendance.CHECK_IN_OPENS.toMinutes()
                + " minutes before the start until the end.";
    }

    static String noTopicsNow() {
        return "Topics are taken before community calls and questions during webinars; this event takes neither now.";
    }
}
