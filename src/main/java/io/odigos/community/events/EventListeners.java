package io.odigos.community.events;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.AfterAck;
import io.odigos.community.slack.HomeTab;
import io.odigos.community.slack.ModalState;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackPoster;
import io.odigos.community.slack.SlackRoutes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Slack's side of events: /events, registration buttons, topics, and the admin's event subcommands. */
public final class EventListeners {

    public static final String EVENTS = "/events";
    static final int LISTED = 10;
    static final int TOPICS_SHOWN = 90;

    private final EventStore store;
    private final EventAdmin eventAdmin;
    private final EventRegistrations registrations;
    private final EventAttendance attendance;
    private final EventTopics topics;
    private final EventViews views;
    private final CalendarFeeds feeds;
    private final Members members;
    private final SlackOutbox outbox;
    private final SlackPoster poster;
    private final AfterAck afterAck;
    private final HomeTab home;
    private final Modals modals;

    EventListeners(EventStore store, EventAdmin eventAdmin, EventRegistrations registrations,
                   EventAttendance attendance, EventTopics topics, EventViews views, CalendarFeeds feeds, Members members,
                   SlackOutbox outbox, SlackPoster poster, AfterAck afterAck, HomeTab home, Modals modals) {
        this.store = store;
        this.eventAdmin = eventAdmin;
        this.registrations = registrations;
        this.attendance = attendance;
        this.topics = topics;
        this.views = views;
        this.feeds = feeds;
        this.members = members;
        this.outbox = outbox;
        this.poster = poster;
        this.afterAck = afterAck;
        this.home = home;
        this.modals = modals;
    }

