package io.odigos.community.recognition;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.AuditLog;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contribution ledger and badges: merged pull requests and admin-recorded contributions are credited to
 * members (once their GitHub login is linked, retroactively), and each badge whose rule is met is awarded at that
 * moment, once, with an announcement.
 */
public final class RecognitionService {

    private static final Logger log = LoggerFactory.getLogger(RecognitionService.class);
    private static final Pattern GITHUB_LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?");

    private final Database database;
    private final SlackOutbox outbox;
    private final AuditLog audit;
    private final Members members;
    private final AdminWrites admin;
    private final Clock clock;
    private final String channel;
    private final RecognitionConfig config;
    private final GitHubApi github;

    public RecognitionService(Database database, SlackOutbox outbox, AuditLog audit, Members members, Clock clock,
                              String channel, RecognitionConfig config, GitHubApi github) {
        this.database = database;
        this.outbox = outbox;
        this.audit = audit;
        this.members = members;
        this.admin = new AdminWrites(database, members, audit);
        this.clock = clock;
        this.channel = channel;
        this.config = config;
        this.github = github;
    }

    public RecognitionConfig config() {
        return config;
    }

    // ---- GitHub ----

    /** What became of a webhook delivery of a merged pull request. */
    public enum Delivery { RECORDED, PULL_REQUEST_ALREADY_RECORDED, ALREADY_RECEIVED }

    /**
     * A webhook delivery of a merged pull request. The delivery id is remembered in the transaction that records
     * the contribution, so a delivery whose recording failed is not taken for a redelivery when it comes again.
     */
    public Delivery recordDelivery(String deliveryId, MergedPullRequest pr) {
        if (database.inTransaction(em -> deliveryKnown(em, deliveryId))) {
            return Delivery.ALREADY_RECEIVED; // before classifying: a redelivery costs no call to GitHub
        }
        ContributionKind kind = kindOf(pr);
        Delivery outcome = database.inTransaction(em -> {
            int remembered = em.createNativeQuery("insert into github_deliveries (delivery_id, event, received_at) "
                            + "select ?1, ?2, ?3 from (values (1)) as one (x) where not exists (select 1 from "
                            + "github_deliveries d where d.delivery_id = ?1)")
                    .setParameter(1, deliveryId).setParameter(2, "pull_request").setParameter(3, clock.instant())
                    .executeUpdate();
            if (remembered == 0) {
                return Delivery.ALREADY_RECEIVED;
            }
            return credit(em, pr, kind) ? Delivery.RECORDED : Delivery.PULL_REQUEST_ALREADY_RECORDED;
        });
        return outcome;
    }

    /** A merged pull request known other than by a webhook delivery; false if it was already recorded. */
    public boolean recordPullRequest(String repository, long number, String authorLogin, String title, String url,
                                     List<String> labels, Instant mergedAt) {
        MergedPullRequest pr = new MergedPullRequest(repository, number, authorLogin, title, url, labels, mergedAt);
        ContributionKind kind = kindOf(pr);
        boolean recorded = database.inTransaction(em -> credit(em, pr, kind));
        return recorded;
    }

    private static boolean deliveryKnown(EntityManager em, String deliveryId) {
        return !em.createNativeQuery("select 1 from github_deliveries where delivery_id = ?1")
                .setParameter(1, deliveryId).getResultList().isEmpty();
    }

    /** By the rules of recognition.json; the changed files are asked of GitHub only if a path rule is reached. */
    private ContributionKind kindOf(MergedPullRequest pr) {
        return config.kindOf(pr.labels(), pr.title(), () -> {
            try {
                return github.changedFiles(pr.repository(), pr.number());
            } catch (GitHubApi.Unavailable e) {
                log.warn("The files of pull request {}#{} are unknown ({}); its kind comes from the rules other than "
                        + "paths", pr.repository(), pr.number(), e.getMessage());
                return List.of();
            }
        });
    }

    /** Credits the pull request to the member linked to its author's login (or to the login until they link). */
    private boolean credit(EntityManager em, MergedPullRequest pr, ContributionKind kind) {
        if (!em.createQuery("select c.id from Contribution c where c.externalId = :x", Long.class)
                .setParameter("x", pr.externalId()).getResultList().isEmpty()) {
            return false;
        }
        String login = pr.authorLogin().toLowerCase(Locale.ROOT);
        String member = memberOf(em, login).orElse(null);
        em.persist(new Contribution(member, login, kind, pr.title(), pr.url(), Contribution.GITHUB, pr.externalId(),
                pr.mergedAt() == null ? clock.instant() : pr.mergedAt(), null));
        em.flush();
        if (member != null) {
            awardEarned(em, member);
        }
        return true;
    }

