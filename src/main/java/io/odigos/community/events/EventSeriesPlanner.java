package io.odigos.community.events;

import io.odigos.community.core.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every active monthly series topped up with occurrences the configured months ahead; the unique key on
 * (series, start) keeps a second run, or a second instance, from creating one twice.
 */
public final class EventSeriesPlanner {

    private final Database database;
    private final EventStore store;
    private final Clock clock;
    private final EventReminders reminders;
    private final int monthsAhead;

    EventSeriesPlanner(Database database, EventStore store, Clock clock, EventReminders reminders, int monthsAhead) {
        this.database = database;
        this.store = store;
        this.clock = clock;
        this.reminders = reminders;
        this.monthsAhead = monthsAhead;
    }

    /** Creates missing occurrences of every active series up to the horizon and schedules their reminders. */
    public int planSeries() {
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(31L * monthsAhead));
        List<CommunityEvent> created = database.inTransaction(em -> {
            List<CommunityEvent> added = new ArrayList<>();
            for (EventSeries series : store.activeSeries(em)) {
                for (Instant start : series.occurrences(now, until)) {
                    if (!store.hasOccurrence(em, series.id(), start)) {
                        CommunityEvent occurrence = new CommunityEvent(series.draftAt(start), series.id(), "series", now);
                        added.add(store.insert(em, occurrence));
                    }
                }
            }
            return added;
        });
        created.forEach(reminders::schedule);
        return created.size();
    }
}
