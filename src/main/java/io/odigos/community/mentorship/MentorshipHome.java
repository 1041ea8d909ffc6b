package io.odigos.community.mentorship;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.HomeSection;
import java.util.ArrayList;
import java.util.List;

/** The member's mentorship on the Home tab: their mentor or mentees, their open request, requests in their areas. */
final class MentorshipHome implements HomeSection {

    private final MentorSignUp signUp;

    MentorshipHome(MentorSignUp signUp) {
        this.signUp = signUp;
    }

    @Override
    public List<LayoutBlock> blocks(String userId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Mentorship"));
        List<LayoutBlock> status = MentorshipViews.status(signUp.standing(userId));
        blocks.addAll(status.isEmpty()
                ? List.of(BlockKit.section("Find a mentor for your first pull requests, or become one."))
                : status);
        blocks.add(BlockKit.context("`" + MentorshipMessages.COMMAND + "` to join, pause or leave"));
        return blocks;
    }

    @Override
    public int maxBlocks() {
        return 4;
    }
}
