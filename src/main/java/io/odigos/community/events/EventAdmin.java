package io.odigos.community.events;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import io.odigos.community.core.WebLinks;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What admins change: creating, editing and cancelling events, starting a series, sharing a recording. Each change
 * is one audited transaction that queues its announcements; reminders follow the committed time.
 */
public final class EventAdmin {

    private final AdminWrites admin;
    private final EventStore store;
    private final SlackOutbox outbox;
    private final Clock clock;
    private final String channel;
    private final EventReminders reminders;
    private final EventRegistrations registrations;
    private final EventSeriesPlanner series;

    EventAdmin(AdminWrites admin, EventStore store, SlackOutbox outbox, Clock clock, String channel,
               EventReminders reminders, EventRegistrations registrations, EventSeriesPlanner series) {
        this.admin = admin;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.channel = channel;
        this.reminders = reminders;
        this.registrations = registrations;
        this.series = series;
    }

    public CommunityEvent create(EventDraft draft, String adminId) {
        CommunityEvent event = admin.write(adminId, "event.create", em -> {
            refuseProblems(draft);
            CommunityEvent created = store.insert(em, new CommunityEvent(draft, null, adminId, clock.instant()));
            outbox.enqueue(em, OutgoingMessage.to(channel, EventMessages.announced(created), null));
            return new Audited<>(created, "event:" + created.id(), created.title());
        });
        reminders.schedule(event);
        return event;
    }

    /** Applies the edit, tells everyone registered or waiting, and moves the reminders if the time moved. */
    public CommunityEvent update(long eventId, EventDraft draft, String adminId) {
        CommunityEvent event = admin.write(adminId, "event.update", em -> {
            refuseProblems(draft);
            CommunityEvent e = store.lockedOpen(em, eventId);
            Integer capacity = draft.capacity();
            long registered = store.registeredCount(em, eventId);
            if (capacity != null && capacity < registered) {
                throw new InvalidInput(Map.of(EventField.CAPACITY, "Capacity " + capacity + " is below the "
                        + registered + " people already registered; raise it or leave it empty."));
            }
            e.apply(draft);
            tellEveryone(em, e, EventMessages.changed(e));
            registrations.promoteWhileSeats(em, e);
            return new Audited<>(e, "event:" + eventId, e.title());
        });
        reminders.schedule(event);
        return event;
    }

    public CommunityEvent cancel(long eventId, String adminId) {
        CommunityEvent event = admin.write(adminId, "event.cancel", em -> {
            CommunityEvent e = store.lockedOpen(em, eventId);
            e.cancel();
            tellEveryone(em, e, EventMessages.cancelled(e));
            outbox.enqueue(em, OutgoingMessage.to(channel, EventMessages.cancelled(e), null));
            return new Audited<>(e, "event:" + eventId, e.title());
        });
        reminders.unschedule(eventId);
        return event;
    }

    /**
     * Sets up a monthly series from its first occurrence (e.g. the first Tuesday at 16:00): occurrences for the
     * months ahead are created now and kept topped up by a daily job.
     */
    public EventSeries createSeries(EventDraft first, String adminId) {
        EventSeries created = admin.write(adminId, "event.series", em -> {
            refuseProblems(first);
            EventSeries s = store.insert(em, new EventSeries(first, adminId, clock.instant()));
            outbox.enqueue(em, OutgoingMessage.to(channel, EventMessages.seriesAnnounced(s, first), null));
            return new Audited<>(s, "series:" + s.id(), s.describe());
        });
        series.planSeries();
        return created;
    }

    /** Attaches the recording and shares it with registrants and the channel. */
    public CommunityEvent addRecording(long eventId, String link, String adminId) {
        return admin.write(adminId, "event.recording", em -> {
            if (!WebLinks.isHttp(link)) {
                throw new Refusal("The recording link must be an http(s) address.");
            }
            CommunityEvent e = store.existing(em, eventId);
            if (e.isCancelled()) {
                throw new Refusal("That event was cancelled.");
            }
            e.recordedAt(link.strip());
            for (String member : store.people(em, eventId, RegistrationStatus.REGISTERED)) {
                outbox.enqueue(em, OutgoingMessage.dm(member, EventMessages.recording(e), null));
            }
            outbox.enqueue(em, OutgoingMessage.to(channel, EventMessages.recording(e), null));
            return new Audited<>(e, "event:" + eventId, link);
        });
    }

    private void refuseProblems(EventDraft draft) {
        Map<String, String> problems = draft.problems(clock.instant());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private void tellEveryone(EntityManager em, CommunityEvent e, String text) {
        List<String> everyone = new ArrayList<>(store.people(em, e.id(), RegistrationStatus.REGISTERED));
        everyone.addAll(store.people(em, e.id(), RegistrationStatus.WAITLISTED));
        for (String member : everyone) {
            outbox.enqueue(em, OutgoingMessage.dm(member, text, null));
        }
    }
}
