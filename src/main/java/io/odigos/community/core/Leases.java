package io.odigos.community.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Time-limited leases in the database, so that with several instances one at a time does a piece of work (such as
 * posting a new item to the channel, which must happen once). The holder renews its lease on every pass; when it stops
 * (a crash), another instance takes over once the lease runs out.
 */
public final class Leases {

    private final Database database;
    private final Clock clock;
    private final String holder = UUID.randomUUID().toString();

    public Leases(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Takes or renews the lease for {@code length}; false while another instance holds it. */
    public boolean hold(String name, Duration length) {
        Instant now = clock.instant();
        Object until = now.plus(length).atOffset(ZoneOffset.UTC);
        // renewing is the common case; the insert only ever succeeds once per name
        return database.inTransaction(em -> em.createNativeQuery("update leases set holder = ?1, held_until = ?2 "
                        + "where name = ?3 and (holder = ?1 or held_until < ?4)")
                .setParameter(1, holder).setParameter(2, until).setParameter(3, name).setParameter(4, now)
                .executeUpdate() == 1
                || Database.insertOnce(em, "insert into leases (name, holder, held_until) values (?, ?, ?)",
                        name, holder, until));
    }
}
