package io.odigos.community.packs;

import jakarta.persistence.EntityManager;

/**
 * How a published pack reaches the contribution ledger: a PACK contribution of its author, written in the publishing
 * transaction and once per {@code reference} (a later version is not a second pack). Recognition implements it.
 */
@FunctionalInterface
public interface PackCredit {

    void credit(EntityManager em, String authorId, String name, String link, String reference);
}
