package io.odigos.community.recognition;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestSection;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Recognition's part of the digests: contributions and who made them, new badges, and the month's spotlight. */
final class RecognitionDigest {

    static final int THANKED = 10;
    static final int BADGES_SHOWN = 10;

    private final RecognitionService service;
    private final Leaderboard leaderboard;
    private final Spotlight spotlight;

    RecognitionDigest(RecognitionService service, Leaderboard leaderboard, Spotlight spotlight) {
        this.service = service;
        this.leaderboard = leaderboard;
        this.spotlight = spotlight;
    }

    List<DigestSection> sections() {
        return List.of(
                DigestSection.of("recognition.spotlight", "Top contributor of the month", this::spotlight),
                DigestSection.of("recognition.contributions", "Community contributions", this::contributions),
                DigestSection.of("recognition.badges", "New badges", this::badges));
    }

    private List<LayoutBlock> spotlight(DigestPeriod period) {
        if (!period.isNewsletter()) {
            return List.of();
        }
        YearMonth month = YearMonth.from(period.from().atZone(period.zone()));
        return spotlight.posted(month).map(member -> List.<LayoutBlock>of(BlockKit.section(":star2: <@" + member
                + "> was " + month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + "'s top contributor. Thank you!"))).orElse(List.of());
    }

    private List<LayoutBlock> contributions(DigestPeriod period) {
        Map<ContributionKind, Long> byKind = service.contributionsByKind(period.from(), period.to());
        if (byKind.isEmpty()) {
            return List.of();
        }
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        String kinds = byKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label().toLowerCase())
                .collect(Collectors.joining(", "));
        List<Leaderboard.Entry> people = leaderboard.between(period.from(), period.to());
        String thanks = people.stream().limit(THANKED).map(e -> "<@" + e.memberId() + ">").collect(Collectors.joining(" "));
        String text = ":raised_hands: *" + total + "* contribution" + (total == 1 ? "" : "s") + ": " + kinds + "."
                + (thanks.isEmpty() ? "" : "\nThank you " + thanks + (people.size() > THANKED ? " and "
                + (people.size() - THANKED) + " more" : "") + "!");
        return List.of(BlockKit.section(text), BlockKit.context("Your work on GitHub counts: link your login with "
                + "`/profile github <login>`."));
    }

    private List<LayoutBlock> badges(DigestPeriod period) {
        List<RecognitionService.AwardedBadge> awarded = service.badgesAwarded(period.from(), period.to(), BADGES_SHOWN + 1);
        if (awarded.isEmpty()) {
            return List.of();
        }
        String text = awarded.stream().limit(BADGES_SHOWN).map(a -> a.badge().display() + " <@" + a.memberId() + ">")
                .collect(Collectors.joining("\n")) + (awarded.size() > BADGES_SHOWN ? "\n…and more." : "");
        return List.of(BlockKit.section(text));
    }
}
