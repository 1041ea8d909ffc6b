package io.odigos.community.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.function.Function;

/**
 * A feature's part of the bi-weekly update and the monthly newsletter. The digest asks every section for the period
 * and leaves out the ones with nothing to say, so a new feature adds its section without touching the digest.
 */
public interface DigestSection {

    /** A stable name, e.g. "feedback.shipped": what an admin's edit of a draft refers to. */
    String key();

    /** The heading shown above the section, and next to its checkbox when an admin edits a draft. */
    String title();

    /** The section's blocks for the period (at most {@link DigestPeriod#SECTION_BLOCKS}); empty leaves it out. */
    List<LayoutBlock> render(DigestPeriod period);

    static DigestSection of(String key, String title, Function<DigestPeriod, List<LayoutBlock>> render) {
        return new DigestSection() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public List<LayoutBlock> render(DigestPeriod period) {
                return render.apply(period);
            }
        };
    }
}
