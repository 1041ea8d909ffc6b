package io.odigos.community.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A monthly event on a fixed weekday of the month, e.g. the first Tuesday at 16:00 Europe/Berlin. */
@Entity
@Table(name = "event_series")
public class EventSeries {

    /** week_of_month value meaning "the last such weekday of the month". */
    static final int LAST = -1;

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

    @Column(name = "week_of_month", nullable = false)
    private int weekOfMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek dayOfWeek;

    @Column(name = "local_time", nullable = false, length = 5)
    private String localTime;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    private Integer capacity;

    @Column(name = "join_link", nullable = false, length = 500)
    private String joinLink;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, length = 32)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EventSeries() {
    }

    /** A series repeating the draft's start: same weekday of the month (first..fourth, or last), same local time. */
    EventSeries(EventDraft first, String createdBy, Instant now) {
        LocalDate date = first.startsAt().atZone(first.timeZone()).toLocalDate();
        int nth = (date.getDayOfMonth() - 1) / 7 + 1;
        this.weekOfMonth = nth >= 5 ? LAST : nth;
        this.dayOfWeek = date.getDayOfWeek();
        this.localTime = first.startsAt().atZone(first.timeZone()).toLocalTime().withSecond(0).withNano(0).toString();
        this.kind = first.kind();
        this.title = first.title();
        this.description = first.description();
        this.timeZone = first.timeZone().getId();
        this.durationMinutes = first.durationMinutes();
        this.capacity = first.capacity();
        this.joinLink = first.joinLink();
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Start times of the occurrences from the month of {@code from} on, within [from, until). */
    List<Instant> occurrences(Instant from, Instant until) {
        ZoneId zone = ZoneId.of(timeZone);
        List<Instant> starts = new ArrayList<>();
        YearMonth month = YearMonth.from(from.atZone(zone));
        for (int i = 0; i < 24; i++, month = month.plusMonths(1)) {
            LocalDate day = month.atDay(1).with(weekOfMonth == LAST
                    ? TemporalAdjusters.lastInMonth(dayOfWeek)
                    : TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, dayOfWeek));
            Instant start = day.atTime(LocalTime.parse(localTime)).atZone(zone).toInstant();
            if (!start.isBefore(until)) {
                break;
            }
            if (start.isAfter(from)) {
                starts.add(start);
            }
        }
        return starts;
    }

    EventDraft draftAt(Instant start) {
        return new EventDraft(kind, title, description, null, start, ZoneId.of(timeZone), durationMinutes, capacity,
                joinLink);
    }

    /** "first Tuesday of each month at 16:00 (Europe/Berlin)". */
    public String describe() {
        String which = switch (weekOfMonth) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            default -> "last";
        };
        String day = dayOfWeek.name().charAt(0) + dayOfWeek.name().substring(1).toLowerCase(Locale.ROOT);
        return which + " " + day + " of each month at " + localTime + " (" + timeZone + ")";
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public boolean active() {
        return active;
    }
}
