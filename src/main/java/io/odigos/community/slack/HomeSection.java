package io.odigos.community.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A feature's part of a member's App Home tab. */
public interface HomeSection {

    /** Blocks for this member; at most {@link #maxBlocks()} of them. */
    List<LayoutBlock> blocks(String userId);

    /** This section's share of the Home tab's 100 blocks. */
    int maxBlocks();
}
