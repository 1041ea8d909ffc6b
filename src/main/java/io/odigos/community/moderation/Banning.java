package io.odigos.community.moderation;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import java.time.Clock;
import java.util.List;

/** Admins ban and unban members from submitting content; core.Bans is where services check it. */
public final class Banning {

    private final ModerationStore store;
    private final AdminWrites admin;
    private final Members members;
    private final Clock clock;

    Banning(ModerationStore store, AdminWrites admin, Members members, Clock clock) {
        this.store = store;
        this.admin = admin;
        this.members = members;
        this.clock = clock;
    }

    public void ban(String memberId, String reason, String adminId) {
        admin.write(adminId, "moderation.ban", em -> {
            String why = reason == null ? "" : reason.strip();
            if (why.isEmpty()) {
                throw new Refusal("Say why, e.g. `/community-admin ban @member posts spam links`; the reason is kept in the audit log.");
            }
            if (why.length() > Ban.REASON_MAX) {
                throw new Refusal("Please keep the reason under " + Ban.REASON_MAX + " characters.");
            }
            if (members.isAdmin(memberId)) {
                throw new Refusal("<@" + memberId + "> is an admin; admins cannot be banned.");
            }
            if (store.ban(em, memberId) != null) {
                throw new Refusal("<@" + memberId + "> is already banned.");
            }
            store.insert(em, new Ban(memberId, why, adminId, clock.instant()));
            return new Audited<>(null, "member:" + memberId, why);
        });
    }

    public void unban(String memberId, String adminId) {
        admin.write(adminId, "moderation.unban", em -> {
            Ban ban = store.ban(em, memberId);
            if (ban == null) {
                throw new Refusal("<@" + memberId + "> is not banned.");
            }
            store.remove(em, ban);
            return new Audited<>(null, "member:" + memberId, ban.reason());
        });
    }

    /** Every ban, newest first. */
    public List<Ban> list(String adminId) {
        members.requireAdmin(adminId);
        return store.bans();
    }
}
