package io.odigos.community.labs;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.Database;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.HomeSection;
import java.util.ArrayList;
import java.util.List;

/** Labs on the Home tab: the betas the member tries (with *Give feedback*) and the ones they can join. */
final class LabsHome implements HomeSection {

    static final int MINE = 3;
    static final int JOINABLE = 3;

    private final Database database;
    private final LabsStore store;

    LabsHome(Database database, LabsStore store) {
        this.database = database;
        this.store = store;
    }

    private record Found(List<Beta> mine, List<Beta> open) {
    }

    @Override
    public List<LayoutBlock> blocks(String userId) {
        Found found = database.inTransaction(em -> new Found(store.joinedBy(em, userId, MINE),
                store.open(em, MINE + JOINABLE)));
        List<Long> mine = found.mine().stream().map(Beta::id).toList();
        List<Beta> joinable = found.open().stream().filter(b -> !mine.contains(b.id())).limit(JOINABLE).toList();
        if (mine.isEmpty() && joinable.isEmpty()) {
            return List.of();
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Odigos Labs"));
        found.mine().forEach(b -> blocks.add(BlockKit.section("*You try* " + LabsViews.line(b),
                BlockKit.button("Give feedback", LabsMessages.GIVE_FEEDBACK, Long.toString(b.id())))));
        joinable.forEach(b -> blocks.add(LabsViews.betaLine(b, false)));
        blocks.add(BlockKit.context("Every beta, and leaving one: `" + LabsMessages.COMMAND + "`."));
        return blocks;
    }

    @Override
    public int maxBlocks() {
        return MINE + JOINABLE + 2;
    }
}
