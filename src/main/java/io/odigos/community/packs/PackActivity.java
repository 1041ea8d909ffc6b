package io.odigos.community.packs;

import io.odigos.community.core.Database;
import io.odigos.community.metrics.ActivityCounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The packs' lines under the metrics admins read: packs by where they stand, confirmations, installs. */
final class PackActivity implements ActivityCounts {

    /** "Recent" confirmations: the last 30 days. */
    static final Duration RECENT = Duration.ofDays(30);

    private final Database database;
    private final PacksStore store;

    PackActivity(Database database, PacksStore store) {
        this.database = database;
        this.store = store;
    }

    private record Found(Map<String, Long> packs, long pendingVersions, long[] confirmations, long[] fetches) {
    }

    @Override
    public List<Line> read(Instant now) {
        Found f = database.inTransaction(em -> new Found(store.packCounts(em), store.pendingVersions(em),
                store.confirmationCounts(em, now.minus(RECENT)), store.fetchTotals(em)));
        return List.of(
                new Line("Observability packs", f.packs().getOrDefault(PackStatus.PUBLISHED.name(), 0L) + " published, "
                        + f.pendingVersions() + " versions waiting for review, "
                        + f.packs().getOrDefault("HIDDEN", 0L) + " hidden, "
                        + f.packs().getOrDefault(PackStatus.DECLINED.name(), 0L) + " declined"),
                new Line("Works on my cluster", f.confirmations()[0] + " confirmations, " + f.confirmations()[1]
                        + " in the last " + RECENT.toDays() + " days"),
                new Line("Pack installs", f.fetches()[0] + " by kubectl, " + f.fetches()[1] + " other downloads"));
    }
}
