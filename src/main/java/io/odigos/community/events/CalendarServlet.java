package io.odigos.community.events;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /calendar/event/{id}.ics: one event for "add to calendar"; GET /calendar/feed/{token}.ics: the member's
 * registered events, for a calendar subscription that follows changes and cancellations.
 */
public final class CalendarServlet extends HttpServlet {

    public static final String PATH = "/calendar/*";
    private static final Pattern EVENT = Pattern.compile("/event/(\\d{1,18})\\.ics");
    private static final Pattern FEED = Pattern.compile("/feed/([0-9a-f]{48})\\.ics");

    private final EventStore events;
    private final CalendarFeeds feeds;
    private final Clock clock;

    CalendarServlet(EventStore events, CalendarFeeds feeds, Clock clock) {
        this.events = events;
        this.feeds = feeds;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        Matcher event = EVENT.matcher(path);
        Matcher feed = FEED.matcher(path);
        if (event.matches()) {
            Optional<CommunityEvent> found = events.find(Long.parseLong(event.group(1)));
            if (found.isPresent()) {
                send(resp, "event-" + found.get().id() + ".ics", IcsCalendar.of("Odigos community event",
                        List.of(found.get()), clock.instant()));
                return;
            }
        } else if (feed.matches()) {
            Optional<String> member = feeds.memberOf(feed.group(1));
            if (member.isPresent()) {
                send(resp, "odigos-community.ics", IcsCalendar.of("Odigos community",
                        feeds.eventsOf(member.get()), clock.instant()));
                return;
            }
        }
        resp.sendError(404, "no such calendar");
    }

    private static void send(HttpServletResponse resp, String filename, String ics) throws IOException {
        resp.setContentType("text/calendar; charset=utf-8");
        resp.setHeader("Content-Disposition", "inline; filename=\"" + filename + "\"");
        resp.getWriter().write(ics);
    }
}
