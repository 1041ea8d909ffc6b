package io.odigos.community.bench;

import io.odigos.community.events.EventKind;
import io.odigos.community.metrics.Metric;
import io.odigos.community.recognition.ContributionKind;
import io.odigos.community.testing.TestBot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Two years of community activity besides feedback, with plain JDBC batches: the contribution ledger (most of it by
 * a few regulars, a tenth by GitHub logins nobody has linked), badges, community events with registrations and
 * check-ins (monthly community calls among webinars, workshops and office hours, a few cancelled, a few coming up
 * in the next two weeks), the monthly spotlights and the daily metric snapshots. Members are {@link Seeder}'s.
 */
final class CommunitySeeder {

    static final Duration HISTORY = Duration.ofDays(730);
    static final int UNLINKED_LOGINS = 1_500;
    static final double LINKED_SHARE = 0.9;
    /** Upcoming events, one of each kind, in the next two weeks: the digest's "Coming up". */
    static final int UPCOMING = EventKind.values().length;

    /** The mix of contribution kinds, as cumulative shares in {@link ContributionKind} order. */
    private static final double[] KIND_MIX = cumulative(new double[] {
            0.20, // BUG_FIX
            0.17, // DOCUMENTATION
            0.12, // FEATURE
            0.04, // TUTORIAL
            0.03, // TALK
            0.04, // MENTORING
            0.02, // EVENT_ORGANISING
            0.16, // REVIEW
            0.10, // TRIAGE
            0.12}); // COMMUNITY_SUPPORT
    /** Kinds the GitHub webhook records (the rest admins record, always for a member). */
    private static final Set<ContributionKind> FROM_GITHUB = EnumSet.of(ContributionKind.BUG_FIX,
            ContributionKind.DOCUMENTATION, ContributionKind.FEATURE, ContributionKind.REVIEW);
    /** Which share of GitHub contributions come from unlinked logins, so that of all it is 1 - LINKED_SHARE. */
    private static final double UNLINKED_AMONG_GITHUB = (1 - LINKED_SHARE)
            / FROM_GITHUB.stream().mapToDouble(k -> share(k.ordinal())).sum();
    private static final String[] BADGES = {"first-pr", "docs-5", "bug-hunter", "speaker", "mentor", "hacker",
            "hackathon-winner", "champion"};

    private final int contributions;
    private final int badges;
    private final int pastEvents;
    private final int members;
    private final Instant now;
    private final SplittableRandom random;

    /** Filled by {@link #seed}. */
    long registrations;
    long checkIns;

    CommunitySeeder(int contributions, int badges, int pastEvents, int members, Instant now, long seed) {
        this.contributions = contributions;
        this.badges = badges;
        this.pastEvents = pastEvents;
        this.members = members;
        this.now = now;
        this.random = new SplittableRandom(seed);
    }

