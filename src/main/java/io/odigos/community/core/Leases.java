package io.odigos.community.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time-limited leases in the database, so that with several instances one at a time does a piece of work (such as
 * posting a new item to the channel, which must happen once). The holder renews its lease on every pass; when it stops
 * (a crash), another instance takes over once the lease runs out.
 */
public final class Leases {

    private final Database database;
    private final Clock clock;
    private final String holder = UUID.randomUUID().toString();
    /** Until when this instance holds each lease it took, so a lease with half its time left is not renewed yet. */
    private final Map<String, Instant> heldUntil = new ConcurrentHashMap<>();

    public Leases(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Takes or renews the lease for {@code length}; false while another instance holds it. */
    public boolean hold(String name, Duration length) {
        Instant now = clock.instant();
        Instant held = heldUntil.get(name);
        if (held != null && now.isBefore(held.minus(length.dividedBy(2)))) {
            return true; // held for a while yet: no need to write to the database on every pass
        }
        Instant newUntil = now.plus(length);
        Object until = newUntil.atOffset(ZoneOffset.UTC);
        // renewing is the common case; the insert only ever succeeds once per name
        boolean holding = database.inTransaction(em -> em.createNativeQuery("update leases set holder = ?1, held_until = ?2 "
                        + "where name = ?3 and (holder = ?1 or held_until < ?4)")
                .setParameter(1, holder).setParameter(2, until).setParameter(3, name).setParameter(4, now)
                .executeUpdate() == 1
                || Database.insertOnce(em, "insert into leases (name, holder, held_until) values (?, ?, ?)",
                        name, holder, until));
        if (holding) {
            heldUntil.put(name, newUntil);
        } else {
            heldUntil.remove(name);
        }
        return holding;
    }

    /** Gives the lease up if this instance holds it, so another takes over at once rather than when it runs out. */
    public void release(String name) {
        heldUntil.remove(name);
        database.runInTransaction(em -> em.createNativeQuery("delete from leases where name = ?1 and holder = ?2")
                .setParameter(1, name).setParameter(2, holder).executeUpdate());
    }
}
