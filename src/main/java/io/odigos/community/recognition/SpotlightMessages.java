package io.odigos.community.recognition;

import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.core.CommunityFacts;
import io.odigos.community.slack.BlockKit;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The words of the spotlight: the admins' draft with its buttons, the answers to their clicks, the announcement. */
final class SpotlightMessages {

    private SpotlightMessages() {
    }

    static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    static String draft(YearMonth month, Leaderboard.Entry entry, Duration autoPostAfter,
                        Optional<CommunityFacts.Fact> testimonial) {
        return ":sparkles: Draft of the " + monthName(month) + " Top Contributor Spotlight: <@" + entry.memberId() + ">, "
                + entry.points() + " points across " + entry.kinds() + " kinds of contribution. It is posted when you "
                + "approve, or by itself in " + autoPostAfter.toHours() + " hours." + testimonialLine(testimonial);
    }

    /** A mentee's line about their mentorship, which they wrote for the spotlight; empty when the month has none. */
    static String testimonialLine(Optional<CommunityFacts.Fact> testimonial) {
        return testimonial.map(t -> "\n:seedling: From the mentorship programme, <@" + t.memberId() + ">: “"
                + escape(t.detail()) + "”").orElse("");
    }

    /** The draft with Approve and Pick someone else, as the admins get it. */
    static List<LayoutBlock> draftBlocks(YearMonth month, Leaderboard.Entry entry, Duration autoPostAfter,
                                         Optional<CommunityFacts.Fact> testimonial) {
        return List.of(BlockKit.section(draft(month, entry, autoPostAfter, testimonial)), BlockKit.actions(List.of(
                BlockKit.primaryButton("Approve", Spotlight.APPROVE, month.toString()),
                BlockKit.button("Pick someone else", Spotlight.PICK_ANOTHER, month.toString()))));
    }

    static String redrafted(String memberId) {
        return "Drafted <@" + memberId + "> instead; approve when ready.";
    }

    static String posted(String month) {
        return ":white_check_mark: Posted the " + month + " spotlight.";
    }

    static String announcement(YearMonth month, String member, Leaderboard.Entry entry,
                               Optional<CommunityFacts.Fact> testimonial) {
        return ":sparkles: *Top Contributor Spotlight, " + monthName(month) + "*: <@" + member + ">! "
                + entry.points() + " points across " + entry.kinds() + " kinds of contribution. Thank you!"
                + testimonialLine(testimonial);
    }
}
