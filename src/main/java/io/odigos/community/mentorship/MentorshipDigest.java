package io.odigos.community.mentorship;

import static io.odigos.community.mentorship.MentorshipMessages.mention;
import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.Database;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.SlackText;
import java.util.ArrayList;
import java.util.List;

/**
 * Mentorship's part of the digests: the pairs that started in the period, the mentorships completed in it, and the
 * areas where mentees wait with no mentor free as the digest is drafted ("Mentors needed: eBPF (2 waiting)").
 */
final class MentorshipDigest {

    static final String KEY = "mentorship";
    /** Pairs, completions and areas listed at most, each; beyond them the line says "and more". */
    static final int SHOWN = 8;

    private final Database database;
    private final MentorshipStore store;

    MentorshipDigest(Database database, MentorshipStore store) {
        this.database = database;
        this.store = store;
    }

    DigestSection section() {
        return DigestSection.of(KEY, "Mentorship", this::render);
    }

    private record Found(List<Pair> started, List<Pair> completed, List<MentorshipStore.AreaNeed> needed) {
    }

    private List<LayoutBlock> render(DigestPeriod period) {
        Found found = database.inTransaction(em -> new Found(
                store.startedBetween(em, period.from(), period.to(), SHOWN + 1),
                store.completedBetween(em, period.from(), period.to(), SHOWN + 1),
                store.waitingByArea(em, SHOWN + 1)));
        List<String> lines = new ArrayList<>();
        if (!found.started().isEmpty()) {
            lines.add(":handshake: *New pairs:* " + SlackText.listed(found.started(), SHOWN,
                    p -> mention(p.mentorId()) + " mentors " + mention(p.menteeId()) + " in " + escape(p.area())));
        }
        if (!found.completed().isEmpty()) {
            lines.add(":mortar_board: *Mentorships completed:* " + SlackText.listed(found.completed(), SHOWN,
                    p -> mention(p.mentorId()) + " and " + mention(p.menteeId()) + " in " + escape(p.area())));
        }
        if (!found.needed().isEmpty()) {
            lines.add(":raising_hand: *Mentors needed:* " + SlackText.listed(found.needed(), SHOWN,
                    n -> escape(n.area()) + " (" + n.waiting() + " waiting)"));
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        return List.of(BlockKit.section(String.join("\n", lines)),
                BlockKit.context("Become a mentor, or find one, with `" + MentorshipMessages.COMMAND + "`."));
    }

    /** At most {@link #SHOWN} of the items, comma-separated; the store fetched one more to tell whether there are. */
}
