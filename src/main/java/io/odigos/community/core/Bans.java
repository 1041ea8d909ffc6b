package io.odigos.community.core;

import java.util.List;

/**
 * The one check that a member may submit content (feedback, reports): admins ban in the moderation console, and
 * every service that stores member-written content asks here first.
 */
public final class Bans {

    private final Database database;

    public Bans(Database database) {
        this.database = database;
    }

    /** Refuses a banned member with the words they see; returns quietly otherwise. */
    public void requireNotBanned(String memberId) {
        if (isBanned(memberId)) {
            throw new Refusal("A community admin has stopped you from submitting here. If you think this is a mistake, "
                    + "ask an admin.");
        }
    }

    public boolean isBanned(String memberId) {
        List<?> found = database.inTransaction(em -> em.createNativeQuery(
                        "select member_id from member_bans where member_id = ?1")
                .setParameter(1, memberId).setMaxResults(1).getResultList());
        return !found.isEmpty();
    }
}