    /** Links the member's GitHub login and credits what that login contributed before. */
    public int linkGithub(String memberId, String login) {
        return link(memberId, login, null);
    }

    /** An admin corrects a link: the login moves to this member, with its contributions. */
    public int relinkGithub(String adminId, String memberId, String login) {
        members.requireAdmin(adminId);
        return link(memberId, login, adminId);
    }

    private int link(String memberId, String rawLogin, String adminId) {
        String login = normalized(rawLogin);
        int credited = database.inTransaction(em -> {
            Optional<String> owner = memberOf(em, login);
            if (owner.isPresent() && !owner.get().equals(memberId) && adminId == null) {
                throw new Refusal("The GitHub login " + login + " is already linked to someone else. If it is yours, "
                        + "ask an admin to fix the link.");
            }
            // an admin's link is their word, not the member's proof: a later verified link may take it over
            int moved = attach(em, memberId, login, false);
            if (adminId != null) {
                audit.record(em, adminId, "recognition.link", "member:" + memberId, "github " + login);
            }
            return moved;
        });
        return credited;
    }

    /** A link proven through GitHub's OAuth flow: how many earlier contributions came with it, and from whom. */
    public record VerifiedLink(String login, int credited, Optional<String> claimedBefore) {
    }

    /**
     * Links the login GitHub says the member controls. The state's nonce is spent in the same transaction, so a
     * state links once. The proof outranks a claim: a login another member only claimed (typed, or linked by an
     * admin) moves here with its contributions, and they are told; a login another member verified is refused.
     */
    public VerifiedLink linkVerified(OAuthStates.Claim state, String rawLogin) {
        String login = normalized(rawLogin);
        VerifiedLink linked = database.inTransaction(em -> {
            em.createNativeQuery("delete from github_oauth_states_used where expires_at < ?1")
                    .setParameter(1, clock.instant()).executeUpdate();
            if (!Database.insertOnce(em, "insert into github_oauth_states_used (nonce, member_id, expires_at) "
                    + "values (?, ?, ?)", state.nonce(), state.memberId(), state.expiresAt().atOffset(ZoneOffset.UTC))) {
                throw new Refusal(RecognitionMessages.linkAlreadyUsed());
            }
            Optional<GitHubLink> held = linkOf(em, login).filter(l -> !l.memberId().equals(state.memberId()));
            if (held.isPresent() && held.get().verified()) {
                throw new Refusal("The GitHub account @" + login + " is already linked to another member, who proved "
                        + "it is theirs. If that is wrong, ask a community admin.");
            }
            int credited = attach(em, state.memberId(), login, true);
            outbox.enqueue(em, OutgoingMessage.dm(state.memberId(),
                    RecognitionMessages.linkedVerified(login, credited), null));
            held.ifPresent(h -> outbox.enqueue(em, OutgoingMessage.dm(h.memberId(),
                    RecognitionMessages.linkTakenOver(login), null)));
            log.info("Member {} proved GitHub login {}{}", state.memberId(), login,
                    held.map(h -> ", taking it over from " + h.memberId() + "'s claim").orElse(""));
            return new VerifiedLink(login, credited, held.map(GitHubLink::memberId));
        });
        return linked;
    }

    private static String normalized(String rawLogin) {
        String login = rawLogin == null ? "" : rawLogin.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        if (!GITHUB_LOGIN.matcher(login).matches()) {
            throw new Refusal(RecognitionMessages.notAGitHubLogin(rawLogin));
        }
        return login;
    }

    /** Makes the login the member's one link and credits them with what it contributed; how many rows moved. */
    private int attach(EntityManager em, String memberId, String login, boolean verified) {
        em.createNativeQuery("delete from github_links where github_login = ?1 or member_id = ?2")
                .setParameter(1, login).setParameter(2, memberId).executeUpdate();
        em.createNativeQuery("insert into github_links (github_login, member_id, linked_at, verified) "
                        + "values (?1, ?2, ?3, ?4)")
                .setParameter(1, login).setParameter(2, memberId).setParameter(3, clock.instant())
                .setParameter(4, verified).executeUpdate();
        int moved = em.createNativeQuery("update contributions set member_id = ?1 where github_login = ?2 "
                + "and (member_id is null or member_id <> ?1)").setParameter(1, memberId).setParameter(2, login)
                .executeUpdate();
        awardEarned(em, memberId);
        return moved;
    }