    void seed(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insertContributions(c);
            insertBadges(c);
            insertEvents(c);
            insertSpotlights(c);
            insertSnapshots(c);
            try (Statement s = c.createStatement()) {
                s.execute("alter table contributions alter column id restart with " + (contributions + 1));
                s.execute("alter table community_events alter column id restart with "
                        + (pastEvents + UPCOMING + 1));
            }
            c.commit();
        }
    }

    private void insertContributions(Connection c) throws SQLException {
        ContributionKind[] kinds = ContributionKind.values();
        try (PreparedStatement ps = c.prepareStatement("insert into contributions (id, member_id, github_login, kind, "
                + "title, link, source, external_id, occurred_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= contributions; id++) {
                ContributionKind kind = kinds[pick(KIND_MIX)];
                boolean fromGitHub = FROM_GITHUB.contains(kind);
                boolean linked = !fromGitHub || random.nextDouble() >= UNLINKED_AMONG_GITHUB;
                ps.setLong(1, id);
                if (linked) {
                    ps.setString(2, Seeder.member(regular(members)));
                    ps.setNull(3, Types.VARCHAR);
                } else {
                    ps.setNull(2, Types.VARCHAR);
                    ps.setString(3, "gh-dev-" + regular(UNLINKED_LOGINS));
                }
                ps.setString(4, kind.name());
                ps.setString(5, kind.label() + " " + id + ": seeded, so the ledger has realistic row sizes");
                if (fromGitHub) {
                    ps.setString(6, "https://github.com/odigos-io/odigos/pull/" + id);
                    ps.setString(7, "github");
                    ps.setString(8, "odigos-io/odigos#" + id);
                    ps.setNull(10, Types.VARCHAR);
                } else {
                    ps.setNull(6, Types.VARCHAR);
                    ps.setString(7, "manual");
                    ps.setNull(8, Types.VARCHAR);
                    ps.setString(10, TestBot.ADMIN);
                }
                ps.setObject(9, past(HISTORY));
                ps.addBatch();
                if (id % 5_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
    }

    private void insertBadges(Connection c) throws SQLException {
        Set<String> awarded = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("insert into badges_awarded (member_id, badge_id, awarded_at, "
                + "awarded_by, reason) values (?, ?, ?, ?, ?)")) {
            while (awarded.size() < badges) {
                String member = Seeder.member(regular(members));
                String badge = BADGES[random.nextInt(BADGES.length)];
                if (!awarded.add(member + "/" + badge)) {
                    continue;
                }
                boolean byAdmin = badge.equals("champion") || badge.equals("hackathon-winner");
                ps.setString(1, member);
                ps.setString(2, badge);
                ps.setObject(3, past(HISTORY));
                ps.setString(4, byAdmin ? TestBot.ADMIN : null);
                ps.setString(5, byAdmin ? "Seeded award" : null);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
    }

    /**
     * One community call a month (the 10th, 16:00 UTC) and the other kinds at random times over the two years, a
     * twentieth of them cancelled; then one of each kind in the next two weeks. Registrations and check-ins go to
     * consecutive members from a random offset, so they are distinct within an event.
     */
    private void insertEvents(Connection c) throws SQLException {
        try (PreparedStatement event = c.prepareStatement("insert into community_events (id, kind, title, "
                + "description, speakers, starts_at, time_zone, duration_minutes, capacity, join_link, recording_link, "
                + "status, series_id, schedule_version, created_by, created_at) "
                + "values (?, ?, ?, ?, ?, ?, 'UTC', ?, ?, ?, ?, ?, null, 0, ?, ?)");
             PreparedStatement registration = c.prepareStatement("insert into event_registrations (event_id, "
                     + "member_id, status, registered_at) values (?, ?, 'REGISTERED', ?)");
             PreparedStatement attendance = c.prepareStatement("insert into event_attendance (event_id, member_id, "
                     + "checked_in_at) values (?, ?, ?)")) {
            int calls = (int) (HISTORY.toDays() / 30);
            YearMonth thisMonth = YearMonth.from(now.atZone(ZoneOffset.UTC));
            EventKind[] others = {EventKind.WEBINAR, EventKind.WORKSHOP, EventKind.OFFICE_HOURS};
            for (int id = 1; id <= pastEvents + UPCOMING; id++) {
                boolean upcoming = id > pastEvents;
                EventKind kind;
                Instant startsAt;
                if (upcoming) {
                    kind = EventKind.values()[id - pastEvents - 1];
                    startsAt = now.plus(Duration.ofHours(24 + random.nextLong(13 * 24)));
                } else if (id <= calls) {
                    kind = EventKind.COMMUNITY_CALL;
                    startsAt = thisMonth.minusMonths(id).atDay(10).atTime(16, 0).toInstant(ZoneOffset.UTC);
                } else {
                    kind = others[random.nextInt(others.length)];
                    startsAt = now.minus(Duration.ofMinutes(60 + random.nextLong(HISTORY.toMinutes())));
                }
                boolean cancelled = !upcoming && kind != EventKind.COMMUNITY_CALL && random.nextInt(20) == 0;
                int capacity = kind == EventKind.WORKSHOP ? 40 : 300;
                event.setLong(1, id);
                event.setString(2, kind.name());
                event.setString(3, kind.label() + " " + id);
                event.setString(4, "Seeded " + kind.label().toLowerCase(Locale.ROOT) + " about Odigos.");
                event.setString(5, kind == EventKind.COMMUNITY_CALL ? null : "The Odigos maintainers");
                event.setObject(6, utc(startsAt));
                event.setInt(7, kind == EventKind.WORKSHOP ? 120 : 60);
                event.setObject(8, kind == EventKind.WORKSHOP ? capacity : null);
                event.setString(9, "https://meet.example.com/odigos-" + id);
                event.setString(10, upcoming || cancelled ? null : "https://youtube.example.com/odigos-" + id);
                event.setString(11, cancelled ? "CANCELLED" : "SCHEDULED");
                event.setString(12, TestBot.ADMIN);
                event.setObject(13, utc(startsAt.minus(Duration.ofDays(14 + random.nextInt(30)))));
                event.addBatch();

                int registered = 20 + random.nextInt(capacity - 19);
                int checkedIn = upcoming || cancelled ? 0 : (int) (registered * (0.35 + 0.4 * random.nextDouble()));
                int offset = random.nextInt(members);
                for (int j = 0; j < registered; j++) {
                    String member = Seeder.member((offset + j) % members);
                    registration.setLong(1, id);
                    registration.setString(2, member);
                    registration.setObject(3, utc(startsAt.minus(Duration.ofMinutes(30 + random.nextLong(20_000)))));
                    registration.addBatch();
                    if (j < checkedIn) {
                        attendance.setLong(1, id);
                        attendance.setString(2, member);
                        attendance.setObject(3, utc(startsAt.plus(Duration.ofMinutes(random.nextLong(10)))));
                        attendance.addBatch();
                    }
                }
                registrations += registered;
                checkIns += checkedIn;
            }
            event.executeBatch(); // events first: the other two refer to them
            registration.executeBatch();
            attendance.executeBatch();
        }
        c.commit();
    }

    /** A posted spotlight for each past month, so the newsletter's spotlight section has its member. */
    private void insertSpotlights(Connection c) throws SQLException {
        YearMonth thisMonth = YearMonth.from(now.atZone(ZoneOffset.UTC));
        try (PreparedStatement ps = c.prepareStatement("insert into spotlights (period, member_id, candidate, status, "
                + "drafted_at, posted_at, approved_by) values (?, ?, 0, 'POSTED', ?, ?, ?)")) {
            for (int back = 1; back <= HISTORY.toDays() / 30; back++) {
                YearMonth month = thisMonth.minusMonths(back);
                OffsetDateTime drafted = month.plusMonths(1).atDay(1).atTime(9, 0).atOffset(ZoneOffset.UTC);
                ps.setString(1, month.toString());
                ps.setString(2, Seeder.member(regular(members)));
                ps.setObject(3, drafted);
                ps.setObject(4, drafted.plusHours(3));
                ps.setString(5, TestBot.ADMIN);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
    }

    /**
     * A daily snapshot of each metric over the two years, rising towards about what this data reads today
     * (tutorials unavailable: no feature supplies them), so each trend has a plausible point to compare with.
     */
    private void insertSnapshots(Connection c) throws SQLException {
        Map<Metric, Double> today = Map.of(Metric.ACTIVE_CONTRIBUTORS, 4_200.0, Metric.EVENTS_HELD, 25.0,
                Metric.NEW_CONTRIBUTOR_RETENTION, 30.0, Metric.CALL_ATTENDANCE, 18.0,
                Metric.VOTED_FEATURES_SHIPPED, 2_100.0);
        LocalDate first = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(HISTORY.toDays());
        try (PreparedStatement ps = c.prepareStatement("insert into metric_snapshots (metric_id, taken_on, reading, "
                + "taken_at) values (?, ?, ?, ?)")) {
            for (int d = 0; d < HISTORY.toDays(); d++) {
                LocalDate day = first.plusDays(d);
                double growth = 0.7 + 0.3 * d / HISTORY.toDays();
                for (Metric metric : Metric.values()) {
                    ps.setString(1, metric.id());
                    ps.setObject(2, day);
                    if (today.containsKey(metric)) {
                        ps.setDouble(3, Math.round(today.get(metric) * growth * (0.95 + 0.1 * random.nextDouble())));
                    } else {
                        ps.setNull(3, Types.DOUBLE);
                    }
                    ps.setObject(4, day.atTime(3, 0).atOffset(ZoneOffset.UTC));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
    }

    /** 0..n-1, skewed towards the low numbers: a few regulars do most of the work. */
    private int regular(int n) {
        double u = random.nextDouble();
        return (int) (n * u * u);
    }

    private int pick(double[] cumulative) {
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private OffsetDateTime past(Duration within) {
        return utc(now.minusSeconds(1 + random.nextLong(within.toSeconds())));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static double share(int kind) {
        return KIND_MIX[kind] - (kind == 0 ? 0 : KIND_MIX[kind - 1]);
    }

    private static double[] cumulative(double[] shares) {
        double[] sums = new double[shares.length];
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            sums[i] = sum;
        }
        return sums;
    }
}
