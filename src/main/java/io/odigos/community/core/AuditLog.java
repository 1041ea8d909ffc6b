package io.odigos.community.core;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/** Writes admin actions inside the caller's transaction, so an action and its record commit together. */
public final class AuditLog {

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public void record(EntityManager em, String actorId, String action, String target, String detail) {
        em.persist(new AuditEntry(actorId, action, target, detail, clock.instant()));
    }

    public List<AuditEntry> recent(EntityManager em, int limit) {
        return em.createQuery("select a from AuditEntry a order by a.id desc", AuditEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
