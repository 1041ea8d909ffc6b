package io.odigos.community.knowledge;

import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who reviews knowledge base entries: the community admins and the members named in KB_REVIEWERS (maintainers,
 * Champions). Workspace admins may decide too, but only the named ones are sent each entry.
 */
final class Reviewers {

    private final Members members;
    private final Set<String> named;
    private final List<String> asked;

    Reviewers(Members members, List<String> configuredAdmins, List<String> kbReviewers) {
        this.members = members;
        this.named = Set.copyOf(kbReviewers);
        Set<String> everyone = new LinkedHashSet<>(configuredAdmins);
        everyone.addAll(kbReviewers);
        this.asked = List.copyOf(everyone);
    }

    boolean isReviewer(String memberId) {
        return named.contains(memberId) || members.isAdmin(memberId);
    }

    /** Refuses, with the words they see, anyone who may not decide on entries. */
    void require(String memberId) {
        if (!isReviewer(memberId)) {
            throw new Refusal(KnowledgeMessages.notAReviewer());
        }
    }

    /** The reviewers each new or resubmitted entry is sent to. */
    List<String> asked() {
        return asked;
    }
}
