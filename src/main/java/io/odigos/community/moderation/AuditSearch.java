package io.odigos.community.moderation;

import io.odigos.community.core.AuditEntry;
import io.odigos.community.core.Members;
import java.util.List;

/** Reads the audit log for admins: the latest entries matching a query, newest first. */
final class AuditSearch {

    private final ModerationStore store;
    private final Members members;

    AuditSearch(ModerationStore store, Members members) {
        this.store = store;
        this.members = members;
    }

    List<AuditEntry> latest(AuditQuery query, String adminId, int limit) {
        members.requireAdmin(adminId);
        return store.auditEntries(query, limit);
    }
}
