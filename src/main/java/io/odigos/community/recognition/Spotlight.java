package io.odigos.community.recognition;

import io.odigos.community.core.Database;
import io.odigos.community.core.Members;
import io.odigos.community.core.OneShotTriggers;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.quartz.JobKey;
import org.quartz.TriggerKey;

/**
 * The monthly Top Contributor Spotlight. On the first working day of a month (Monday to Friday, UTC; public holidays
 * are not known) the previous month's leader by the published rubric (the leaderboard's order) is drafted and sent
 * to the admins with Approve and Pick someone else; it is posted when approved, or by itself after a delay. A month
 * has one row, and posting flips it from DRAFT to POSTED in one conditional update, so it is posted once, whatever
 * retries, restarts or a second instance do.
 */
public final class Spotlight {

    static final String DRAFT = "DRAFT";
    static final String POSTED = "POSTED";
    static final JobKey JOB = JobKey.jobKey("spotlight", "recognition");
    public static final String APPROVE = "spotlight_approve";
    public static final String PICK_ANOTHER = "spotlight_other";

    private final Database database;
    private final SlackOutbox outbox;
    private final Members members;
    private final Leaderboard leaderboard;
    private final Clock clock;
    private final String channel;
    private final List<String> admins;
    private final Duration autoPostAfter;
    private final OneShotTriggers triggers;

    public Spotlight(Database database, SlackOutbox outbox, Members members, Leaderboard leaderboard, Clock clock,
                     String channel, List<String> admins, Duration autoPostAfter, OneShotTriggers triggers) {
        this.database = database;
        this.outbox = outbox;
        this.members = members;
        this.leaderboard = leaderboard;
        this.clock = clock;
        this.channel = channel;
        this.admins = List.copyOf(admins);
        this.autoPostAfter = autoPostAfter;
        this.triggers = triggers;
    }

    static boolean isFirstWorkingDay(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        while (first.getDayOfWeek() == DayOfWeek.SATURDAY || first.getDayOfWeek() == DayOfWeek.SUNDAY) {
            first = first.plusDays(1);
        }
        return first.equals(day);
    }

    /** Drafts last month's spotlight if today is the first working day and it was not drafted; true if it did. */
    public boolean draftIfDue() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (!isFirstWorkingDay(today)) {
            return false;
        }
        YearMonth month = YearMonth.from(today).minusMonths(1);
        List<Leaderboard.Entry> ranked = ranked(month);
        if (ranked.isEmpty()) {
            return false;
        }
        boolean drafted = database.inTransaction(em -> {
            int inserted = em.createNativeQuery("insert into spotlights (period, member_id, candidate, status, drafted_at) "
                            + "select ?1, ?2, 0, ?3, ?4 from (values (1)) as one (x) where not exists "
                            + "(select 1 from spotlights s where s.period = ?1)")
                    .setParameter(1, month.toString()).setParameter(2, ranked.get(0).memberId()).setParameter(3, DRAFT)
                    .setParameter(4, now).executeUpdate();
            if (inserted == 1) {
                askAdmins(em, month, ranked.get(0));
            }
            return inserted == 1;
        });
        if (drafted) {
            triggers.schedule(JOB, TriggerKey.triggerKey("spotlight-post-" + month, "recognition"), now.plus(autoPostAfter),
                    Map.of(SpotlightJob.MONTH, month.toString()));
        }
        return drafted;
    }

    /** Replaces the draft with the next member in the rubric's order and asks the admins again; answers who. */
    public String pickAnother(String month, String adminId) {
        members.requireAdmin(adminId);
        return database.inTransaction(em -> {
            Object[] row = draft(em, month);
            int next = ((Number) row[1]).intValue() + 1;
            List<Leaderboard.Entry> ranked = ranked(YearMonth.parse(month));
            if (next >= ranked.size()) {
                throw new Refusal("There is no one else with contributions in " + month + ".");
            }
            em.createNativeQuery("update spotlights set member_id = ?1, candidate = ?2 where period = ?3 and status = ?4")
                    .setParameter(1, ranked.get(next).memberId()).setParameter(2, next).setParameter(3, month)
                    .setParameter(4, DRAFT).executeUpdate();
            askAdmins(em, YearMonth.parse(month), ranked.get(next));
            return ranked.get(next).memberId();
        });
    }

    public void approve(String month, String adminId) {
        members.requireAdmin(adminId);
        if (!post(month, adminId)) {
            throw new Refusal("The " + month + " spotlight is already posted.");
        }
    }

    /** Posts the month's draft unless it already went out; answers whether this call posted it. */
    public boolean post(String month, String approvedBy) {
        boolean posted = database.inTransaction(em -> {
            List<?> rows = em.createNativeQuery("select member_id from spotlights where period = ?1 and status = ?2")
                    .setParameter(1, month).setParameter(2, DRAFT).getResultList();
            if (rows.isEmpty()) {
                return false;
            }
            int flipped = em.createNativeQuery("update spotlights set status = ?1, posted_at = ?2, approved_by = ?3 "
                            + "where period = ?4 and status = ?5").setParameter(1, POSTED).setParameter(2, clock.instant())
                    .setParameter(3, approvedBy).setParameter(4, month).setParameter(5, DRAFT).executeUpdate();
            if (flipped == 1) {
                String member = (String) rows.get(0);
                outbox.enqueue(em, OutgoingMessage.to(channel, SpotlightMessages.announcement(YearMonth.parse(month),
                        member, entry(YearMonth.parse(month), member)), null));
            }
            return flipped == 1;
        });
        return posted;
    }

    /** The member spotlighted for the month, once the spotlight is posted. */
    public java.util.Optional<String> posted(YearMonth month) {
        return database.inTransaction(em -> em.createNativeQuery("select member_id from spotlights where period = ?1 "
                        + "and status = ?2", String.class).setParameter(1, month.toString()).setParameter(2, POSTED)
                .getResultList().stream().findFirst().map(String.class::cast));
    }

    private Leaderboard.Entry entry(YearMonth month, String member) {
        return ranked(month).stream().filter(e -> e.memberId().equals(member)).findFirst()
                .orElse(new Leaderboard.Entry(member, 0, 0, Instant.EPOCH));
    }

    private List<Leaderboard.Entry> ranked(YearMonth month) {
        return leaderboard.between(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private void askAdmins(jakarta.persistence.EntityManager em, YearMonth month, Leaderboard.Entry entry) {
        String text = SpotlightMessages.draft(month, entry, autoPostAfter);
        var blocks = SpotlightMessages.draftBlocks(month, entry, autoPostAfter);
        for (String admin : admins) {
            outbox.enqueue(em, OutgoingMessage.dm(admin, text, blocks));
        }
    }

    private static Object[] draft(jakarta.persistence.EntityManager em, String month) {
        List<?> rows = em.createNativeQuery("select member_id, candidate, status from spotlights where period = ?1")
                .setParameter(1, month).getResultList();
        if (rows.isEmpty()) {
            throw new Refusal("There is no spotlight draft for " + month + ".");
        }
        Object[] row = (Object[]) rows.get(0);
        if (!DRAFT.equals(row[2])) {
            throw new Refusal("The " + month + " spotlight is already posted.");
        }
        return row;
    }

}
