package io.odigos.community.ownership;

import static io.odigos.community.ownership.OwnershipMessages.mention;
import static io.odigos.community.ownership.OwnershipMessages.what;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.Database;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.SlackText;
import java.util.ArrayList;
import java.util.List;

/** Ownership's part of the digests: members who started leading something in the period, and owned items shipped. */
final class OwnershipDigest {

    static final String KEY = "ownership";
    static final int SHOWN = 8;

    private final Database database;
    private final OwnershipStore store;

    OwnershipDigest(Database database, OwnershipStore store) {
        this.database = database;
        this.store = store;
    }

    DigestSection section() {
        return DigestSection.of(KEY, "Feature owners", this::render);
    }

    private record Found(List<Claim> approved, List<Claim> shipped) {
    }

    private List<LayoutBlock> render(DigestPeriod period) {
        Found found = database.inTransaction(em -> new Found(
                store.approvedBetween(em, period.from(), period.to(), SHOWN + 1),
                store.shippedBetween(em, period.from(), period.to(), SHOWN + 1)));
        List<String> lines = new ArrayList<>();
        if (!found.approved().isEmpty()) {
            lines.add(":raising_hand: *New owners:* " + SlackText.listed(found.approved(), SHOWN,
                    c -> mention(c.memberId()) + " leads " + what(c)));
        }
        if (!found.shipped().isEmpty()) {
            lines.add(":rocket: *Shipped by their owners:* " + SlackText.listed(found.shipped(), SHOWN,
                    c -> what(c) + ", led by " + mention(c.memberId())));
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        return List.of(BlockKit.section(String.join("\n", lines)),
                BlockKit.context("Lead a planned item with `" + OwnershipMessages.COMMAND + " <request id>`."));
    }
}
