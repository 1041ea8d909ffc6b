package io.odigos.community.packs;

import io.odigos.community.releases.CurrentRelease;
import io.odigos.community.releases.OdigosVersion;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link PackSummary}s for a page of packs in a handful of queries, whatever the page's size. */
public final class PackSummaries {

    /** Best first: by ranking score, then by the newest publication. */
    public static final Comparator<PackSummary> BEST_FIRST = Comparator.comparingDouble(PackSummary::score).reversed()
            .thenComparing(s -> s.pack().publishedAt(), Comparator.nullsLast(Comparator.reverseOrder()));

    private final PacksStore store;
    private final Publishers publishers;
    private final CurrentRelease release;

    PackSummaries(PacksStore store, Publishers publishers, CurrentRelease release) {
        this.store = store;
        this.publishers = publishers;
        this.release = release;
    }

    /** The summaries of {@code packs}, in their order. */
    public List<PackSummary> of(EntityManager em, List<Pack> packs) {
        if (packs.isEmpty()) {
            return List.of();
        }
        List<Long> ids = packs.stream().map(Pack::id).toList();
        Map<Long, PacksStore.RatingTotals> ratings = store.ratings(em, ids);
        Map<Long, Map<String, Long>> confirmations = store.confirmations(em, ids);
        Map<Long, PackVersion> latest = store.latestPublished(em, ids);
        Map<Long, long[]> fetches = store.fetches(em, ids);
        Optional<OdigosVersion> current = release.known();
        return packs.stream().map(p -> {
            PacksStore.RatingTotals r = ratings.getOrDefault(p.id(), PacksStore.RatingTotals.NONE);
            Map<String, Long> confirmed = confirmations.getOrDefault(p.id(), Map.of());
            long recent = current.map(c -> confirmed.entrySet().stream()
                    .filter(e -> PackRanking.recent(c, e.getKey())).mapToLong(Map.Entry::getValue).sum()).orElse(0L);
            long[] counts = fetches.getOrDefault(p.id(), new long[2]);
            return new PackSummary(p, Optional.ofNullable(latest.get(p.id())), r.count(),
                    r.count() == 0 ? 0 : PackRanking.stars(r.count(), r.stars()), confirmed, counts[0], counts[1],
                    publishers.verified(p.authorId()), PackRanking.score(r.count(), r.stars(), recent),
                    PackRanking.untestedOnRecent(current, confirmed.keySet()));
        }).toList();
    }

    public PackSummary of(EntityManager em, Pack pack) {
        return of(em, List.of(pack)).get(0);
    }
}
