package io.odigos.community.mentorship;

import io.odigos.community.core.SqlValues;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The check-in tables (mentorship_check_ins and their answers), in native SQL read into records: they have no entity,
 * because nothing but these few statements touches them. The pair's own columns stay with {@link Pair}.
 */
final class CheckInStore {

    /** One check-in asked of a pair: its number within the pair and when it was asked. */
    record CheckIn(long id, long pairId, int round, Instant askedAt) {
    }

    /** Active, introduced pairs whose check-in is due, soonest first: the sweep's work list. */
    List<Long> duePairs(EntityManager em, Instant now, int limit) {
        List<?> ids = em.createNativeQuery("select id from mentorship_pairs where ended_at is null "
                        + "and group_dm is not null and next_check_in_at <= ?1 order by next_check_in_at, id")
                .setParameter(1, now).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    Optional<CheckIn> latest(EntityManager em, long pairId) {
        return read(em.createNativeQuery("select id, pair_id, round_number, asked_at from mentorship_check_ins "
                + "where pair_id = ?1 order by round_number desc").setParameter(1, pairId).setMaxResults(1));
    }

    Optional<CheckIn> checkIn(EntityManager em, long id) {
        return read(em.createNativeQuery("select id, pair_id, round_number, asked_at from mentorship_check_ins "
                + "where id = ?1").setParameter(1, id));
    }

    /** Asks round {@code round}; the unique (pair, round) key refuses a second asking of the same round. */
    CheckIn insert(EntityManager em, long pairId, int round, Instant at) {
        em.createNativeQuery("insert into mentorship_check_ins (pair_id, round_number, asked_at) values (?1, ?2, ?3)")
                .setParameter(1, pairId).setParameter(2, round).setParameter(3, at).executeUpdate();
        return read(em.createNativeQuery("select id, pair_id, round_number, asked_at from mentorship_check_ins "
                + "where pair_id = ?1 and round_number = ?2").setParameter(1, pairId).setParameter(2, round))
                .orElseThrow();
    }

    boolean answered(EntityManager em, long checkInId) {
        return !em.createNativeQuery("select member_id from mentorship_check_in_answers where check_in_id = ?1")
                .setParameter(1, checkInId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The member's answer, replacing what they answered before to the same check-in. */
    void answer(EntityManager em, long checkInId, String memberId, CheckInAnswer answer, Instant at) {
        em.createNativeQuery("delete from mentorship_check_in_answers where check_in_id = ?1 and member_id = ?2")
                .setParameter(1, checkInId).setParameter(2, memberId).executeUpdate();
        em.createNativeQuery("insert into mentorship_check_in_answers (check_in_id, member_id, answer, answered_at) "
                        + "values (?1, ?2, ?3, ?4)")
                .setParameter(1, checkInId).setParameter(2, memberId).setParameter(3, answer.name())
                .setParameter(4, at).executeUpdate();
    }

    private static Optional<CheckIn> read(Query query) {
        List<?> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0); // read into the record at once: callers never see the row
        return Optional.of(new CheckIn(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue(), SqlValues.instant(r[3])));
    }
}
