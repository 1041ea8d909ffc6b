package io.odigos.community.recognition;

import io.odigos.community.core.Refusal;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.SlackText;
import io.odigos.community.slack.SlackRoutes;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/** Slack's side of recognition: /profile, GitHub linking, and the admin's contribution and badge subcommands. */
public final class RecognitionListeners {

    public static final String PROFILE = "/profile";

    public static final String LEADERBOARD = "/leaderboard";
    public static final String CHAMPIONS = "/champions";

    private final RecognitionService service;
    private final GitHubContributions github;
    private final Badges badges;
    private final RecognitionViews views;
    private final Leaderboard leaderboard;
    private final Spotlight spotlight;
    private final Champions champions;
    private final SlackOutbox outbox;
    private final Clock clock;
    private final Modals modals;
    private final Optional<GitHubOAuth> githubOAuth;

    RecognitionListeners(RecognitionService service, GitHubContributions github, Badges badges, RecognitionViews views,
                         Leaderboard leaderboard, Spotlight spotlight, Champions champions, SlackOutbox outbox,
                         Clock clock, Modals modals, Optional<GitHubOAuth> githubOAuth) {
        this.service = service;
        this.github = github;
        this.badges = badges;
        this.views = views;
        this.leaderboard = leaderboard;
        this.spotlight = spotlight;
        this.champions = champions;
        this.outbox = outbox;
        this.clock = clock;
        this.modals = modals;
        this.githubOAuth = githubOAuth;
    }

    void register(SlackRoutes routes) {
        routes.command(PROFILE, (req, ctx) -> {
            String user = req.getPayload().getUserId();
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
            if (text.startsWith("github")) {
                String login = text.substring("github".length()).strip();
                if (githubOAuth.isPresent()) {
                    // with OAuth set up, a login is linked only when GitHub vouches for it
                    return ctx.ack(r -> r.responseType("ephemeral").text("Connect GitHub")
                            .blocks(views.connectGithub(githubOAuth.get().connectUrl(user), !login.isEmpty())));
                }
                int credited = github.linkGithub(user, login);
                return ctx.ack(":link: Linked GitHub " + login.replaceFirst("^@", "") + " to you"
                        + (credited > 0 ? "; " + credited + " earlier contributions are now credited to you." : "."));
            }
            if (text.startsWith("badges")) {
                return ctx.ack(views.catalogue(service.config().badges()));
            }
            Matcher m = SlackText.USER_MENTION.matcher(text);
            String who = m.find() ? m.group(1) : user;
            return ctx.ack(r -> r.responseType("ephemeral").text("Profile")
                    .blocks(views.profile(service.profile(who), who.equals(user), champions.isChampion(who))));
        });
        routes.command(LEADERBOARD, (req, ctx) -> {
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip().toLowerCase(Locale.ROOT);
            Leaderboard.Window window = switch (text) {
                case "quarter" -> Leaderboard.Window.QUARTER;
                case "all", "all-time" -> Leaderboard.Window.ALL;
                default -> Leaderboard.Window.MONTH;
            };
            return ctx.ack(views.leaderboard(window, leaderboard.top(window, clock.instant(), 10), service.config()));
        });
        routes.command(CHAMPIONS, (req, ctx) -> {
            String user = req.getPayload().getUserId();
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
            if (text.startsWith("nominate")) {
                String[] parts = mentionAndRest(text.substring("nominate".length()).strip());
                champions.nominate(user, parts[0], parts[1]);
                return ctx.ack(":star2: Thank you! The admins will look at your nomination of <@" + parts[0] + ">.");
            }
            List<String> all = champions.champions();
            return ctx.ack(":star2: *Odigos Champions*: " + (all.isEmpty() ? "none yet."
                    : String.join(", ", all.stream().map(m -> "<@" + m + ">").toList())) + "\n" + ChampionMessages.rubric());
        });
        routes.blockAction(Champions.CONFIRM, (req, ctx) -> {
            String admin = req.getPayload().getUser().getId();
            String member = req.getPayload().getActions().get(0).getValue();
            String reply;
            try {
                champions.confirm(admin, member);
                reply = ":star2: <@" + member + "> is now an Odigos Champion.";
            } catch (Refusal e) {
                reply = e.getMessage();
            }
            outbox.send(OutgoingMessage.dm(admin, reply, null));
            return ctx.ack();
        });
        routes.blockAction(RecognitionViews.CONNECT_GITHUB, (req, ctx) -> ctx.ack()); // the browser opens the URL
        routes.blockAction(Spotlight.APPROVE, (req, ctx) -> spotlightClick(req, ctx, true));
        routes.blockAction(Spotlight.PICK_ANOTHER, (req, ctx) -> spotlightClick(req, ctx, false));
        routes.viewSubmission(RecognitionViews.CONTRIBUTION_CALLBACK, (req, ctx) -> {
            ModalValues v = new ModalValues(req.getPayload().getView().getState());
            return ModalSubmission.answer(ctx, RecognitionViews.TITLE, () -> {
                service.recordManual(req.getPayload().getUser().getId(), v.get(RecognitionViews.MEMBER),
                        ContributionKind.parse(v.get(RecognitionViews.KIND)).orElse(null), v.text(RecognitionViews.TITLE),
                        v.text(RecognitionViews.LINK));
                return ctx.ack();
            });
        });
    }

