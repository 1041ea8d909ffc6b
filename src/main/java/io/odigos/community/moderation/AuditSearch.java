package io.odigos.community.moderation;

import io.odigos.community.core.AuditEntry;
import io.odigos.community.core.Database;
import io.odigos.community.core.Members;
import java.util.List;

/** Reads the audit log for admins: the latest entries matching a query, newest first. */
final class AuditSearch {

    private final Database database;
    private final Members members;

    AuditSearch(Database database, Members members) {
        this.database = database;
        this.members = members;
    }

    List<AuditEntry> latest(AuditQuery query, String adminId, int limit) {
        members.requireAdmin(adminId);
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
