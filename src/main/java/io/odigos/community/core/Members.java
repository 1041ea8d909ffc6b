package io.odigos.community.core;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a member is and whether they may administer the bot: listed in COMMUNITY_ADMINS, or a workspace
 * admin or owner according to users.info (cached in the members table for an hour).
 */
public final class Members {

    private static final Logger log = LoggerFactory.getLogger(Members.class);
    private static final Duration FRESH_FOR = Duration.ofHours(1);

    private final Database database;
    private final MethodsClient slack;
    private final Set<String> configuredAdmins;
    private final Clock clock;

    public Members(Database database, MethodsClient slack, Collection<String> configuredAdmins, Clock clock) {
        this.database = database;
        this.slack = slack;
        this.configuredAdmins = Set.copyOf(configuredAdmins);
        this.clock = clock;
    }

    public boolean isAdmin(String userId) {
        return configuredAdmins.contains(userId) || lookup(userId).workspaceAdmin();
    }

    /** Refuses, with the words a member sees, anyone who is not an admin; every admin action starts here. */
    public void requireAdmin(String userId) {
        if (!isAdmin(userId)) {
            throw new Refusal("Only community admins can do that.");
        }
    }

    public ZoneId timeZone(String userId) {
        try {
            return ZoneId.of(lookup(userId).timeZone());
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    /** The cached member, refreshed from users.info when older than an hour; never null. */
    public Member lookup(String userId) {
        Member cached = database.inTransaction(em -> em.find(Member.class, userId));
        if (cached != null && cached.fetchedAt().plus(FRESH_FOR).isAfter(clock.instant())) {
            return cached;
        }
        User user = fetch(userId);
        if (user == null) {
            // users.info failed: keep what we had, or treat them as an ordinary member until it answers.
            if (cached != null) {
                return cached;
            }
            Member unknown = new Member(userId);
            unknown.refresh(userId, "UTC", false, clock.instant());
            return unknown;
        }
        String name = user.getProfile() != null && notBlank(user.getProfile().getDisplayName())
                ? user.getProfile().getDisplayName()
                : notBlank(user.getRealName()) ? user.getRealName() : user.getName();
        String shown = truncate(name == null ? userId : name, 200);
        String zone = user.getTz() == null ? "UTC" : user.getTz();
        boolean admin = user.isAdmin() || user.isOwner() || user.isPrimaryOwner();
        return database.inTransaction(em -> {
            // two first requests of one member at once (a click and its Home refresh) both insert: one row wins
            Database.insertOnce(em, "insert into members (slack_user_id, display_name, time_zone, workspace_admin, "
                    + "fetched_at) values (?, ?, ?, ?, ?)", userId, shown, zone, admin,
                    clock.instant().atOffset(ZoneOffset.UTC));
            Member m = em.find(Member.class, userId);
            m.refresh(shown, zone, admin, clock.instant());
            return m;
        });
    }

    private User fetch(String userId) {
        try {
            UsersInfoResponse r = slack.usersInfo(req -> req.user(userId));
            if (r.isOk()) {
                return r.getUser();
            }
            log.warn("users.info for {} answered {}", userId, r.getError());
        } catch (IOException | SlackApiException e) {
            log.warn("users.info for {} failed: {}", userId, e.getMessage());
        }
        return null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
