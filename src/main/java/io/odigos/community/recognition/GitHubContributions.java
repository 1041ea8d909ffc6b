package io.odigos.community.recognition;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.recognition.RecognitionStore.GitHubLink;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merged pull requests credited to members through their GitHub logins: each pull request is recorded once,
 * whichever delivery brings it, and is credited to the member linked to its author's login, or to the login until
 * someone links it, retroactively. A member links a login by typing it or by proving it through GitHub; an admin
 * may correct a link.
 */
public final class GitHubContributions {

    private static final Logger log = LoggerFactory.getLogger(GitHubContributions.class);
    private static final Pattern GITHUB_LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?");

    private final Database database;
    private final RecognitionStore store;
    private final Badges badges;
    private final SlackOutbox outbox;
    private final AdminWrites admin;
    private final Clock clock;
    private final RecognitionConfig config;
    private final GitHubApi github;
    private final GitHubDeliveries deliveries;

    GitHubContributions(Database database, RecognitionStore store, Badges badges, SlackOutbox outbox, AdminWrites admin,
                        Clock clock, RecognitionConfig config, GitHubApi github, GitHubDeliveries deliveries) {
        this.database = database;
        this.store = store;
        this.badges = badges;
        this.outbox = outbox;
        this.admin = admin;
        this.clock = clock;
        this.config = config;
        this.github = github;
        this.deliveries = deliveries;
    }

    /**
     * Told, in the crediting transaction, of a merged pull request credited to a member: another feature's rule
     * (a mentee's merged pull request completes their mentorship) commits or fails with the credit.
     */
    @FunctionalInterface
    public interface MergeListener {
        void merged(EntityManager em, String memberId, String url, Instant mergedAt);
    }

    private final List<MergeListener> mergeListeners = new CopyOnWriteArrayList<>();

    /** Registered while the bot is wired, before requests arrive. */
    public void onMerged(MergeListener listener) {
        mergeListeners.add(listener);
    }

    /** Told, in the linking transaction, that a login is now a member's: what it started elsewhere follows it. */
    @FunctionalInterface
    public interface LinkListener {
        void linked(EntityManager em, String login, String memberId);
    }

    private final List<LinkListener> linkListeners = new CopyOnWriteArrayList<>();

    /** Registered while the bot is wired (feedback's requests started on GitHub), before requests arrive. */
    public void onLinked(LinkListener listener) {
        linkListeners.add(listener);
    }

    /** What became of a webhook delivery of a merged pull request. */
    public enum Delivery { RECORDED, PULL_REQUEST_ALREADY_RECORDED, ALREADY_RECEIVED }

    /**
     * A webhook delivery of a merged pull request. The delivery id is remembered in the transaction that records
     * the contribution, so a delivery whose recording failed is not taken for a redelivery when it comes again.
     */
    public Delivery recordDelivery(String deliveryId, MergedPullRequest pr) {
        if (deliveries.known(deliveryId)) {
            return Delivery.ALREADY_RECEIVED; // before classifying: a redelivery costs no call to GitHub
        }
        ContributionKind kind = kindOf(pr);
        return database.inTransaction(em -> {
            if (!deliveries.remember(em, deliveryId, "pull_request")) {
                return Delivery.ALREADY_RECEIVED;
            }
            return credit(em, pr, kind) ? Delivery.RECORDED : Delivery.PULL_REQUEST_ALREADY_RECORDED;
        });
    }

    /** A merged pull request known other than by a webhook delivery; false if it was already recorded. */
    public boolean recordPullRequest(String repository, long number, String authorLogin, String title, String url,
                                     List<String> labels, Instant mergedAt) {
        MergedPullRequest pr = new MergedPullRequest(repository, number, authorLogin, title, url, labels, mergedAt);
        ContributionKind kind = kindOf(pr);
        return database.inTransaction(em -> credit(em, pr, kind));
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
        if (store.hasContribution(em, pr.externalId())) {
            return false;
        }
        String login = pr.authorLogin().toLowerCase(Locale.ROOT);
        String member = store.linkOfLogin(em, login).map(GitHubLink::memberId).orElse(null);
        store.insert(em, new Contribution(member, login, kind, pr.title(), pr.url(), Contribution.GITHUB,
                pr.externalId(), pr.mergedAt() == null ? clock.instant() : pr.mergedAt(), null));
        if (member != null) {
            badges.awardEarned(em, member);
            Instant mergedAt = pr.mergedAt() == null ? clock.instant() : pr.mergedAt();
            mergeListeners.forEach(l -> l.merged(em, member, pr.url(), mergedAt));
        }
        return true;
    }

    /** The member a GitHub login is linked to, proven or only claimed, as merged pull requests are credited. */
    public Optional<String> memberOfLogin(String login) {
        String key = login.toLowerCase(Locale.ROOT);
        return database.inTransaction(em -> store.linkOfLogin(em, key).map(GitHubLink::memberId));
    }

    /** Links the member's GitHub login and credits what that login contributed before. */
    public int linkGithub(String memberId, String rawLogin) {
        String login = normalized(rawLogin);
        return database.inTransaction(em -> {
            Optional<GitHubLink> held = store.linkOfLogin(em, login);
            if (held.isPresent() && !held.get().memberId().equals(memberId)) {
                throw new Refusal("The GitHub login " + login + " is already linked to someone else. If it is yours, "
                        + "ask an admin to fix the link.");
            }
            return attach(em, memberId, login, false);
        });
    }

    /** An admin corrects a link: the login moves to this member, with its contributions. */
    public int relinkGithub(String adminId, String memberId, String rawLogin) {
        return admin.write(adminId, "recognition.link", em -> {
            String login = normalized(rawLogin);
            return new Audited<>(attach(em, memberId, login, false), "member:" + memberId, "github " + login);
        });
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
        return database.inTransaction(em -> {
            if (!store.spendState(em, state, clock.instant())) {
                throw new Refusal(RecognitionMessages.linkAlreadyUsed());
            }
            Optional<GitHubLink> held = store.linkOfLogin(em, login)
                    .filter(l -> !l.memberId().equals(state.memberId()));
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
    }

    private static String normalized(String rawLogin) {
        String login = rawLogin == null ? "" : rawLogin.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        if (!GITHUB_LOGIN.matcher(login).matches()) {
            throw new Refusal(RecognitionMessages.notAGitHubLogin(rawLogin));
        }
        return login;
    }

    /**
     * Makes the login the member's one link and credits them with what it contributed; how many rows moved. Only
     * GitHub's word verifies a link: a typed login or an admin's link is a claim a later verified link may take over.
     */
    private int attach(EntityManager em, String memberId, String login, boolean verified) {
        store.replaceLink(em, new GitHubLink(memberId, login, verified), clock.instant());
        int moved = store.creditLogin(em, login, memberId);
        linkListeners.forEach(l -> l.linked(em, login, memberId));
        badges.awardEarned(em, memberId);
        return moved;
    }
}
