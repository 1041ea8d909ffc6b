package io.odigos.community.recognition;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.HomeSection;
import java.util.ArrayList;
import java.util.List;

/** The member's badges, contributions and points on the App Home tab. */
final class RecognitionHome implements HomeSection {

    private final RecognitionService service;
    private final RecognitionViews views;
    private final Champions champions;

    RecognitionHome(RecognitionService service, RecognitionViews views, Champions champions) {
        this.service = service;
        this.views = views;
        this.champions = champions;
    }

    @Override
    public List<LayoutBlock> blocks(String userId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Your profile"));
        blocks.addAll(views.profile(service.profile(userId), true, champions.isChampion(userId)));
        return blocks;
    }

    @Override
    public int maxBlocks() {
        return 4;
    }
}
