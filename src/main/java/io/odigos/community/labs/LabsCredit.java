package io.odigos.community.labs;

import jakarta.persistence.EntityManager;

/**
 * How trying a beta reaches the contribution ledger: a member's BETA_TESTING contribution, written in the transaction
 * of their first feedback on the beta and once per {@code reference}. Recognition implements it; Labs does not know
 * the ledger's tables.
 */
@FunctionalInterface
public interface LabsCredit {

    void credit(EntityManager em, String memberId, String title, String reference);
}
