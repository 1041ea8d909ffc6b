package io.odigos.community.moderation;

import io.odigos.community.core.AuditEntry;
import io.odigos.community.core.Database;
import io.odigos.community.slack.ReportButton.Target;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Every read and write of moderation_reports and member_bans, and the admins' search of audit_log (which
 * core.AuditLog writes), in JPQL over the {@link Report}, {@link Ban} and {@link AuditEntry} entities. Writes run in
 * the caller's transaction; the listings run their own. core.Bans keeps its one-line ban check, which every
 * feature that stores member content asks. The data export reads tables through {@link TableReader}, not here.
 */
final class ModerationStore {

    private final Database database;

    ModerationStore(Database database) {
        this.database = database;
    }

    // ---- reports ------------------------------------------------------------------------------------------------

    boolean hasReported(EntityManager em, Target target, String reporterId) {
        return !em.createQuery("select r.id from Report r where r.itemKind = :k and r.itemId = :i and r.reporterId = :m",
                        Long.class).setParameter("k", target.kind()).setParameter("i", target.itemId())
                .setParameter("m", reporterId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Flushed at once, so a concurrent report of the same member and item fails here, on the unique key. */
    void insert(EntityManager em, Report report) {
        em.persist(report);
        em.flush();
    }

    /** Open reports, oldest first. */
    List<Report> openReports(int limit) {
        return database.inTransaction(em -> em.createQuery(
                        "select r from Report r where r.resolution is null order by r.reportedAt, r.id", Report.class)
                .setMaxResults(limit).getResultList());
    }

    /** Closes the item's open reports; answers how many it closed. */
    int resolve(EntityManager em, Target target, Report.Resolution resolution, String adminId, Instant at) {
        return em.createQuery("update Report r set r.resolution = :res, r.resolvedBy = :by, r.resolvedAt = :at "
                        + "where r.itemKind = :k and r.itemId = :i and r.resolution is null")
                .setParameter("res", resolution).setParameter("by", adminId).setParameter("at", at)
                .setParameter("k", target.kind()).setParameter("i", target.itemId()).executeUpdate();
    }

    // ---- bans ---------------------------------------------------------------------------------------------------

    /** The member's ban; null when they are not banned. */
    Ban ban(EntityManager em, String memberId) {
        return em.find(Ban.class, memberId);
    }

    void insert(EntityManager em, Ban ban) {
        em.persist(ban);
    }

    void remove(EntityManager em, Ban ban) {
        em.remove(ban);
    }

    /** Every ban, newest first. */
    List<Ban> bans() {
        return database.inTransaction(em -> em.createQuery("select b from Ban b order by b.bannedAt desc, b.memberId",
                Ban.class).getResultList());
    }

    // ---- the audit log ------------------------------------------------------------------------------------------

    /** The latest entries matching the query, newest first. */
    List<AuditEntry> auditEntries(AuditQuery query, int limit) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (query.memberId() != null) {
            where.append(" and (a.actorId = :member or a.target = :target)");
        }
        if (query.actionPrefix() != null) {
            where.append(" and a.action like :prefix escape '!'");
        }
        if (query.since() != null) {
            where.append(" and a.occurredAt >= :from");
        }
        if (query.until() != null) {
            where.append(" and a.occurredAt < :before");
        }
        return database.inTransaction(em -> {
            var q = em.createQuery("select a from AuditEntry a " + where + " order by a.occurredAt desc, a.id desc",
                    AuditEntry.class);
            if (query.memberId() != null) {
                q.setParameter("member", query.memberId()).setParameter("target", "member:" + query.memberId());
            }
            if (query.actionPrefix() != null) {
                q.setParameter("prefix", query.actionPrefix().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            if (query.since() != null) {
                q.setParameter("from", query.from());
            }
            if (query.until() != null) {
                q.setParameter("before", query.before());
            }
            return q.setMaxResults(limit).getResultList();
        });
    }
}