    public void register(SlackRoutes routes) {
        routes.command(EVENTS, (req, ctx) -> {
            String user = req.getPayload().getUserId();
            return ctx.ack(r -> r.responseType("ephemeral").text("Upcoming Odigos community events")
                    .blocks(views.list(rows(user, LISTED), members.timeZone(user), feeds.tokenFor(user), store.now())));
        });
        routes.blockAction(EventViews.REGISTER, (req, ctx) -> click(req, ctx, id -> {
            registrations.register(id, user(req));
            return null; // the service's DM says registered or waitlisted
        }));
        routes.blockAction(EventViews.UNREGISTER, (req, ctx) -> click(req, ctx, id -> {
            registrations.unregister(id, user(req));
            return ":wave: You are unregistered. Thanks for making room.";
        }));
        routes.blockAction(EventViews.CHECK_IN, (req, ctx) -> click(req, ctx, id -> {
            attendance.checkIn(id, user(req));
            return ":white_check_mark: Checked in. Welcome!";
        }));
        routes.blockAction(EventViews.ADD_TO_CALENDAR, (req, ctx) -> ctx.ack());
        routes.blockAction(EventViews.OPEN_TOPICS, (req, ctx) -> {
            long id = Long.parseLong(req.getPayload().getActions().get(0).getValue());
            modals.open(req.getPayload().getTriggerId(), topicsView(id, user(req)));
            return ctx.ack();
        });
        routes.blockAction(EventViews.VOTE_TOPIC, (req, ctx) -> {
            var view = req.getPayload().getView();
            String user = user(req);
            long eventId = ModalState.read(view.getPrivateMetadata(), EventViews.TopicsState.class).eventId();
            topics.voteTopic(Long.parseLong(req.getPayload().getActions().get(0).getValue()), user);
            afterAck.run("refreshing topics", () -> poster.updateView(view.getId(),
                    OutgoingMessage.toJson(topicsView(eventId, user))));
            return ctx.ack();
        });
        routes.viewSubmission(EventViews.TOPICS_CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            String text = new ModalValues(view.getState()).get(EventViews.TOPIC_INPUT);
            return ModalSubmission.answer(ctx, EventViews.TOPIC_INPUT, () -> {
                long eventId = ModalState.read(view.getPrivateMetadata(), EventViews.TopicsState.class).eventId();
                topics.addTopic(eventId, user, text);
                View refreshed = topicsView(eventId, user);
                return ctx.ack(r -> r.responseAction("update").view(refreshed));
            });
        });
        routes.viewSubmission(EventViews.CREATE_CALLBACK, (req, ctx) -> {
            String admin = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            ModalValues values = new ModalValues(view.getState());
            return ModalSubmission.answer(ctx, EventField.TITLE, () -> {
                EventDraft draft = EventForm.read(values, store.now());
                Long eventId = ModalState.read(view.getPrivateMetadata(), EventViews.FormState.class).eventId();
                if (eventId != null) {
                    eventAdmin.update(eventId, draft, admin);
                } else if (EventForm.repeatsMonthly(values)) {
                    eventAdmin.createSeries(draft, admin);
                } else {
                    eventAdmin.create(draft, admin);
                }
                return ctx.ack();
            });
        });
    }

    /** Adds the event subcommands to /community-admin. */
    public void registerAdmin(AdminCommands admin) {
        admin.add("Events", "event-new", "event-new", "schedule an event or a monthly series in a form", req -> {
            openForm(req.triggerId(), null, null, members.timeZone(req.adminId()));
            return "";
        });
        admin.add("Events", "event-edit", "event-edit <id>", "change an event; registrants are told", req -> {
            CommunityEvent e = event(req.arguments());
            openForm(req.triggerId(), e.id(), e.draft(), e.timeZone());
            return "";
        });
        admin.add("Events", "event-cancel", "event-cancel <id>", "cancel an event; registrants are told, reminders stop", req ->
                ":white_check_mark: Cancelled " + EventMessages.name(eventAdmin.cancel(event(req.arguments()).id(),
                        req.adminId())) + ".");
        admin.add("Events", "event-recording", "event-recording <id> <link>", "share the recording with registrants and the channel",
                req -> {
                    String[] parts = req.arguments().split("\\s+", 2);
                    if (parts.length < 2) {
                        return "Give the event id and the link, e.g. `/community-admin event-recording 4 https://youtu.be/x`.";
                    }
                    return ":white_check_mark: Shared the recording of "
                            + EventMessages.name(eventAdmin.addRecording(event(parts[0]).id(), parts[1], req.adminId())) + ".";
                });
        admin.add("Events", "event-attendance", "event-attendance <id>", "who checked in", req -> {
            CommunityEvent e = event(req.arguments());
            List<String> present = attendance.attendance(e.id());
            return EventMessages.name(e) + ": " + present.size() + " checked in, " + registrations.registeredCount(e.id())
                    + " registered." + (present.isEmpty() ? ""
                    : "\n" + present.stream().map(m -> "<@" + m + ">").collect(Collectors.joining(", ")));
        });
        admin.add("Events", "event-topics", "event-topics <id>", "the agenda topics or questions, ranked by votes", req -> {
            CommunityEvent e = event(req.arguments());
            TopicKind kind = e.kind() == EventKind.WEBINAR ? TopicKind.QUESTION : TopicKind.AGENDA;
            List<EventTopic> ranked = topics.topics(e.id(), kind, 30);
            if (ranked.isEmpty()) {
                return "No " + kind.noun() + "s for " + EventMessages.name(e) + " yet.";
            }
            StringBuilder b = new StringBuilder(EventMessages.name(e)).append(", ").append(kind.noun()).append("s by votes:\n");
            for (int i = 0; i < ranked.size(); i++) {
                EventTopic t = ranked.get(i);
                b.append(i + 1).append(". ").append(io.odigos.community.slack.SlackText.escape(t.text())).append(" (")
                        .append(t.voteCount()).append(") — <@").append(t.authorId()).append(">\n");
            }
            return b.toString();
        });
    }

    /** Rows for a member's event list or Home tab. */
    List<EventViews.Row> rows(String user, int limit) {
        List<CommunityEvent> upcoming = store.upcoming(limit);
        Map<Long, RegistrationStatus> mine = registrations.statusesOf(user, upcoming.stream().map(CommunityEvent::id).toList());
        return upcoming.stream().map(e -> new EventViews.Row(e, registrations.registeredCount(e.id()), mine.get(e.id()),
                topics.topicKind(e).orElse(null))).toList();
    }

    private View topicsView(long eventId, String user) {
        CommunityEvent e = store.find(eventId).orElseThrow(() -> new Refusal(EventMessages.noSuchEvent()));
        TopicKind kind = topics.topicKind(e).orElseThrow(() -> new Refusal(EventMessages.noTopicsNow()));
        List<EventTopic> ranked = topics.topics(eventId, kind, TOPICS_SHOWN);
        Map<Long, Boolean> voted = new HashMap<>();
        topics.topicsVotedBy(user, ranked.stream().map(EventTopic::id).toList()).forEach(id -> voted.put(id, true));
        return views.topics(e, kind, ranked, voted);
    }

    private void openForm(String triggerId, Long eventId, EventDraft draft, java.time.ZoneId zone) {
        modals.open(triggerId, views.form(eventId, draft, zone));
    }

    private CommunityEvent event(String idText) {
        try {
            long id = Long.parseLong(idText.strip().replace("#", ""));
            return store.find(id).orElseThrow(() -> new Refusal("There is no event " + id + "."));
        } catch (NumberFormatException e) {
            throw new Refusal("Give the event's number, as `/events` shows it in its calendar link.");
        }
    }

    @FunctionalInterface
    private interface Click {
        /** Does the work; answers what to tell the member, or null when the service already told them. */
        String run(long eventId);
    }

    private Response click(BlockActionRequest req, ActionContext ctx, Click click) {
        try {
            String reply = click.run(Long.parseLong(req.getPayload().getActions().get(0).getValue()));
            if (reply != null) {
                outbox.send(OutgoingMessage.replyTo(req.getPayload(), reply, null));
            }
        } finally { // a refused click still redraws the Home tab it came from: the event may have changed meanwhile
            var view = req.getPayload().getView();
            if (view != null && "home".equals(view.getType())) {
                home.refresh(user(req));
            }
        }
        return ctx.ack();
    }

    private static String user(BlockActionRequest req) {
        return req.getPayload().getUser().getId();
    }
}
