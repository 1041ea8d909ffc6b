package io.odigos.community.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.hibernate.annotations.DynamicUpdate;

/** One occurrence of a call, webinar, workshop or office hours. */
@Entity
@Table(name = "community_events")
@DynamicUpdate
public class CommunityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventKind kind;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(length = 3000)
    private String description;

    @Column(length = 300)
    private String speakers;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    private Integer capacity;

    @Column(name = "join_link", nullable = false, length = 500)
    private String joinLink;

    @Column(name = "recording_link", length = 500)
    private String recordingLink;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "schedule_version", nullable = false)
    private int scheduleVersion;

    @Column(name = "created_by", nullable = false, length = 32)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    static final String SCHEDULED = "SCHEDULED";
    static final String CANCELLED = "CANCELLED";

    protected CommunityEvent() {
    }

    CommunityEvent(EventDraft draft, Long seriesId, String createdBy, Instant now) {
        apply(draft);
        this.seriesId = seriesId;
        this.status = SCHEDULED;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Takes the draft's values; answers whether the start or length moved, which moves the reminders. */
    boolean apply(EventDraft draft) {
        boolean moved = startsAt != null && (!startsAt.equals(draft.startsAt()) || durationMinutes != draft.durationMinutes());
        kind = draft.kind();
        title = draft.title();
        description = draft.description();
        speakers = draft.speakers();
        startsAt = draft.startsAt();
        timeZone = draft.timeZone().getId();
        durationMinutes = draft.durationMinutes();
        capacity = draft.capacity();
        joinLink = draft.joinLink();
        if (moved) {
            scheduleVersion++;
        }
        return moved;
    }

    void cancel() {
        status = CANCELLED;
        scheduleVersion++;
    }

    void recordedAt(String link) {
        recordingLink = link;
    }

    public EventDraft draft() {
        return new EventDraft(kind, title, description, speakers, startsAt, ZoneId.of(timeZone), durationMinutes,
                capacity, joinLink);
    }

    public long id() {
        return id;
    }

    public EventKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String speakers() {
        return speakers;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public Integer capacity() {
        return capacity;
    }

    public String joinLink() {
        return joinLink;
    }

    public String recordingLink() {
        return recordingLink;
    }

    public boolean isCancelled() {
        return CANCELLED.equals(status);
    }

    public Long seriesId() {
        return seriesId;
    }

    public int scheduleVersion() {
        return scheduleVersion;
    }
}
