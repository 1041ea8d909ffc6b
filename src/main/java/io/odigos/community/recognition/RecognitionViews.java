package io.odigos.community.recognition;

import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.core.WebLinks;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.SlackText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Block Kit for recognition: a member's profile, the badge catalogue, the admin's contribution form. */
final class RecognitionViews {

    static final String CONTRIBUTION_CALLBACK = "recognition_contribution";
    static final String MEMBER = "member";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String LINK = "link";
    static final String INPUT = "value";
    static final String CONNECT_GITHUB = "recognition_connect_github";

    /** Whether members prove their GitHub login through OAuth, or claim it by typing it. */
    private final boolean githubOAuth;

    RecognitionViews(boolean githubOAuth) {
        this.githubOAuth = githubOAuth;
    }

    List<LayoutBlock> profile(RecognitionService.Profile p, boolean own, boolean champion) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section((champion ? ":star2: *" + Champions.TITLE + "*\n" : "")
                + (own ? "*Your contributions*" : "*Contributions of <@" + p.memberId() + ">*")
                + " · " + p.points() + " points"
                + p.githubLogin().map(l -> " · GitHub: " + l + (p.githubVerified() ? " (verified)" : " (not verified)"))
                        .orElse(own ? " · link your GitHub: `/profile github" + (githubOAuth ? "`" : " <login>`") : "")));
        blocks.add(BlockKit.section(p.badges().isEmpty() ? "_No badges yet._"
                : p.badges().stream().map(Badge::display).collect(Collectors.joining("   "))));
        if (!p.recent().isEmpty()) {
            blocks.add(BlockKit.section("*Latest contributions*\n" + p.recent().stream().map(RecognitionViews::line)
                    .collect(Collectors.joining("\n"))));
        }
        blocks.add(BlockKit.context(p.contributions().isEmpty() ? "No contributions recorded yet."
                : p.contributions().entrySet().stream().map(e -> e.getKey().label() + ": " + e.getValue())
                .collect(Collectors.joining(" · "))));
        return blocks;
    }

    /** "• Talk: <link|title> · Dec 2, 2026", the title escaped and linked only to an http(s) address. */
    private static String line(RecognitionStore.RecentContribution c) {
        String title = SlackText.escape(SlackText.clip(c.title(), 150));
        String linked = WebLinks.isHttp(c.link()) ? "<" + c.link() + "|" + title + ">" : title;
        return "• " + c.kind().label() + ": " + linked + " · "
                + SlackText.date(c.occurredAt(), c.occurredAt().toString().substring(0, 10));
    }

    /** The Connect GitHub button; {@code typedLogin} when the member typed a login, which no longer links. */
    List<LayoutBlock> connectGithub(String connectUrl, boolean typedLogin) {
        return List.of(
                BlockKit.section((typedLogin ? "Typing a login does not link it: GitHub has to tell the bot it is yours. "
                        : "") + ":link: *Connect GitHub* opens GitHub, where you sign in and approve this app (it reads "
                        + "only your public profile). Your login is then linked to you, with the contributions it made "
                        + "before. The button is yours alone and works once, within "
                        + OAuthStates.LIFETIME.toMinutes() + " minutes."),
                BlockKit.actions(List.of(BlockKit.linkButton("Connect GitHub", CONNECT_GITHUB, connectUrl))));
    }

    String catalogue(List<Badge> badges) {
        StringBuilder b = new StringBuilder("*Badges and how to earn them*\n");
        badges.forEach(x -> b.append("• ").append(x.display()).append(" (`").append(x.id()).append("`): ")
                .append(escape(x.description())).append(" Earned by ").append(x.rule()).append(".\n"));
        return b.toString();
    }

    String leaderboard(Leaderboard.Window window, List<Leaderboard.Entry> top, RecognitionConfig config) {
        StringBuilder b = new StringBuilder(":trophy: *Top contributors, ").append(window.label()).append("*\n");
        if (top.isEmpty()) {
            b.append("_No contributions yet: be the first!_\n");
        }
        for (int i = 0; i < top.size(); i++) {
            Leaderboard.Entry e = top.get(i);
            b.append(i + 1).append(". <@").append(e.memberId()).append("> · ").append(e.points()).append(" points\n");
        }
        b.append("_Points: ").append(config.points().entrySet().stream().map(p -> p.getKey().label() + " " + p.getValue())
                .collect(Collectors.joining(", "))).append(". Ties: more kinds of contribution, then the earlier first one._");
        return b.toString();
    }

    View contributionForm() {
        List<LayoutBlock> blocks = List.of(
                BlockKit.input(MEMBER, "Who", false, BlockElements.usersSelect(u -> u.actionId(INPUT))),
                BlockKit.input(KIND, "Kind", false, BlockElements.staticSelect(s -> s.actionId(INPUT).options(Arrays.stream(
                        ContributionKind.values()).map(k -> option(plainText(k.label()), k.name())).toList()))),
                BlockKit.input(TITLE, "What (e.g. KubeCon talk on eBPF)", false, BlockElements.plainTextInput(p ->
                        p.actionId(INPUT).maxLength(ContributionDraft.MAX_TITLE))),
                BlockKit.input(LINK, "Link", true, BlockKit.link(INPUT, null)));
        return BlockKit.modal(CONTRIBUTION_CALLBACK, "Record contribution", "Record", null, blocks);
    }
}
