package io.odigos.community.events;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.AuditLog;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.core.WebLinks;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The rules of community events: scheduling, registration with a waitlist, attendance, topics and questions,
 * recordings, and which reminders go out when. Every change is one transaction; what it announces is queued in it.
 */
public final class EventService {

    /** Members may check in from this long before the start until the end. */
    static final Duration CHECK_IN_OPENS = Duration.ofMinutes(15);

    private final Database database;
    private final SlackOutbox outbox;
    private final AuditLog audit;
    private final Members members;
    private final AdminWrites admin;
    private final Clock clock;
    private final String channel;
    private final EventReminders reminders;
    private final int seriesMonthsAhead;

    public EventService(Database database, SlackOutbox outbox, AuditLog audit, Members members, Clock clock,
                        String channel, EventReminders reminders, int seriesMonthsAhead) {
        this.database = database;
        this.outbox = outbox;
        this.audit = audit;
        this.members = members;
        this.admin = new AdminWrites(database, members, audit);
        this.clock = clock;
        this.channel = channel;
        this.reminders = reminders;
        this.seriesMonthsAhead = seriesMonthsAhead;
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- admins ----

    public CommunityEvent create(EventDraft draft, String adminId) {
        CommunityEvent event = admin.write(adminId, "event.create", em -> {
            refuseProblems(draft);
            CommunityEvent created = new CommunityEvent(draft, null, adminId, clock.instant());
            em.persist(created);
            em.flush();
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
            CommunityEvent e = lockedOpen(em, eventId);
            Integer capacity = draft.capacity();
            if (capacity != null && capacity < registeredCount(em, eventId)) {
                throw new InvalidInput(Map.of(EventField.CAPACITY, "Capacity " + capacity + " is below the "
                        + registeredCount(em, eventId) + " people already registered; raise it or leave it empty."));
            }
            e.apply(draft);
            tellEveryone(em, e, EventMessages.changed(e));
            promoteWhileSeats(em, e);
            return new Audited<>(e, "event:" + eventId, e.title());
        });
        reminders.schedule(event);
        return event;
    }

    public CommunityEvent cancel(long eventId, String adminId) {
        CommunityEvent event = admin.write(adminId, "event.cancel", em -> {
            CommunityEvent e = lockedOpen(em, eventId);
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
        EventSeries series = admin.write(adminId, "event.series", em -> {
            refuseProblems(first);
            EventSeries created = new EventSeries(first, adminId, clock.instant());
            em.persist(created);
            em.flush();
            outbox.enqueue(em, OutgoingMessage.to(channel, EventMessages.seriesAnnounced(created, first), null));
            return new Audited<>(created, "series:" + created.id(), created.describe());
        });
        planSeries();
        return series;
    }

    /** Creates missing occurrences of every active series up to the horizon and schedules their reminders. */
    public int planSeries() {
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(31L * seriesMonthsAhead));
        List<CommunityEvent> created = database.inTransaction(em -> {
            List<CommunityEvent> added = new ArrayList<>();
            for (EventSeries series : em.createQuery("select s from EventSeries s where s.active = true",
                    EventSeries.class).getResultList()) {
                for (Instant start : series.occurrences(now, until)) {
                    boolean exists = !em.createQuery("select e.id from CommunityEvent e where e.seriesId = :s "
                                    + "and e.startsAt = :t", Long.class)
                            .setParameter("s", series.id()).setParameter("t", start).getResultList().isEmpty();
                    if (!exists) {
                        CommunityEvent occurrence = new CommunityEvent(series.draftAt(start), series.id(),
                                "series", now);
                        em.persist(occurrence);
                        added.add(occurrence);
                    }
                }
            }
            return added;
        });
        created.forEach(reminders::schedule);
        return created.size();
    }

    /** Attaches the recording and shares it with registrants and the channel. */
    public CommunityEvent addRecording(long eventId, String link, String adminId) {
        return admin.write(adminId, "event.recording", em -> {
            if (!WebLinks.isHttp(link)) {
                throw new Refusal("The recording link must be an http(s) address.");
            }
            CommunityEvent e = existing(em, eventId);
            if (e.isCancelled()) {
                throw new Refusal("That event was cancelled.");
            }
            e.recordedAt(link.strip());
            for (String member : people(em, eventId, RegistrationStatus.REGISTERED)) {
                outbox.enqueue(em, OutgoingMessage.dm(member, EventMessages.recording(e), null));
            }
            outbox.enqueue(em, OutgoingMessage.to(channel, EventMessages.recording(e), null));
            return new Audited<>(e, "event:" + eventId, link);
        });
    }

    /** Who checked in, in order. */
    public List<String> attendance(long eventId) {
        return database.inTransaction(em -> em.createNativeQuery(
                        "select member_id from event_attendance where event_id = ?1 order by checked_in_at", String.class)
                .setParameter(1, eventId).getResultList());
    }

    // ---- members ----

    public List<CommunityEvent> upcoming(int limit) {
        Instant now = clock.instant();
        return database.inTransaction(em -> em.createQuery("select e from CommunityEvent e where e.status = :s "
                        + "and e.startsAt > :earliest order by e.startsAt", CommunityEvent.class)
                .setParameter("s", CommunityEvent.SCHEDULED)
                // still listed while it runs, so members can check in
                .setParameter("earliest", now.minus(Duration.ofHours(24)))
                .setMaxResults(limit * 2).getResultList().stream()
                .filter(e -> e.endsAt().isAfter(now)).limit(limit).toList());
    }

    public Optional<CommunityEvent> find(long eventId) {
        return Optional.ofNullable(database.inTransaction(em -> em.find(CommunityEvent.class, eventId)));
    }

    /** The member's status for each of these events (absent: not registered). */
    public Map<Long, RegistrationStatus> statusesOf(String memberId, List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return database.inTransaction(em -> {
            Map<Long, RegistrationStatus> statuses = new java.util.HashMap<>();
            em.createQuery("select r from Registration r where r.memberId = :m and r.eventId in :ids", Registration.class)
                    .setParameter("m", memberId).setParameter("ids", eventIds).getResultList()
                    .forEach(r -> statuses.put(r.eventId(), r.status()));
            return statuses;
        });
    }

    public long registeredCount(long eventId) {
        return database.inTransaction(em -> registeredCount(em, eventId));
    }

    /** Registers the member, or puts them on the waitlist when the event is full. */
    public RegistrationStatus register(long eventId, String memberId) {
        try {
            RegistrationStatus status = database.inTransaction(em -> {
                CommunityEvent e = lockedOpen(em, eventId);
                if (!e.startsAt().isAfter(clock.instant())) {
                    throw new Refusal(EventMessages.name(e) + " has already started; registration is closed.");
                }
                if (em.find(Registration.class, new Registration.Key(eventId, memberId)) != null) {
                    throw new Refusal("You are already registered for " + EventMessages.name(e) + ".");
                }
                boolean full = e.capacity() != null && registeredCount(em, eventId) >= e.capacity();
                RegistrationStatus s = full ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED;
                em.persist(new Registration(eventId, memberId, s, clock.instant()));
                em.flush();
                outbox.enqueue(em, OutgoingMessage.dm(memberId, full
                        ? EventMessages.waitlisted(e, waitlistPosition(em, eventId, memberId))
                        : EventMessages.registered(e), null));
                return s;
            });
            return status;
        } catch (ConstraintViolationException e) {
            throw new Refusal("You are already registered for that event.");
        }
    }

    /** Frees the member's place; the first on the waitlist takes it and is told. */
    public void unregister(long eventId, String memberId) {
        database.runInTransaction(em -> {
            CommunityEvent e = lockedOpen(em, eventId);
            Registration r = em.find(Registration.class, new Registration.Key(eventId, memberId));
            if (r == null) {
                throw new Refusal("You are not registered for " + EventMessages.name(e) + ".");
            }
            em.remove(r);
            em.flush();
            promoteWhileSeats(em, e);
        });
    }

    /** Records that the member is at the event now. */
    public void checkIn(long eventId, String memberId) {
        database.runInTransaction(em -> {
            CommunityEvent e = existing(em, eventId);
            Instant now = clock.instant();
            if (e.isCancelled()) {
                throw new Refusal(EventMessages.name(e) + " was cancelled.");
            }
            if (now.isBefore(e.startsAt().minus(CHECK_IN_OPENS)) || !now.isBefore(e.endsAt())) {
                throw new Refusal("Check-in for " + EventMessages.name(e) + " is open from 15 minutes before the start "
                        + "until the end.");
            }
            em.createNativeQuery("insert into event_attendance (event_id, member_id, checked_in_at) select ?1, ?2, ?3 "
                            + "from community_events where id = ?1 and not exists (select 1 from event_attendance a "
                            + "where a.event_id = ?1 and a.member_id = ?2)")
                    .setParameter(1, eventId).setParameter(2, memberId).setParameter(3, now).executeUpdate();
        });
    }

    // ---- agenda topics and questions ----

    /** Which kind of topic the event takes now: agenda topics before a call, questions during a webinar. */
    public Optional<TopicKind> topicKind(CommunityEvent e) {
        Instant now = clock.instant();
        if (e.isCancelled() || !now.isBefore(e.endsAt())) {
            return Optional.empty();
        }
        return switch (e.kind()) {
            case COMMUNITY_CALL -> now.isBefore(e.startsAt()) ? Optional.of(TopicKind.AGENDA) : Optional.empty();
            case WEBINAR -> Optional.of(TopicKind.QUESTION);
            default -> Optional.empty();
        };
    }

    public EventTopic addTopic(long eventId, String memberId, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new Refusal("Write the topic or question first.");
        }
        if (clean.length() > EventTopic.MAX_TEXT) {
            throw new Refusal("Please keep it under " + EventTopic.MAX_TEXT + " characters.");
        }
        return database.inTransaction(em -> {
            CommunityEvent e = existing(em, eventId);
            TopicKind kind = topicKind(e).orElseThrow(() -> new Refusal(
                    "Topics are taken before community calls and questions during webinars; this event takes neither now."));
            EventTopic topic = new EventTopic(eventId, kind, memberId, clean, clock.instant());
            em.persist(topic);
            return topic;
        });
    }

    /** One vote per member and topic; a second vote changes nothing. */
    public void voteTopic(long topicId, String memberId) {
        database.runInTransaction(em -> {
            EventTopic topic = em.find(EventTopic.class, topicId);
            if (topic == null) {
                throw new Refusal("That topic no longer exists.");
            }
            int added = em.createNativeQuery("insert into event_topic_votes (topic_id, member_id) select ?1, ?2 "
                            + "from event_topics where id = ?1 and not exists (select 1 from event_topic_votes v "
                            + "where v.topic_id = ?1 and v.member_id = ?2)")
                    .setParameter(1, topicId).setParameter(2, memberId).executeUpdate();
            if (added == 1) {
                em.createNativeQuery("update event_topics set vote_count = vote_count + 1 where id = ?1")
                        .setParameter(1, topicId).executeUpdate();
            }
        });
    }

    /** Topics ranked by votes, then by who asked first: what the host sees. */
    public List<EventTopic> topics(long eventId, TopicKind kind, int limit) {
        return database.inTransaction(em -> em.createQuery("select t from EventTopic t where t.eventId = :e "
                        + "and t.kind = :k order by t.voteCount desc, t.id", EventTopic.class)
                .setParameter("e", eventId).setParameter("k", kind).setMaxResults(limit).getResultList());
    }

    /** Which of these topics the member has upvoted. */
    public List<Long> topicsVotedBy(String memberId, List<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        return database.inTransaction(em -> em.createNativeQuery("select topic_id from event_topic_votes "
                        + "where member_id = ?1 and topic_id in (?2)", Long.class)
                .setParameter(1, memberId).setParameter(2, topicIds).getResultList());
    }

    // ---- reminders ----

    /**
     * Sends one scheduled reminder. Dropped when the event was cancelled or moved since it was scheduled (the
     * version differs), or when it is late: DMs after the start, the channel post after the end. Each recipient
     * gets it once, however often the job runs.
     */
    public int deliverReminder(long eventId, String reminder, int scheduleVersion) {
        int sent = database.inTransaction(em -> {
            CommunityEvent e = em.find(CommunityEvent.class, eventId);
            Instant now = clock.instant();
            if (e == null || e.isCancelled() || e.scheduleVersion() != scheduleVersion) {
                return 0;
            }
            if (EventReminders.START.equals(reminder)) {
                if (!now.isBefore(e.endsAt()) || !markSent(em, e, EventReminders.CHANNEL, reminder, now)) {
                    return 0;
                }
                outbox.enqueue(em, OutgoingMessage.to(channel, EventMessages.startsNow(e), null));
                return 1;
            }
            if (!now.isBefore(e.startsAt())) {
                return 0;
            }
            String inHowLong = "in " + humanize(Duration.between(now, e.startsAt()));
            int count = 0;
            for (String member : people(em, eventId, RegistrationStatus.REGISTERED)) {
                if (markSent(em, e, member, reminder, now)) {
                    outbox.enqueue(em, OutgoingMessage.dm(member, EventMessages.reminder(e, inHowLong), null));
                    count++;
                }
            }
            return count;
        });
        return sent;
    }

    private static boolean markSent(EntityManager em, CommunityEvent e, String recipient, String reminder, Instant now) {
        return em.createNativeQuery("insert into event_reminders_sent (event_id, recipient, reminder, schedule_version, "
                        + "sent_at) select ?1, ?2, ?3, ?4, ?5 from community_events where id = ?1 and not exists (select 1 "
                        + "from event_reminders_sent s where s.event_id = ?1 and s.recipient = ?2 and s.reminder = ?3 "
                        + "and s.schedule_version = ?4)")
                .setParameter(1, e.id()).setParameter(2, recipient).setParameter(3, reminder)
                .setParameter(4, e.scheduleVersion()).setParameter(5, now).executeUpdate() == 1;
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

    /** Scheduled events that start after the instant, for re-creating missing reminders at start-up. */
    List<CommunityEvent> scheduledAfter(Instant instant) {
        return database.inTransaction(em -> em.createQuery("select e from CommunityEvent e where e.status = :s "
                        + "and e.startsAt > :t", CommunityEvent.class)
                .setParameter("s", CommunityEvent.SCHEDULED).setParameter("t", instant).getResultList());
    }

    // ---- digests ----

    /** Scheduled events starting in [from, to), soonest first. */
    public List<CommunityEvent> startingBetween(Instant from, Instant to, int limit) {
        return database.inTransaction(em -> em.createQuery("select e from CommunityEvent e where e.status = :s "
                        + "and e.startsAt >= :from and e.startsAt < :to order by e.startsAt, e.id", CommunityEvent.class)
                .setParameter("s", CommunityEvent.SCHEDULED).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList());
    }

    public record HeldEvent(CommunityEvent event, long attended) {
    }

    /** Events held (not cancelled) that started in [from, to), with how many checked in, in order. */
    public List<HeldEvent> held(Instant from, Instant to, int limit) {
        List<CommunityEvent> events = startingBetween(from, to.isAfter(clock.instant()) ? clock.instant() : to, limit);
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> attended = new java.util.HashMap<>();
        database.inTransaction(em -> em.createNativeQuery("select event_id, count(*) from event_attendance "
                        + "where event_id in (?1) group by event_id")
                .setParameter(1, events.stream().map(CommunityEvent::id).toList()).getResultList())
                .forEach(row -> attended.put(((Number) ((Object[]) row)[0]).longValue(),
                        ((Number) ((Object[]) row)[1]).longValue()));
        return events.stream().map(e -> new HeldEvent(e, attended.getOrDefault(e.id(), 0L))).toList();
    }

    // ---- numbers for the metrics feature ----

    /** Events held (not cancelled, already started) in [from, to). */
    public long eventsHeld(Instant from, Instant to) {
        Instant end = to.isAfter(clock.instant()) ? clock.instant() : to;
        return database.inTransaction(em -> em.createQuery("select count(e) from CommunityEvent e where e.status = :s "
                        + "and e.startsAt >= :from and e.startsAt < :to", Long.class)
                .setParameter("s", CommunityEvent.SCHEDULED).setParameter("from", from).setParameter("to", end)
                .getSingleResult());
    }

    /** Average check-ins per community call held in [from, to), or empty when none was held. */
    public Optional<Double> averageCallAttendance(Instant from, Instant to) {
        Instant end = to.isAfter(clock.instant()) ? clock.instant() : to;
        List<?> counts = database.inTransaction(em -> em.createNativeQuery("select count(a.member_id) "
                        + "from community_events e left join event_attendance a on a.event_id = e.id "
                        + "where e.kind = ?1 and e.status = ?2 and e.starts_at >= ?3 and e.starts_at < ?4 group by e.id")
                .setParameter(1, EventKind.COMMUNITY_CALL.name()).setParameter(2, CommunityEvent.SCHEDULED)
                .setParameter(3, from).setParameter(4, end).getResultList());
        return counts.isEmpty() ? Optional.empty()
                : Optional.of(counts.stream().mapToLong(c -> ((Number) c).longValue()).average().orElse(0));
    }

    // ---- helpers ----


    private void refuseProblems(EventDraft draft) {
        Map<String, String> problems = draft.problems(clock.instant());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static CommunityEvent existing(EntityManager em, long id) {
        CommunityEvent e = em.find(CommunityEvent.class, id);
        if (e == null) {
            throw new Refusal("That event no longer exists.");
        }
        return e;
    }

    /** The event, row-locked so registrations for it happen one at a time; refused when cancelled. */
    private static CommunityEvent lockedOpen(EntityManager em, long id) {
        CommunityEvent e = em.find(CommunityEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new Refusal("That event no longer exists.");
        }
        if (e.isCancelled()) {
            throw new Refusal(EventMessages.name(e) + " was cancelled.");
        }
        return e;
    }

    private static long registeredCount(EntityManager em, long eventId) {
        return em.createQuery("select count(r) from Registration r where r.eventId = :e and r.status = :s", Long.class)
                .setParameter("e", eventId).setParameter("s", RegistrationStatus.REGISTERED).getSingleResult();
    }

    private static int waitlistPosition(EntityManager em, long eventId, String memberId) {
        List<String> queue = people(em, eventId, RegistrationStatus.WAITLISTED);
        return queue.indexOf(memberId) + 1;
    }

    private static List<String> people(EntityManager em, long eventId, RegistrationStatus status) {
        return em.createQuery("select r.memberId from Registration r where r.eventId = :e and r.status = :s "
                        + "order by r.registeredAt, r.memberId", String.class)
                .setParameter("e", eventId).setParameter("s", status).getResultList();
    }

    private void tellEveryone(EntityManager em, CommunityEvent e, String text) {
        List<String> everyone = new ArrayList<>(people(em, e.id(), RegistrationStatus.REGISTERED));
        everyone.addAll(people(em, e.id(), RegistrationStatus.WAITLISTED));
        for (String member : everyone) {
            outbox.enqueue(em, OutgoingMessage.dm(member, text, null));
        }
    }

    /** Moves people from the waitlist into free seats, first come first served, and tells each. */
    private void promoteWhileSeats(EntityManager em, CommunityEvent e) {
        List<String> queue = people(em, e.id(), RegistrationStatus.WAITLISTED);
        long seats = e.capacity() == null ? Long.MAX_VALUE : e.capacity() - registeredCount(em, e.id());
        for (int i = 0; i < queue.size() && i < seats; i++) {
            em.find(Registration.class, new Registration.Key(e.id(), queue.get(i))).promote();
            outbox.enqueue(em, OutgoingMessage.dm(queue.get(i), EventMessages.promoted(e), null));
        }
    }
}
