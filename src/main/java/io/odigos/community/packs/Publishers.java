package io.odigos.community.packs;

import java.util.List;
import java.util.function.Predicate;

/** Who publishes Verified packs: the maintainers PACKS_MAINTAINERS names and the community's Champions. */
public final class Publishers {

    private final List<String> maintainers;
    private final Predicate<String> champion;

    /** @param champion whether a member is a confirmed Champion (recognition's list) */
    public Publishers(List<String> maintainers, Predicate<String> champion) {
        this.maintainers = List.copyOf(maintainers);
        this.champion = champion;
    }

    /** Read when shown, so a new Champion's packs are Verified from then on, and a removed maintainer's no longer. */
    public boolean verified(String authorId) {
        return maintainers.contains(authorId) || champion.test(authorId);
    }
}
