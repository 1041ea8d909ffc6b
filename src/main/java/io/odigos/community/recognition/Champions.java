package io.odigos.community.recognition;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.AuditLog;
import io.odigos.community.core.Database;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import io.odigos.community.core.SqlValues;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Odigos Champions programme. The rubric: contributions in at least {@value #ACTIVE_MONTHS} of the last
 * {@value #WINDOW_MONTHS} calendar months, at least one of them mentoring, event organising or a tutorial. Members
 * who meet it are proposed to admins each month; members may nominate someone else (not themselves) with a reason.
 * An admin confirms: the member gets the title, the badge and an announcement.
 */
public final class Champions {

    static final int ACTIVE_MONTHS = 3;
    static final int WINDOW_MONTHS = 6;
    static final Set<ContributionKind> LEADERSHIP = EnumSet.of(ContributionKind.MENTORING,
            ContributionKind.EVENT_ORGANISING, ContributionKind.TUTORIAL);
    public static final String CONFIRM = "champion_confirm";
    public static final String TITLE = "Odigos Champion";

    private final Database database;
    private final SlackOutbox outbox;
    private final AuditLog audit;
    private final Members members;
    private final AdminWrites admin;
    private final RecognitionService recognition;
    private final Clock clock;
    private final String channel;
    private final List<String> admins;

    public Champions(Database database, SlackOutbox outbox, AuditLog audit, Members members, RecognitionService recognition,
                     Clock clock, String channel, List<String> admins) {
        this.database = database;
        this.outbox = outbox;
        this.audit = audit;
        this.members = members;
        this.admin = new AdminWrites(database, members, audit);
        this.recognition = recognition;
        this.clock = clock;
        this.channel = channel;
        this.admins = List.copyOf(admins);
    }

    /** Members who meet the rubric now and are not Champions yet. */
    public List<String> meetingRubric() {
        Instant now = clock.instant();
        Instant since = YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(WINDOW_MONTHS - 1L).atDay(1)
                .atStartOfDay().toInstant(ZoneOffset.UTC);
        return database.inTransaction(em -> {
            Map<String, Set<YearMonth>> months = new HashMap<>();
            Set<String> leaders = new HashSet<>();
            for (Object row : em.createNativeQuery("select member_id, kind, occurred_at from contributions where member_id "
                    + "is not null and occurred_at >= ?1 and occurred_at <= ?2").setParameter(1, since).setParameter(2, now)
                    .getResultList()) {
                Object[] r = (Object[]) row;
                String member = (String) r[0];
                Instant at = SqlValues.instant(r[2]);
                months.computeIfAbsent(member, m -> new HashSet<>()).add(YearMonth.from(at.atZone(ZoneOffset.UTC)));
                if (LEADERSHIP.contains(ContributionKind.valueOf((String) r[1]))) {
                    leaders.add(member);
                }
            }
            Set<String> champions = new HashSet<>(champions(em));
            List<String> meeting = new ArrayList<>();
            months.forEach((m, active) -> {
                if (active.size() >= ACTIVE_MONTHS && leaders.contains(m) && !champions.contains(m)) {
                    meeting.add(m);
                }
            });
            meeting.sort(String::compareTo);
            return meeting;
        });
    }

    /** DMs the admins each member who meets the rubric, with a Confirm button. */
    public int propose() {
        List<String> meeting = meetingRubric();
        database.runInTransaction(em -> meeting.forEach(m -> askAdmins(em, m, ChampionMessages.meetsRubric())));
        return meeting.size();
    }

    public void nominate(String nominator, String memberId, String reason) {
        if (nominator.equals(memberId)) {
            throw new Refusal("Champions are nominated by others: ask someone who knows your work to nominate you.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new Refusal("Say why in a sentence or two (at most 500 characters).");
        }
        database.runInTransaction(em -> {
            if (champions(em).contains(memberId)) {
                throw new Refusal(ChampionMessages.alreadyChampion(memberId));
            }
            int added = em.createNativeQuery("insert into champion_nominations (member_id, nominated_by, reason, nominated_at) "
                            + "select ?1, ?2, ?3, ?4 from (values (1)) as one (x) where not exists (select 1 from "
                            + "champion_nominations n where n.member_id = ?1 and n.nominated_by = ?2)")
                    .setParameter(1, memberId).setParameter(2, nominator).setParameter(3, reason.strip())
                    .setParameter(4, clock.instant()).executeUpdate();
            if (added == 0) {
                throw new Refusal(ChampionMessages.alreadyNominated(memberId));
            }
            askAdmins(em, memberId, ChampionMessages.nominatedBy(nominator, reason));
        });
    }

    public void confirm(String adminId, String memberId) {
        admin.write(adminId, "recognition.champion", em -> {
            Badge badge = recognition.config().badge("champion").orElseThrow(() ->
                    new IllegalStateException("recognition.json has no 'champion' badge"));
            int added = em.createNativeQuery("insert into champions (member_id, confirmed_by, confirmed_at) select ?1, ?2, ?3 "
                            + "from (values (1)) as one (x) where not exists (select 1 from champions c where c.member_id = ?1)")
                    .setParameter(1, memberId).setParameter(2, adminId).setParameter(3, clock.instant()).executeUpdate();
            if (added == 0) {
                throw new Refusal(ChampionMessages.alreadyChampion(memberId));
            }
            recognition.grant(em, memberId, badge, adminId, "confirmed as Champion");
            outbox.enqueue(em, OutgoingMessage.to(channel, ChampionMessages.welcome(memberId), null));
            return new Audited<>(null, "member:" + memberId, TITLE);
        });
    }

    public List<String> champions() {
        return database.inTransaction(Champions::champions);
    }

    public boolean isChampion(String memberId) {
        return champions().contains(memberId);
    }

    private static List<String> champions(EntityManager em) {
        return em.createNativeQuery("select member_id from champions order by confirmed_at", String.class).getResultList();
    }

    private void askAdmins(EntityManager em, String memberId, String why) {
        String text = ChampionMessages.proposal(memberId, why);
        var blocks = ChampionMessages.proposalBlocks(memberId, why);
        admins.forEach(a -> outbox.enqueue(em, OutgoingMessage.dm(a, text, blocks)));
    }
}