    private record GitHubLink(String memberId, String login, boolean verified) {
    }

    private static Optional<GitHubLink> linkOf(EntityManager em, String login) {
        return em.createNativeQuery("select member_id, github_login, verified from github_links where github_login = ?1")
                .setParameter(1, login).getResultList().stream().findFirst()
                .map(row -> toLink((Object[]) row));
    }

    private static GitHubLink toLink(Object[] row) {
        return new GitHubLink((String) row[0], (String) row[1], (Boolean) row[2]);
    }

    private static Optional<String> memberOf(EntityManager em, String login) {
        return linkOf(em, login).map(GitHubLink::memberId);
    }

    // ---- outside GitHub ----

    /** An admin records a talk, a tutorial, organising an event...; problems come back field by field. */
    public void recordManual(String adminId, String memberId, ContributionKind kind, String title, String link) {
        admin.write(adminId, "recognition.contribution", em -> {
            ContributionDraft draft = new ContributionDraft(memberId, kind, title, link);
            Map<String, String> problems = draft.problems();
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            em.persist(new Contribution(memberId, null, kind, draft.title(), draft.link(), Contribution.MANUAL, null,
                    clock.instant(), adminId));
            em.flush();
            awardEarned(em, memberId);
            return new Audited<>(null, "member:" + memberId, kind + ": " + draft.title());
        });
    }

    // ---- badges ----

    public void award(String adminId, String memberId, String badgeId, String reason) {
        admin.write(adminId, "recognition.award", em -> {
            Badge badge = config.badge(badgeId).orElseThrow(() -> new Refusal(
                    RecognitionMessages.noSuchBadgeSeeCatalogue(badgeId)));
            if (reason == null || reason.isBlank()) {
                throw new Refusal(RecognitionMessages.giveAwardReason());
            }
            if (!grant(em, memberId, badge, adminId, reason.strip())) {
                throw new Refusal(RecognitionMessages.alreadyHasBadge(memberId, badge));
            }
            return new Audited<>(null, "member:" + memberId, badge.id() + ": " + reason.strip());
        });
    }

    public void revoke(String adminId, String memberId, String badgeId, String reason) {
        admin.write(adminId, "recognition.revoke", em -> {
            Badge badge = config.badge(badgeId).orElseThrow(() -> new Refusal(
                    RecognitionMessages.noSuchBadge(badgeId)));
            int removed = em.createNativeQuery("delete from badges_awarded where member_id = ?1 and badge_id = ?2")
                    .setParameter(1, memberId).setParameter(2, badge.id()).executeUpdate();
            if (removed == 0) {
                throw new Refusal(RecognitionMessages.doesNotHaveBadge(memberId, badge));
            }
            return new Audited<>(null, "member:" + memberId, badge.id() + ": " + reason);
        });
    }

    /** Awards facts-based badges (hackathon participant, winner) recorded by other features since the last sweep. */
    public int sweepFacts() {
        int awarded = database.inTransaction(em -> {
            int count = 0;
            for (Badge badge : config.badges()) {
                if (badge.fact() == null) {
                    continue;
                }
                List<String> due = em.createNativeQuery("select distinct f.member_id from community_facts f where "
                        + "f.fact_type = ?1 and not exists (select 1 from badges_awarded b where b.member_id = f.member_id "
                        + "and b.badge_id = ?2)", String.class).setParameter(1, badge.fact()).setParameter(2, badge.id())
                        .getResultList();
                for (String member : due) {
                    if (grant(em, member, badge, null, null)) {
                        count++;
                    }
                }
            }
            return count;
        });
        return awarded;
    }

    /** Grants every contribution-based badge whose rule the member now meets. */
    private void awardEarned(EntityManager em, String memberId) {
        Map<ContributionKind, Long> byKind = countsByKind(em, memberId);
        long github = ((Number) em.createNativeQuery("select count(*) from contributions where member_id = ?1 and source = ?2")
                .setParameter(1, memberId).setParameter(2, Contribution.GITHUB).getSingleResult()).longValue();
        for (Badge badge : config.badges()) {
            boolean met = badge.github() != null ? github >= badge.github()
                    : badge.kind() != null && byKind.getOrDefault(badge.kind(), 0L) >= badge.count();
            if (met) {
                grant(em, memberId, badge, null, null);
            }
        }
    }

