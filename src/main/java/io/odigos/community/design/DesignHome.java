package io.odigos.community.design;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.HomeSection;
import java.util.ArrayList;
import java.util.List;

/** Design on the App Home tab: what is open for feedback now, and the member's own documents and brainstorms. */
final class DesignHome implements HomeSection {

    static final int OPEN = 5;
    static final int MINE = 3;

    private final DesignDocuments documents;

    DesignHome(DesignDocuments documents) {
        this.documents = documents;
    }

    @Override
    public List<LayoutBlock> blocks(String userId) {
        List<DesignDocument> open = documents.open(OPEN);
        List<DesignDocument> mine = documents.byAuthor(userId, MINE);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Open for feedback"));
        blocks.add(BlockKit.section(open.isEmpty() ? "No design documents or brainstorms are open right now."
                : DesignViews.lines(open)));
        if (!mine.isEmpty()) {
            blocks.add(BlockKit.section("*Yours*\n" + DesignViews.lines(mine)));
        }
        blocks.add(BlockKit.context(DesignMessages.help()));
        return blocks;
    }

    @Override
    public int maxBlocks() {
        return 4;
    }
}
