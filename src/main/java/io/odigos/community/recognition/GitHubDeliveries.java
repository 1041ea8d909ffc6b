package io.odigos.community.recognition;

import io.odigos.community.core.Database;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The webhook deliveries already handled (github_deliveries), shared by every {@link GitHubEvents} handler: a
 * delivery id is remembered in the transaction of its effect, so a redelivery (same X-GitHub-Delivery) changes nothing.
 */
public final class GitHubDeliveries {

    private final Database database;
    private final Clock clock;

    GitHubDeliveries(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Whether the delivery was handled before: a cheap early answer, before any work or call to GitHub. */
    public boolean known(String deliveryId) {
        return database.inTransaction(em -> !em.createNativeQuery("select 1 from github_deliveries "
                + "where delivery_id = ?1").setParameter(1, deliveryId).getResultList().isEmpty());
    }

    /** Remembers the delivery in the caller's transaction; false if it was remembered already. */
    public boolean remember(EntityManager em, String deliveryId, String event) {
        // insertOnce: two deliveries of one id racing each other add one row, and the loser's transaction goes on
        return Database.insertOnce(em, "insert into github_deliveries (delivery_id, event, received_at) "
                + "values (?, ?, ?)", deliveryId, event, clock.instant().atOffset(ZoneOffset.UTC));
    }
}
