package io.odigos.community.recognition;

import io.odigos.community.core.Database;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every read and write of recognition's tables. The contribution ledger (contributions) in JPQL over
 * {@link Contribution}; the tables without an entity (github_links, github_oauth_states_used,
 * badges_awarded, spotlights, champions, champion_nominations, and community_facts, which other features write) in
 * native SQL, each row mapped to a record here (github_deliveries, which every webhook handler shares, is
 * {@link GitHubDeliveries}'). "Insert unless there" is one statement (or {@link Database#insertOnce}) so two
 * clicks or instances racing each other add one row. Writes run in the caller's transaction; the reads that stand
 * alone run their own.
 */
final class RecognitionStore {

    static final String DRAFT = "DRAFT";
    static final String POSTED = "POSTED";

    /** A member's one GitHub login; verified when they proved it through GitHub, not typed or set by an admin. */
    record GitHubLink(String memberId, String login, boolean verified) {
    }

    /** One member's contributions of one kind in a window: how many, and the first. */
    record KindTally(String memberId, ContributionKind kind, long count, Instant first) {
    }

    /** A credited contribution, as much as the Champions rubric reads of it. */
    record CreditedContribution(String memberId, ContributionKind kind, Instant occurredAt) {
    }

    record BadgeAward(String memberId, String badgeId) {
    }

    /** A month's spotlight: who, their place in the rubric's order (0 for the leader), drafted or posted. */
    record SpotlightRow(String memberId, int candidate, String status) {

        boolean drafted() {
            return DRAFT.equals(status);
        }

        boolean posted() {
            return POSTED.equals(status);
        }
    }

    /** How many contributions of a kind. */
    record KindCount(ContributionKind kind, long count) {
    }

    /** A contribution as a profile lists it: what, which kind, where to see it (or null), and when. */
    record RecentContribution(ContributionKind kind, String title, String link, Instant occurredAt) {
    }

    private static final String RECENT = "select new io.odigos.community.recognition.RecognitionStore$RecentContribution("
            + "c.kind, c.title, c.link, c.occurredAt) from Contribution c where c.memberId = :m "
            + "order by c.occurredAt desc, c.id desc";
    private static final String KIND_COUNT = "select new io.odigos.community.recognition.RecognitionStore$KindCount("
            + "c.kind, count(c)) from Contribution c ";
    // where not exists in the insert itself: a second, racing insert adds nothing instead of failing the transaction
    private static final String ONE_ROW = " from (values (1)) as one (x) where not exists ";

    private final Database database;

    RecognitionStore(Database database) {
        this.database = database;
    }

    // ---- contributions ----

    boolean hasContribution(EntityManager em, String externalId) {
        return !em.createQuery("select c.id from Contribution c where c.externalId = :x", Long.class)
                .setParameter("x", externalId).getResultList().isEmpty();
    }

    void insert(EntityManager em, Contribution contribution) {
        em.persist(contribution);
        em.flush(); // the badge rules that follow count it
    }

    /** Credits the member with the login's contributions; how many moved to them. */
    int creditLogin(EntityManager em, String login, String memberId) {
        return em.createQuery("update Contribution c set c.memberId = :m where c.githubLogin = :l "
                        + "and (c.memberId is null or c.memberId <> :m)")
                .setParameter("m", memberId).setParameter("l", login).executeUpdate();
    }

    long mergedPullRequests(EntityManager em, String memberId) {
        return em.createQuery("select count(c) from Contribution c where c.memberId = :m and c.source = :s", Long.class)
                .setParameter("m", memberId).setParameter("s", Contribution.GITHUB).getSingleResult();
    }

    Map<ContributionKind, Long> countsByKind(EntityManager em, String memberId) {
        Map<ContributionKind, Long> counts = new EnumMap<>(ContributionKind.class);
        em.createQuery(KIND_COUNT + "where c.memberId = :m group by c.kind", KindCount.class)
                .setParameter("m", memberId).getResultList().forEach(k -> counts.put(k.kind(), k.count()));
        return counts;
    }

    /** The member's latest contributions, newest first. */
    List<RecentContribution> recent(EntityManager em, String memberId, int limit) {
        return em.createQuery(RECENT, RecentContribution.class).setParameter("m", memberId).setMaxResults(limit)
                .getResultList();
    }

    /** Contributions in [from, to) by kind, most frequent first. */
    Map<ContributionKind, Long> countsByKind(Instant from, Instant to) {
        Map<ContributionKind, Long> counts = new LinkedHashMap<>();
        database.inTransaction(em -> em.createQuery(KIND_COUNT + "where c.occurredAt >= :from and c.occurredAt < :to "
                                + "group by c.kind order by count(c) desc, c.kind", KindCount.class)
                        .setParameter("from", from).setParameter("to", to).getResultList())
                .forEach(k -> counts.put(k.kind(), k.count()));
        return counts;
    }

    /** Per member and kind, the credited contributions in [from, to), for the leaderboard. */
    List<KindTally> tallies(Instant from, Instant to) {
        return database.inTransaction(em -> em.createQuery("select new io.odigos.community.recognition."
                        + "RecognitionStore$KindTally(c.memberId, c.kind, count(c), min(c.occurredAt)) "
                        + "from Contribution c where c.memberId is not null and c.occurredAt >= :from and c.occurredAt < :to "
                        + "group by c.memberId, c.kind", KindTally.class)
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    /** Credited contributions in [from, to], for the Champions rubric. */
    List<CreditedContribution> credited(EntityManager em, Instant from, Instant to) {
        return em.createQuery("select new io.odigos.community.recognition.RecognitionStore$CreditedContribution("
                        + "c.memberId, c.kind, c.occurredAt) from Contribution c where c.memberId is not null "
                        + "and c.occurredAt >= :from and c.occurredAt <= :to", CreditedContribution.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    // ---- GitHub: links, OAuth states ----

    Optional<GitHubLink> linkOfLogin(EntityManager em, String login) {
        return link(em, "github_login", login);
    }

    Optional<GitHubLink> linkOfMember(EntityManager em, String memberId) {
        return link(em, "member_id", memberId);
    }

    private static Optional<GitHubLink> link(EntityManager em, String column, String value) {
        List<?> rows = em.createNativeQuery("select member_id, github_login, verified from github_links where "
                + column + " = ?1").setParameter(1, value).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new GitHubLink((String) r[0], (String) r[1], (Boolean) r[2]);
        });
    }

    /** Makes the login the member's one link: any other link of the login or of the member goes. */
    void replaceLink(EntityManager em, GitHubLink link, Instant at) {
        em.createNativeQuery("delete from github_links where github_login = ?1 or member_id = ?2")
                .setParameter(1, link.login()).setParameter(2, link.memberId()).executeUpdate();
        em.createNativeQuery("insert into github_links (github_login, member_id, linked_at, verified) "
                        + "values (?1, ?2, ?3, ?4)")
                .setParameter(1, link.login()).setParameter(2, link.memberId()).setParameter(3, at)
                .setParameter(4, link.verified()).executeUpdate();
    }

    /** Spends the OAuth state's nonce (dropping those whose state expired by now); false if it was spent before. */
    boolean spendState(EntityManager em, OAuthStates.Claim state, Instant now) {
        em.createNativeQuery("delete from github_oauth_states_used where expires_at < ?1").setParameter(1, now)
                .executeUpdate();
        return Database.insertOnce(em, "insert into github_oauth_states_used (nonce, member_id, expires_at) "
                + "values (?, ?, ?)", state.nonce(), state.memberId(), state.expiresAt().atOffset(ZoneOffset.UTC));
    }

    // ---- badges ----

    /** Records the badge unless the member holds it; whether it was added. */
    boolean awardOnce(EntityManager em, String memberId, String badgeId, Instant at, String by, String reason) {
        return Database.insertOnce(em, "insert into badges_awarded (member_id, badge_id, awarded_at, awarded_by, "
                + "reason) values (?, ?, ?, ?, ?)", memberId, badgeId, at.atOffset(ZoneOffset.UTC), by, reason);
    }

    /** Takes the badge back; false if the member did not hold it. */
    boolean removeBadge(EntityManager em, String memberId, String badgeId) {
        return em.createNativeQuery("delete from badges_awarded where member_id = ?1 and badge_id = ?2")
                .setParameter(1, memberId).setParameter(2, badgeId).executeUpdate() > 0;
    }

    /** Members with a community fact of this type who do not hold the badge yet. */
    List<String> withFactButNotBadge(EntityManager em, String factType, String badgeId) {
        return em.createNativeQuery("select distinct f.member_id from community_facts f where f.fact_type = ?1 "
                        + "and not exists (select 1 from badges_awarded b where b.member_id = f.member_id "
                        + "and b.badge_id = ?2)", String.class)
                .setParameter(1, factType).setParameter(2, badgeId).getResultList();
    }

    /** The member's badge ids, oldest first. */
    List<String> badgesHeld(EntityManager em, String memberId) {
        return em.createNativeQuery("select badge_id from badges_awarded where member_id = ?1 order by awarded_at",
                String.class).setParameter(1, memberId).getResultList();
    }

    /** Badges awarded in [from, to), oldest first. */
    List<BadgeAward> badgesAwarded(Instant from, Instant to, int limit) {
        List<?> rows = database.inTransaction(em -> em.createNativeQuery("select member_id, badge_id from "
                        + "badges_awarded where awarded_at >= ?1 and awarded_at < ?2 order by awarded_at, member_id")
                .setParameter(1, from).setParameter(2, to).setMaxResults(limit).getResultList());
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new BadgeAward((String) r[0], (String) r[1]);
        }).toList();
    }

    // ---- spotlights ----

    Optional<SpotlightRow> spotlight(EntityManager em, String month) {
        List<?> rows = em.createNativeQuery("select member_id, candidate, status from spotlights where period = ?1")
                .setParameter(1, month).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new SpotlightRow((String) r[0], ((Number) r[1]).intValue(), (String) r[2]);
        });
    }

    /** Drafts the month's spotlight for the rubric's leader unless the month has one; whether it did. */
    boolean draftOnce(EntityManager em, String month, String memberId, Instant at) {
        return em.createNativeQuery("insert into spotlights (period, member_id, candidate, status, drafted_at) "
                        + "select ?1, ?2, 0, ?3, ?4" + ONE_ROW + "(select 1 from spotlights s where s.period = ?1)")
                .setParameter(1, month).setParameter(2, memberId).setParameter(3, DRAFT).setParameter(4, at)
                .executeUpdate() == 1;
    }

    /** Puts another candidate in the month's draft, if it is still a draft. */
    void redraft(EntityManager em, String month, String memberId, int candidate) {
        em.createNativeQuery("update spotlights set member_id = ?1, candidate = ?2 where period = ?3 and status = ?4")
                .setParameter(1, memberId).setParameter(2, candidate).setParameter(3, month).setParameter(4, DRAFT)
                .executeUpdate();
    }

    /** Flips the month's draft to posted in one conditional update; false if it was posted already. */
    boolean markPosted(EntityManager em, String month, Instant at, String approvedBy) {
        return em.createNativeQuery("update spotlights set status = ?1, posted_at = ?2, approved_by = ?3 "
                        + "where period = ?4 and status = ?5").setParameter(1, POSTED).setParameter(2, at)
                .setParameter(3, approvedBy).setParameter(4, month).setParameter(5, DRAFT).executeUpdate() == 1;
    }

    // ---- champions ----

    /** Champions, in the order they were confirmed. */
    List<String> champions(EntityManager em) {
        return em.createNativeQuery("select member_id from champions order by confirmed_at", String.class)
                .getResultList();
    }

    /** Makes the member a Champion unless they are one; whether they became one now. */
    boolean addChampion(EntityManager em, String memberId, String confirmedBy, Instant at) {
        return em.createNativeQuery("insert into champions (member_id, confirmed_by, confirmed_at) select ?1, ?2, ?3"
                        + ONE_ROW + "(select 1 from champions c where c.member_id = ?1)")
                .setParameter(1, memberId).setParameter(2, confirmedBy).setParameter(3, at).executeUpdate() == 1;
    }

    /** Records the nomination unless this nominator named this member before; whether it was added. */
    boolean addNomination(EntityManager em, String memberId, String nominator, String reason, Instant at) {
        return em.createNativeQuery("insert into champion_nominations (member_id, nominated_by, reason, nominated_at) "
                        + "select ?1, ?2, ?3, ?4" + ONE_ROW + "(select 1 from champion_nominations n "
                        + "where n.member_id = ?1 and n.nominated_by = ?2)")
                .setParameter(1, memberId).setParameter(2, nominator).setParameter(3, reason).setParameter(4, at)
                .executeUpdate() == 1;
    }
}
