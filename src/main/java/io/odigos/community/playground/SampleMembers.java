package io.odigos.community.playground;

import io.odigos.community.core.BotConfig;
import io.odigos.community.local.EmulatedMember;
import io.odigos.community.local.SlackEmulator;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The people a visitor can be in the playground: five members around the world, Ada the community admin among them,
 * and any member the visitor adds with a name and a time zone.
 */
final class SampleMembers {

    static final int MAX_NAME = 40;

    private record Sample(String id, String name, String zone) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(BotConfig.LOCAL_ADMIN, "Ada", "Europe/Berlin"),
            new Sample("U0BEN", "Ben", "America/New_York"),
            new Sample("U0CHLOE", "Chloé", "Asia/Tokyo"),
            new Sample("U0DEV", "Dev", "Asia/Kolkata"),
            new Sample("U0EVA", "Eva", "America/Sao_Paulo"));

    private final SlackEmulator slack;
    private final AtomicInteger added = new AtomicInteger();

    SampleMembers(SlackEmulator slack) {
        this.slack = slack;
    }

    /** Puts the samples in the workspace; Ada is also a workspace admin, as she is in COMMUNITY_ADMINS. */
    void addSamples() {
        SAMPLES.forEach(s -> slack.addUser(s.id(), s.name(), s.zone(), s.id().equals(BotConfig.LOCAL_ADMIN), false));
    }

    Optional<EmulatedMember> find(String id) {
        return id == null ? Optional.empty() : slack.member(id);
    }

    /** Adds a member; answers the problem with the name or zone, or empty when added. */
    Optional<String> add(String name, String zone) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME || !trimmed.matches("[\\p{L}\\p{N} .'-]+")) {
            return Optional.of("Give a name of 1 to " + MAX_NAME + " letters, digits, spaces, dots or dashes.");
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            return Optional.of("Pick a time zone from the list.");
        }
        String id = "U1" + trimmed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "") + added.incrementAndGet();
        slack.addUser(id, trimmed, zone, false, false);
        return Optional.empty();
    }

    List<EmulatedMember> all() {
        return slack.members();
    }
}
