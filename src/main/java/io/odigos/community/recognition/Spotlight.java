package io.odigos.community.recognition;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.CommunityFacts;
import io.odigos.community.core.Database;
import io.odigos.community.core.OneShotTriggers;
import io.odigos.community.core.Refusal;
import io.odigos.community.recognition.RecognitionStore.SpotlightRow;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    static final JobKey JOB = JobKey.jobKey("spotlight", "recognition");
    public static final String APPROVE = "spotlight_approve";
    public static final String PICK_ANOTHER = "spotlight_other";

    private final Database database;
    private final RecognitionStore store;
    private final SlackOutbox outbox;
    private final AdminWrites adminWrites;
    private final Leaderboard leaderboard;
    private final Clock clock;
    private final String channel;
    private final List<String> admins;
    private final Duration autoPostAfter;
    private final OneShotTriggers triggers;
    private final CommunityFacts facts;

    Spotlight(Database database, RecognitionStore store, SlackOutbox outbox, AdminWrites adminWrites, Leaderboard leaderboard,
              Clock clock, String channel, List<String> admins, Duration autoPostAfter, OneShotTriggers triggers, CommunityFacts facts) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.adminWrites = adminWrites;
        this.leaderboard = leaderboard;
        this.clock = clock;
        this.channel = channel;
        this.admins = List.copyOf(admins);
        this.autoPostAfter = autoPostAfter;
        this.triggers = triggers;
        this.facts = facts;
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
            boolean first = store.draftOnce(em, month.toString(), ranked.get(0).memberId(), now);
            if (first) {
                askAdmins(em, month, ranked.get(0));
            }
            return first;
        });
        if (drafted) {
            triggers.schedule(JOB, TriggerKey.triggerKey("spotlight-post-" + month, "recognition"), now.plus(autoPostAfter),
                    Map.of(SpotlightJob.MONTH, month.toString()));
        }
        return drafted;
    }

    /** Replaces the draft with the next member in the rubric's order and asks the admins again; answers who. */
    public String pickAnother(String month, String adminId) {
        return adminWrites.write(adminId, "spotlight.pick_another", em -> {
            int next = draft(em, month).candidate() + 1;
            List<Leaderboard.Entry> ranked = ranked(YearMonth.parse(month));
            if (next >= ranked.size()) {
                throw new Refusal("There is no one else with contributions in " + month + ".");
            }
            String memberId = ranked.get(next).memberId();
            store.redraft(em, month, memberId, next);
            askAdmins(em, YearMonth.parse(month), ranked.get(next));
            return new Audited<>(memberId, "spotlight:" + month, "drafted " + memberId);
        });
    }

    public void approve(String month, String adminId) {
        adminWrites.write(adminId, "spotlight.approve", em -> {
            if (!post(em, month, adminId)) {
                throw new Refusal("The " + month + " spotlight is already posted.");
            }
            return new Audited<>(null, "spotlight:" + month, "posted");
        });
    }

    /** Posts the month's draft unless it already went out (the job's path when no admin answered in time). */
    public boolean post(String month, String approvedBy) {
        return database.inTransaction(em -> post(em, month, approvedBy));
    }

    /** Answers whether this call posted it. */
    private boolean post(EntityManager em, String month, String approvedBy) {
        Optional<String> member = store.spotlight(em, month).filter(SpotlightRow::drafted).map(SpotlightRow::memberId);
        if (member.isEmpty() || !store.markPosted(em, month, clock.instant(), approvedBy)) {
            return false;
        }
        YearMonth posted = YearMonth.parse(month);
        outbox.enqueue(em, OutgoingMessage.to(channel, SpotlightMessages.announcement(posted, member.get(),
                entry(posted, member.get()), testimonial(em, posted)), null));
        return true;
    }

    /** The member spotlighted for the month, once the spotlight is posted. */
    public Optional<String> posted(YearMonth month) {
        return database.inTransaction(em -> store.spotlight(em, month.toString()).filter(SpotlightRow::posted)
                .map(SpotlightRow::memberId));
    }

    private Leaderboard.Entry entry(YearMonth month, String member) {
        return ranked(month).stream().filter(e -> e.memberId().equals(member)).findFirst()
                .orElse(new Leaderboard.Entry(member, 0, 0, Instant.EPOCH));
    }

    private List<Leaderboard.Entry> ranked(YearMonth month) {
        return leaderboard.between(start(month), start(month.plusMonths(1)));
    }

    /** The month's latest mentorship testimonial: the spotlight carries it, and the admins see it in the draft. */
    private Optional<CommunityFacts.Fact> testimonial(EntityManager em, YearMonth month) {
        return facts.latest(em, CommunityFacts.MENTORSHIP_TESTIMONIAL, start(month), start(month.plusMonths(1)));
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private void askAdmins(EntityManager em, YearMonth month, Leaderboard.Entry entry) {
        var testimonial = testimonial(em, month);
        String text = SpotlightMessages.draft(month, entry, autoPostAfter, testimonial);
        var blocks = SpotlightMessages.draftBlocks(month, entry, autoPostAfter, testimonial);
        for (String admin : admins) {
            outbox.enqueue(em, OutgoingMessage.dm(admin, text, blocks));
        }
    }

    private SpotlightRow draft(EntityManager em, String month) {
        SpotlightRow row = store.spotlight(em, month).orElseThrow(() ->
                new Refusal("There is no spotlight draft for " + month + "."));
        if (!row.drafted()) {
            throw new Refusal("The " + month + " spotlight is already posted.");
        }
        return row;
    }

}
