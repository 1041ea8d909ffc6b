package io.odigos.community.mentorship;

import jakarta.persistence.EntityManager;

/**
 * How a completed mentorship reaches the contribution ledger: the mentor's MENTORING contribution, written in the
 * completing transaction and once per {@code reference}. Recognition implements it; the programme does not know the
 * ledger's tables.
 */
@FunctionalInterface
public interface MentoringCredit {

    void credit(EntityManager em, String mentorId, String title, String link, String reference);
}
