package io.odigos.community.recognition;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.recognition.RecognitionStore.CreditedContribution;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
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
    private final RecognitionStore store;
    private final SlackOutbox outbox;
    private final AdminWrites admin;
    private final Badges badges;
    private final RecognitionConfig config;
    private final Clock clock;
    private final String channel;
    private final List<String> admins;

    Champions(Database database, RecognitionStore store, SlackOutbox outbox, AdminWrites admin, Badges badges,
              RecognitionConfig config, Clock clock, String channel, List<String> admins) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.admin = admin;
        this.badges = badges;
        this.config = config;
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
            for (CreditedContribution c : store.credited(em, since, now)) {
                months.computeIfAbsent(c.memberId(), m -> new HashSet<>())
                        .add(YearMonth.from(c.occurredAt().atZone(ZoneOffset.UTC)));
                if (LEADERSHIP.contains(c.kind())) {
                    leaders.add(c.memberId());
                }
            }
            Set<String> champions = new HashSet<>(store.champions(em));
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
            if (store.champions(em).contains(memberId)) {
                throw new Refusal(ChampionMessages.alreadyChampion(memberId));
            }
            if (!store.addNomination(em, memberId, nominator, reason.strip(), clock.instant())) {
                throw new Refusal(ChampionMessages.alreadyNominated(memberId));
            }
            askAdmins(em, memberId, ChampionMessages.nominatedBy(nominator, reason));
        });
    }

    public void confirm(String adminId, String memberId) {
        admin.write(adminId, "recognition.champion", em -> {
            Badge badge = config.badge("champion").orElseThrow(() ->
                    new IllegalStateException("recognition.json has no 'champion' badge"));
            if (!store.addChampion(em, memberId, adminId, clock.instant())) {
                throw new Refusal(ChampionMessages.alreadyChampion(memberId));
            }
            badges.grant(em, memberId, badge, adminId, "confirmed as Champion");
            outbox.enqueue(em, OutgoingMessage.to(channel, ChampionMessages.welcome(memberId), null));
            return new Audited<>(null, "member:" + memberId, TITLE);
        });
    }

    public List<String> champions() {
        return database.inTransaction(store::champions);
    }

    public boolean isChampion(String memberId) {
        return champions().contains(memberId);
    }

    private void askAdmins(EntityManager em, String memberId, String why) {
        String text = ChampionMessages.proposal(memberId, why);
        var blocks = ChampionMessages.proposalBlocks(memberId, why);
        admins.forEach(a -> outbox.enqueue(em, OutgoingMessage.dm(a, text, blocks)));
    }
}