    void registerAdmin(AdminCommands admin) {
        admin.add("Recognition", "contribution-new", "contribution-new", "record a talk, tutorial, mentoring... in a form", req -> {
            modals.open(req.triggerId(), views.contributionForm());
            return "";
        });
        admin.add("Recognition", "github-link", "github-link @member <login>", "fix a member's GitHub link; contributions move with it",
                req -> {
                    String[] parts = mentionAndRest(req.arguments());
                    int moved = github.relinkGithub(req.adminId(), parts[0], parts[1]);
                    return ":link: Linked " + parts[1] + " to <@" + parts[0] + ">; " + moved + " contributions moved.";
                });
        admin.add("Recognition", "badge-award", "badge-award @member <badge> <reason>", "award a badge by hand", req -> {
            String[] parts = mentionAndRest(req.arguments());
            String[] badgeAndReason = parts[1].split("\\s+", 2);
            badges.award(req.adminId(), parts[0], badgeAndReason[0], badgeAndReason.length > 1 ? badgeAndReason[1] : null);
            return ":medal: Awarded `" + badgeAndReason[0] + "` to <@" + parts[0] + ">.";
        });
        admin.add("Recognition", "badge-revoke", "badge-revoke @member <badge> <reason>", "take a badge back", req -> {
            String[] parts = mentionAndRest(req.arguments());
            String[] badgeAndReason = parts[1].split("\\s+", 2);
            badges.revoke(req.adminId(), parts[0], badgeAndReason[0], badgeAndReason.length > 1 ? badgeAndReason[1] : "");
            return "Revoked `" + badgeAndReason[0] + "` from <@" + parts[0] + ">.";
        });
        admin.add("Recognition", "badges", "badges", "the badge catalogue and its rules", req -> views.catalogue(service.config().badges()));
    }

    private com.slack.api.bolt.response.Response spotlightClick(com.slack.api.bolt.request.builtin.BlockActionRequest req,
                                                                com.slack.api.bolt.context.builtin.ActionContext ctx,
                                                                boolean approve) {
        String admin = req.getPayload().getUser().getId();
        String month = req.getPayload().getActions().get(0).getValue();
        String reply;
        try {
            if (approve) {
                spotlight.approve(month, admin);
                reply = SpotlightMessages.posted(month);
            } else {
                reply = SpotlightMessages.redrafted(spotlight.pickAnother(month, admin));
            }
        } catch (Refusal e) {
            reply = e.getMessage();
        }
        outbox.send(OutgoingMessage.dm(admin, reply, null));
        return ctx.ack();
    }

    /** "<@U123|ann> rest of the line" -> {U123, "rest of the line"}. */
    private static String[] mentionAndRest(String arguments) {
        Matcher m = SlackText.USER_MENTION.matcher(arguments);
        if (!m.find() || m.start() != 0) {
            throw new Refusal("Start with the member, e.g. `@ann`.");
        }
        String rest = arguments.substring(m.end()).strip();
        if (rest.isEmpty()) {
            throw new Refusal("Say what, after the member.");
        }
        return new String[] {m.group(1), rest};
    }
}
