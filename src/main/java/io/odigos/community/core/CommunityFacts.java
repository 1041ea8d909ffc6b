package io.odigos.community.core;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Facts a feature records for others to read: "UALICE won the Best dashboard prize of hackathon 3". The recognition
 * feature turns them into badges without the hackathon code knowing about badges. Recording the same fact twice
 * (same type, member and reference) keeps one.
 */
public final class CommunityFacts {

    public static final String HACKATHON_PARTICIPANT = "hackathon.participant";
    public static final String HACKATHON_WINNER = "hackathon.winner";
    /** A member became a mentee: reference {@code pair:<id>}, detail the area, at the pair's start. */
    public static final String MENTORSHIP_MENTEE = "mentorship.mentee";
    /** Both members of a completed mentorship; reference {@code pair:<id>}, detail the area. */
    public static final String MENTORSHIP_COMPLETED = "mentorship.completed";
    /** A mentee's one line about their completed mentorship, for the spotlight; detail the line. */
    public static final String MENTORSHIP_TESTIMONIAL = "mentorship.testimonial";

    /** One recorded fact as another feature reads it. */
    public record Fact(String memberId, String reference, String detail, Instant occurredAt) {
    }

    /** Records the fact in the caller's transaction unless it is already known. */
    public void record(EntityManager em, String type, String memberId, String reference, String detail, Instant at) {
        em.createNativeQuery("insert into community_facts (fact_type, member_id, reference, detail, occurred_at) "
                        + "select ?1, ?2, ?3, ?4, ?5 from (values (1)) as one (x) where not exists (select 1 from "
                        + "community_facts f where f.fact_type = ?1 and f.member_id = ?2 and f.reference = ?3)")
                .setParameter(1, type).setParameter(2, memberId).setParameter(3, reference).setParameter(4, detail)
                .setParameter(5, at).executeUpdate();
    }

    /** Members with a fact of this type about this reference. */
    public List<String> members(EntityManager em, String type, String reference) {
        return em.createNativeQuery("select member_id from community_facts where fact_type = ?1 and reference = ?2 "
                + "order by member_id", String.class).setParameter(1, type).setParameter(2, reference).getResultList();
    }

    /** The latest fact of this type recorded in [from, to), if any. */
    public Optional<Fact> latest(EntityManager em, String type, Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("select member_id, reference, detail, occurred_at from community_facts "
                        + "where fact_type = ?1 and occurred_at >= ?2 and occurred_at < ?3 order by occurred_at desc, id desc")
                .setParameter(1, type).setParameter(2, from).setParameter(3, to).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0); // read into the record at once: callers never see the row
        return Optional.of(new Fact(String.valueOf(r[0]), String.valueOf(r[1]), r[2] == null ? null : String.valueOf(r[2]),
                SqlValues.instant(r[3])));
    }
}
