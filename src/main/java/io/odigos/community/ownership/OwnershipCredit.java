package io.odigos.community.ownership;

import jakarta.persistence.EntityManager;

/**
 * How an owned item that shipped reaches the contribution ledger: the owner's FEATURE contribution, written in the
 * status change's transaction and once per {@code reference}. Recognition implements it; ownership does not know the
 * ledger's tables.
 */
@FunctionalInterface
public interface OwnershipCredit {

    void credit(EntityManager em, String ownerId, String title, String reference);
}
