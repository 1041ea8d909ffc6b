package io.odigos.community.knowledge;

import io.odigos.community.recognition.ContributionKind;
import jakarta.persistence.EntityManager;

/**
 * How a published entry reaches the contribution ledger: its author's contribution of the entry kind's
 * {@link EntryKind#credit()}, written in the publishing transaction and once per {@code reference}. Recognition
 * implements it; the knowledge base does not know the ledger's tables.
 */
@FunctionalInterface
public interface KnowledgeCredit {

    void credit(EntityManager em, String authorId, ContributionKind kind, String title, String link, String reference);
}
