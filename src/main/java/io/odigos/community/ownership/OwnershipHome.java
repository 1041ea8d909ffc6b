package io.odigos.community.ownership;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.Members;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.HomeSection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Ownership on the Home tab: the member's claims and their next check-in; for admins, the claims waiting on them. */
final class OwnershipHome implements HomeSection {

    static final int SHOWN = 10;

    private final Claims claims;
    private final Members members;

    OwnershipHome(Claims claims, Members members) {
        this.claims = claims;
        this.members = members;
    }

    @Override
    public List<LayoutBlock> blocks(String userId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Feature ownership"));
        List<Claim> mine = claims.mine(userId);
        blocks.add(BlockKit.section(mine.isEmpty()
                ? "Lead a planned roadmap item, or propose a plugin you will build."
                : mine.stream().map(OwnershipViews::ownLine).collect(Collectors.joining("\n"))));
        if (members.isAdmin(userId)) {
            List<Claim> waiting = claims.waitingForAdmins(SHOWN);
            if (!waiting.isEmpty()) {
                blocks.add(BlockKit.section("*Claims waiting for an admin*\n" + waiting.stream()
                        .map(OwnershipViews::adminLine).collect(Collectors.joining("\n"))));
            }
        }
        blocks.add(BlockKit.context(OwnershipMessages.help()));
        return blocks;
    }

    @Override
    public int maxBlocks() {
        return 4;
    }
}
