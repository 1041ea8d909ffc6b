package io.odigos.community.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Home tab's sections together never claim more than Slack's 100 blocks: an overflowing one is refused. */
class HomeTabBudgetTest {

    record Section(int maxBlocks) implements HomeSection {
        @Override
        public List<LayoutBlock> blocks(String userId) {
            return List.of();
        }
    }

    @Test
    void aSectionThatNoLongerFitsIsRefusedWithTheNumbers() {
        HomeTab tab = new HomeTab(null, null);
        tab.add(new Section(60));
        tab.add(new Section(35)); // 2 welcome + 61 + 36 = 99
        assertEquals(99, tab.blocksAtMost());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> tab.add(new Section(1)));
        assertTrue(refused.getMessage().contains("up to 101 blocks"), refused.getMessage());
        assertEquals(99, tab.blocksAtMost(), "the refused section is not added");
    }
}
