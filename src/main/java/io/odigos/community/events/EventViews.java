package io.odigos.community.events;

import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static io.odigos.community.slack.SlackText.clip;
import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.TimeZoneChoices;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Block Kit for events: the admin's event form, the list members register from, topics, and Home. */
public final class EventViews {

    public static final String CREATE_CALLBACK = "events_save";
    public static final String TOPICS_CALLBACK = "events_topics";

    /** The topics modal's private_metadata: its event. */
    record TopicsState(long eventId) {
        TopicsState {
            if (eventId <= 0) {
                throw new IllegalArgumentException("no event");
            }
        }
    }

    /** The event form's private_metadata: the event it edits, or null for a new one. */
    record FormState(Long eventId) {
    }
    public static final String REGISTER = "events_register";
    public static final String UNREGISTER = "events_unregister";
    public static final String CHECK_IN = "events_check_in";
    public static final String OPEN_TOPICS = "events_open_topics";
    public static final String VOTE_TOPIC = "events_topic_vote";
    public static final String ADD_TO_CALENDAR = "events_calendar";
    public static final String TOPIC_INPUT = "topic";
    static final String INPUT = "value";
    /** A new event's length until the admin changes it: the usual community call. */
    static final int DEFAULT_MINUTES = 60;

    private final String publicUrl;

    public EventViews(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    String calendarUrl(long eventId) {
        return publicUrl + "/calendar/event/" + eventId + ".ics";
    }

    String feedUrl(String token) {
        return publicUrl + "/calendar/feed/" + token + ".ics";
    }

    // ---- the admin's form ----

    /**
     * The form for a new event (eventId null; offers "repeat monthly") or an edit, prefilled from the draft. The
     * time zone opens on the admin's own (from users.info) for a new event, on the event's for an edit.
     */
    View form(Long eventId, EventDraft draft, ZoneId adminZone) {
        ZonedDateTime start = draft == null ? null : draft.startsAt().atZone(draft.timeZone());
        List<OptionObject> kinds = Arrays.stream(EventKind.values()).map(k -> option(plainText(k.label()), k.name())).toList();
        OptionObject kind = draft == null ? null : kinds.get(draft.kind().ordinal());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.input(EventField.KIND, "Kind", false,
                BlockElements.staticSelect(s -> s.actionId(INPUT).options(kinds).initialOption(kind))));
        blocks.add(text(EventField.TITLE, "Title", false, false, EventDraft.MAX_TITLE, draft == null ? null : draft.title()));
        blocks.add(text(EventField.DESCRIPTION, "Agenda or description", true, true, EventDraft.MAX_DESCRIPTION,
                draft == null ? null : draft.description()));
        blocks.add(text(EventField.SPEAKERS, "Speaker(s), for webinars", true, false, EventDraft.MAX_SPEAKERS,
                draft == null ? null : draft.speakers()));
        blocks.add(BlockKit.input(EventField.DATE, "Date", false, BlockElements.datePicker(d -> d.actionId(INPUT)
                .initialDate(start == null ? null : start.toLocalDate().toString()))));
        blocks.add(BlockKit.input(EventField.START, "Start time", false, BlockElements.timePicker(t -> t.actionId(INPUT)
                .initialTime(start == null ? null : start.toLocalTime().withSecond(0).toString()))));
        blocks.add(BlockKit.input(EventField.TIME_ZONE, "Time zone of the start time", false,
                TimeZoneChoices.select(INPUT, draft == null ? adminZone : draft.timeZone())));
        blocks.add(BlockKit.input(EventField.DURATION, "Length in minutes", false, BlockKit.wholeNumber(INPUT, 1,
                EventDraft.MAX_DURATION_MINUTES, draft == null ? DEFAULT_MINUTES : draft.durationMinutes())));
        blocks.add(BlockKit.input(EventField.CAPACITY, "Capacity (empty: no limit)", true, BlockKit.wholeNumber(INPUT, 1,
                EventDraft.MAX_CAPACITY, draft == null ? null : draft.capacity())));
        blocks.add(BlockKit.input(EventField.JOIN_LINK, "Join link", false,
                BlockKit.link(INPUT, draft == null ? null : draft.joinLink())));
        if (eventId == null) {
            OptionObject monthly = option(plainText("Repeat monthly on this weekday of the month (e.g. first Tuesday)"),
                    EventForm.MONTHLY);
            blocks.add(BlockKit.input(EventField.RECURRENCE, "Series", true,
                    BlockElements.checkboxes(c -> c.actionId(INPUT).options(List.of(monthly)))));
        }
        return BlockKit.modal(CREATE_CALLBACK, eventId == null ? "New event" : "Edit event", "Save",
                new FormState(eventId), blocks);
    }