    /** Inserts the badge unless held; on a new badge queues the channel announcement and the member's DM. */
    boolean grant(EntityManager em, String memberId, Badge badge, String by, String reason) {
        boolean added = Database.insertOnce(em, "insert into badges_awarded (member_id, badge_id, awarded_at, "
                + "awarded_by, reason) values (?, ?, ?, ?, ?)", memberId, badge.id(),
                clock.instant().atOffset(ZoneOffset.UTC), by, reason);
        if (added) {
            outbox.enqueue(em, OutgoingMessage.to(channel, RecognitionMessages.badgeEarnedPost(memberId, badge), null));
            outbox.enqueue(em, OutgoingMessage.dm(memberId, RecognitionMessages.badgeEarnedDm(badge), null));
        }
        return added;
    }

    // ---- digests ----

    /** Contributions in [from, to) by kind, most frequent first. */
    public Map<ContributionKind, Long> contributionsByKind(Instant from, Instant to) {
        List<?> rows = database.inTransaction(em -> em.createNativeQuery("select kind, count(*) from contributions "
                        + "where occurred_at >= ?1 and occurred_at < ?2 group by kind order by count(*) desc, kind")
                .setParameter(1, from).setParameter(2, to).getResultList());
        Map<ContributionKind, Long> counts = new java.util.LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put(ContributionKind.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    public record AwardedBadge(String memberId, Badge badge) {
    }

    /** Badges awarded in [from, to), oldest first; badges no longer in the catalogue are left out. */
    public List<AwardedBadge> badgesAwarded(Instant from, Instant to, int limit) {
        List<?> rows = database.inTransaction(em -> em.createNativeQuery("select member_id, badge_id from badges_awarded "
                        + "where awarded_at >= ?1 and awarded_at < ?2 order by awarded_at, member_id")
                .setParameter(1, from).setParameter(2, to).setMaxResults(limit).getResultList());
        List<AwardedBadge> awarded = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            config.badge((String) r[1]).ifPresent(b -> awarded.add(new AwardedBadge((String) r[0], b)));
        }
        return awarded;
    }

    // ---- profiles ----

    public record Profile(String memberId, Optional<String> githubLogin, boolean githubVerified, List<Badge> badges,
                          Map<ContributionKind, Long> contributions, long points) {
    }

    public Profile profile(String memberId) {
        return database.inTransaction(em -> {
            Optional<GitHubLink> link = em.createNativeQuery("select member_id, github_login, verified from github_links "
                    + "where member_id = ?1").setParameter(1, memberId).getResultList().stream().findFirst()
                    .map(row -> toLink((Object[]) row));
            List<String> held = em.createNativeQuery("select badge_id from badges_awarded where member_id = ?1 "
                    + "order by awarded_at", String.class).setParameter(1, memberId).getResultList();
            List<Badge> badges = new ArrayList<>();
            held.forEach(id -> config.badge(id).ifPresent(badges::add));
            Map<ContributionKind, Long> byKind = countsByKind(em, memberId);
            long points = byKind.entrySet().stream().mapToLong(e -> e.getValue() * config.pointsFor(e.getKey())).sum();
            return new Profile(memberId, link.map(GitHubLink::login), link.map(GitHubLink::verified).orElse(false),
                    badges, byKind, points);
        });
    }

    public List<Contribution> contributionsOf(String memberId) {
        return database.inTransaction(em -> em.createQuery("select c from Contribution c where c.memberId = :m "
                + "order by c.occurredAt desc", Contribution.class).setParameter("m", memberId).getResultList());
    }

    private static Map<ContributionKind, Long> countsByKind(EntityManager em, String memberId) {
        Map<ContributionKind, Long> counts = new EnumMap<>(ContributionKind.class);
        for (Object row : em.createQuery("select c.kind, count(c) from Contribution c where c.memberId = :m group by c.kind")
                .setParameter("m", memberId).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((ContributionKind) r[0], (Long) r[1]);
        }
        return counts;
    }


    Instant now() {
        return clock.instant();
    }
}
