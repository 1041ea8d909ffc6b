package io.odigos.community.core;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one path for an admin's change: the admin check (in the service, so every way in is covered), one
 * transaction, and the audit entry committed with the change, saying what the change itself reports.
 */
public final class AdminWrites {

    /** What an admin's change did: its result for the caller, and what the audit log says it did to what. */
    public record Audited<T>(T result, String target, String detail) {

        /** The change found nothing to do (already decided, say): nothing to record. */
        public static <T> Audited<T> nothing(T result) {
            return new Audited<>(result, null, null);
        }
    }

    private final Database database;
    private final Members members;
    private final AuditLog audit;

    public AdminWrites(Database database, Members members, AuditLog audit) {
        this.database = database;
        this.members = members;
        this.audit = audit;
    }

    /** Refuses a non-admin before anything is read; otherwise runs the change and records it as {@code action}. */
    public <T> T write(String adminId, String action, Function<EntityManager, Audited<T>> change) {
        return write(adminId, members::requireAdmin, action, change);
    }

    /**
     * The same path for a change that people other than admins may make too (a knowledge base reviewer named in a
     * setting): {@code requireAllowed} refuses everyone else, with the words they see, before anything is read.
     */
    public <T> T write(String actorId, Consumer<String> requireAllowed, String action,
                       Function<EntityManager, Audited<T>> change) {
        requireAllowed.accept(actorId);
        return database.inTransaction(em -> {
            Audited<T> done = change.apply(em);
            if (done.target() != null) {
                audit.record(em, actorId, action, done.target(), done.detail());
            }
            return done.result();
        });
    }
}
