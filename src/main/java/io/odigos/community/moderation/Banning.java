package io.odigos.community.moderation;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.AuditLog;
import io.odigos.community.core.Database;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import java.time.Clock;
import java.util.List;

/** Admins ban and unban members from submitting content; core.Bans is where services check it. */
public final class Banning {

    private final Database database;
    private final AuditLog audit;
    private final Members members;
    private final AdminWrites admin;
    private final Clock clock;

    public Banning(Database database, AuditLog audit, Members members, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.members = members;
        this.admin = new AdminWrites(database, members, audit);
        this.clock = clock;
    }

    public void ban(String memberId, String reason, String adminId) {
        members.requireAdmin(adminId);
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
        database.runInTransaction(em -> {
            if (em.find(Ban.class, memberId) != null) {
                throw new Refusal("<@" + memberId + "> is already banned.");
            }
            em.persist(new Ban(memberId, why, adminId, clock.instant()));
            audit.record(em, adminId, "moderation.ban", "member:" + memberId, why);
        });
    }

    public void unban(String memberId, String adminId) {
        admin.write(adminId, "moderation.unban", em -> {
            Ban ban = em.find(Ban.class, memberId);
            if (ban == null) {
                throw new Refusal("<@" + memberId + "> is not banned.");
            }
            em.remove(ban);
            return new Audited<>(null, "member:" + memberId, ban.reason());
        });
    }

    /** Every ban, newest first. */
    public List<Ban> list(String adminId) {
        members.requireAdmin(adminId);
        return database.inTransaction(em -> em.createQuery("select b from Ban b order by b.bannedAt desc, b.memberId",
                Ban.class).getResultList());
    }
}
