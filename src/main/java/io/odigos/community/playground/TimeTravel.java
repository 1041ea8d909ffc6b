package io.odigos.community.playground;

import io.odigos.community.core.JobScheduler;
import io.odigos.community.core.Members;
import io.odigos.community.local.EmulatedMember;
import io.odigos.community.local.TravellingClock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The playground's time travel, for admins only: moves the bot's clock forward (an hour, a day, a week, or to the
 * next scheduled job) and runs what has fallen due by then, so a reminder or a digest draft arrives without waiting
 * for it. The clock never goes back.
 */
final class TimeTravel {

    private static final Logger log = LoggerFactory.getLogger(TimeTravel.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final Map<String, Duration> STEPS = Map.of("hour", Duration.ofHours(1), "day", Duration.ofDays(1),
            "week", Duration.ofDays(7));
    private static final String TO_NEXT_JOB = "next";

    /** What the admin's box shows; {@code ran} only after a travel, {@code problem} only when refused. */
    record Trip(String problem, String now, String ahead, String ran) {

        static Trip refused(String problem) {
            return new Trip(problem, null, null, null);
        }
    }

    private final TravellingClock clock;
    private final JobScheduler scheduler;
    private final Members members;

    TimeTravel(TravellingClock clock, JobScheduler scheduler, Members members) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.members = members;
    }

    /** The bot's time in the member's zone, for an admin; empty for anyone else, who gets no box. */
    Optional<Trip> where(EmulatedMember member) {
        return members.isAdmin(member.id()) ? Optional.of(trip(member, null)) : Optional.empty();
    }

    /** Travels by {@code step} (hour, day, week, or next: to the next scheduled job) and runs what is due. */
    synchronized Trip travel(EmulatedMember member, String step) {
        if (!members.isAdmin(member.id())) {
            return Trip.refused("Only community admins can move the bot's clock.");
        }
        if (TO_NEXT_JOB.equals(step)) {
            Optional<Instant> next = scheduler.nextDueAfter(clock.instant());
            if (next.isEmpty()) {
                return Trip.refused("Nothing is scheduled after now.");
            }
            clock.travelTo(next.get());
        } else if (step != null && STEPS.containsKey(step)) {
            clock.travel(STEPS.get(step));
        } else {
            return Trip.refused("Travel by hour, day, week or next (to the next scheduled job).");
        }
        List<String> ran = scheduler.runDue(clock.instant());
        log.info("Time travel ({}, by {}): the bot's clock is now {}, {}; {} job(s) ran", member.id(), step,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), aheadInWords(clock.ahead()), ran.size());
        return trip(member, ran.isEmpty() ? "Nothing was due." : "Ran: " + counted(ran) + ".");
    }

    private Trip trip(EmulatedMember member, String ran) {
        String now = WHEN.format(clock.instant().atZone(member.tz())) + " (" + member.tz().getId() + ")";
        return new Trip(null, now, aheadInWords(clock.ahead()), ran);
    }

    /** "sends event reminders (2), drafts the community update" */
    private static String counted(List<String> ran) {
        Map<String, Long> counts = ran.stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " (" + e.getValue()
                + ")").collect(Collectors.joining(", "));
    }

    /** "2 days 3 hours ahead"; minutes only under a day, as a trip to the next job can end at any minute. */
    private static String aheadInWords(Duration ahead) {
        if (ahead.toMinutes() == 0) {
            return "real time";
        }
        StringBuilder words = new StringBuilder();
        append(words, ahead.toDays(), "day");
        append(words, ahead.toHoursPart(), "hour");
        if (ahead.toDays() == 0) {
            append(words, ahead.toMinutesPart(), "minute");
        }
        return words + " ahead";
    }

    private static void append(StringBuilder words, long count, String unit) {
        if (count > 0) {
            words.append(words.isEmpty() ? "" : " ").append(count).append(' ').append(unit).append(count == 1 ? "" : "s");
        }
    }
}
