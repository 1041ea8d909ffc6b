package io.odigos.community.feedback;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.SlackText;
import java.util.List;

/** Feedback's part of the digests: what shipped (with its votes), which bugs were fixed, what members want most. */
final class FeedbackDigest {

    static final int SHOWN = 8;
    static final int TOP_OPEN = 5;

    private final FeedbackService service;

    FeedbackDigest(FeedbackService service) {
        this.service = service;
    }

    List<DigestSection> sections() {
        return List.of(
                DigestSection.of("feedback.shipped", "Shipped", p -> shipped(p, FeedbackKind.FEATURE,
                        "See everything shipped and planned with `/roadmap`.")),
                DigestSection.of("feedback.fixed", "Bugs fixed", p -> shipped(p, FeedbackKind.BUG,
                        "Thanks to everyone who reported them.")),
                DigestSection.of("feedback.top", "Most wanted", this::mostWanted));
    }

    private List<LayoutBlock> shipped(DigestPeriod period, FeedbackKind kind, String footer) {
        List<ItemSummary> items = service.shipped(kind, period.from(), period.to(), SHOWN + 1);
        if (items.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder();
        items.stream().limit(SHOWN).forEach(item -> text.append(kind.emoji()).append(" *")
                .append(SlackText.escape(item.title())).append("* (#").append(item.id()).append(") · ")
                .append(FeedbackViews.votes(item))
                .append(item.communityVoted() ? " · :ballot_box_with_check: community-voted" : "").append('\n'));
        if (items.size() > SHOWN) {
            text.append("…and more.\n");
        }
        return List.of(BlockKit.section(text.toString()), BlockKit.context(footer));
    }

    private List<LayoutBlock> mostWanted(DigestPeriod period) {
        List<ItemSummary> top = service.list(Listing.TOP, null, null, TOP_OPEN);
        if (top.isEmpty() || top.get(0).totalVotes() == 0) {
            return List.of();
        }
        StringBuilder text = new StringBuilder();
        top.stream().filter(item -> item.totalVotes() > 0).forEach(item -> text.append(item.kind().emoji()).append(" *")
                .append(SlackText.escape(item.title())).append("* (#").append(item.id()).append(") · ")
                .append(FeedbackViews.votes(item)).append(" · ").append(item.status().label()).append('\n'));
        return List.of(BlockKit.section(text.toString()),
                BlockKit.context("Add your vote, or your own idea, with `/requests` and `/feedback`."));
    }
}
