package io.odigos.community.knowledge;

import io.odigos.community.recognition.ContributionKind;

/** What an entry is; a published one credits its author as a tutorial or as documentation. */
public enum EntryKind {
    TUTORIAL("Tutorial", ContributionKind.TUTORIAL),
    GUIDE("Guide", ContributionKind.TUTORIAL),
    BEST_PRACTICE("Best practice", ContributionKind.DOCUMENTATION),
    WORKSHOP("Workshop material", ContributionKind.TUTORIAL);

    private final String label;
    private final ContributionKind credit;

    EntryKind(String label, ContributionKind credit) {
        this.label = label;
        this.credit = credit;
    }

    public String label() {
        return label;
    }

    /** The contribution its author gets when it is published. */
    public ContributionKind credit() {
        return credit;
    }

    /** Tutorials and guides count towards the "20 community tutorials in 6 months" goal. */
    public boolean isTutorial() {
        return this == TUTORIAL || this == GUIDE;
    }
}