    private static LayoutBlock text(String blockId, String label, boolean optional, boolean multiline, int max,
                                    String initial) {
        return BlockKit.input(blockId, label, optional, BlockElements.plainTextInput(p -> p.actionId(INPUT)
                .multiline(multiline).maxLength(max).initialValue(initial)));
    }

    // ---- what members see ----

    /** The upcoming events, each with the actions that fit the member's status, times in the member's zone. */
    List<LayoutBlock> list(List<Row> rows, ZoneId memberZone, String feedToken, Instant now) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header(":calendar: Upcoming Odigos community events"));
        if (rows.isEmpty()) {
            blocks.add(BlockKit.section("Nothing is scheduled yet; the monthly community call will show up here."));
        }
        for (Row row : rows) {
            blocks.addAll(eventBlocks(row, memberZone, now));
        }
        if (feedToken != null) {
            blocks.add(BlockKit.context(":spiral_calendar_pad: Subscribe to your events in any calendar app: "
                    + feedUrl(feedToken)));
        }
        return BlockKit.message(blocks);
    }

    /** One event as a member sees it: 3 blocks. */
    List<LayoutBlock> eventBlocks(Row row, ZoneId memberZone, Instant now) {
        CommunityEvent e = row.event();
        StringBuilder text = new StringBuilder(EventMessages.name(e)).append(" · ").append(e.kind().label()).append('\n')
                .append(":clock3: ").append(EventTimes.in(e.startsAt(), memberZone)).append(", ")
                .append(e.durationMinutes()).append(" min");
        if (e.speakers() != null) {
            text.append("\n:microphone: ").append(escape(e.speakers()));
        }
        if (e.description() != null) {
            text.append('\n').append(escape(clip(e.description(), 600)));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(text.toString()));
        String seats = e.capacity() == null ? row.registered() + " registered"
                : row.registered() + " of " + e.capacity() + " places taken";
        String mine = row.status() == null ? "" : row.status() == RegistrationStatus.REGISTERED
                ? " · :white_check_mark: you are registered" : " · :hourglass_flowing_sand: you are on the waitlist";
        blocks.add(BlockKit.context(seats + mine));
        String id = Long.toString(e.id());
        List<BlockElement> actions = new ArrayList<>();
        boolean running = !now.isBefore(e.startsAt().minus(EventAttendance.CHECK_IN_OPENS)) && now.isBefore(e.endsAt());
        if (row.status() == null && now.isBefore(e.startsAt())) {
            actions.add(BlockKit.primaryButton(e.capacity() != null && row.registered() >= e.capacity()
                    ? "Join the waitlist" : "Register", REGISTER, id));
        } else if (row.status() != null && now.isBefore(e.startsAt())) {
            actions.add(BlockKit.button("Unregister", UNREGISTER, id));
        }
        if (running) {
            actions.add(BlockKit.primaryButton(":wave: I'm here", CHECK_IN, id));
        }
        if (row.topics() != null) {
            actions.add(BlockKit.button(row.topics() == TopicKind.AGENDA ? "Agenda topics" : "Questions", OPEN_TOPICS, id));
        }
        actions.add(BlockKit.linkButton("Add to calendar", ADD_TO_CALENDAR, calendarUrl(e.id())));
        blocks.add(BlockKit.actions(actions));
        return blocks;
    }

    /** An event with what the member's list needs to know about it. */
    record Row(CommunityEvent event, long registered, RegistrationStatus status, TopicKind topics) {
    }

    // ---- topics and questions ----

    View topics(CommunityEvent e, TopicKind kind, List<EventTopic> ranked, Map<Long, Boolean> votedByMember) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section((kind == TopicKind.AGENDA ? "Propose and upvote topics for " : "Ask and upvote questions for ")
                + EventMessages.name(e) + ". The host sees them ranked by votes."));
        if (ranked.isEmpty()) {
            blocks.add(BlockKit.context("No " + kind.noun() + "s yet: be the first."));
        }
        for (EventTopic t : ranked) {
            String line = "*" + t.voteCount() + "* :arrow_up: " + escape(t.text()) + " — <@" + t.authorId() + ">";
            blocks.add(Boolean.TRUE.equals(votedByMember.get(t.id())) ? BlockKit.section(line + " · voted")
                    : BlockKit.section(line, BlockKit.button("Upvote", VOTE_TOPIC, Long.toString(t.id()))));
        }
        blocks.add(Blocks.input(i -> i.blockId(TOPIC_INPUT).optional(true)
                .label(plainText(kind == TopicKind.AGENDA ? "Your topic" : "Your question"))
                .element(BlockElements.plainTextInput(p -> p.actionId(INPUT).maxLength(EventTopic.MAX_TEXT)))));
        return BlockKit.modal(TOPICS_CALLBACK, kind == TopicKind.AGENDA ? "Agenda topics" : "Questions", "Add",
                new TopicsState(e.id()), blocks);
    }
}
