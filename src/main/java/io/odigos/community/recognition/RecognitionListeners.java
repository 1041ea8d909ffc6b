package io.odigos.community.recognition;

import com.slack.api.methods.MethodsClient;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.SlackRoutes;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slack's side of recognition: /profile, GitHub linking, and the admin's contribution and badge subcommands. */
public final class RecognitionListeners {

    public static final String PROFILE = "/profile";
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(\\|[^>]*)?>");

    private final RecognitionService service;
    private final RecognitionViews views;
    private final MethodsClient slack;

    RecognitionListeners(RecognitionService service, RecognitionViews views, MethodsClient slack) {
        this.service = service;
        this.views = views;
        this.slack = slack;
    }

    void register(SlackRoutes routes) {
        routes.command(PROFILE, (req, ctx) -> {
            String user = req.getPayload().getUserId();
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
            try {
                if (text.startsWith("github")) {
                    String login = text.substring("github".length()).strip();
                    int credited = service.linkGithub(user, login);
                    return ctx.ack(":link: Linked GitHub " + login.replaceFirst("^@", "") + " to you"
                            + (credited > 0 ? "; " + credited + " earlier contributions are now credited to you." : "."));
                }
                if (text.startsWith("badges")) {
                    return ctx.ack(views.catalogue(service.config().badges()));
                }
                Matcher m = MENTION.matcher(text);
                String who = m.find() ? m.group(1) : user;
                return ctx.ack(r -> r.responseType("ephemeral").text("Profile")
                        .blocks(views.profile(service.profile(who), who.equals(user))));
            } catch (Refusal e) {
                return ctx.ack(e.getMessage());
            }
        });
        routes.app().viewSubmission(RecognitionViews.CONTRIBUTION_CALLBACK, (req, ctx) -> {
            ModalValues v = new ModalValues(req.getPayload().getView().getState());
            try {
                String member = v.get(RecognitionViews.MEMBER);
                if (member == null) {
                    return ctx.ack(r -> r.responseAction("errors").errors(Map.of(RecognitionViews.MEMBER, "Pick the member.")));
                }
                ContributionKind kind = ContributionKind.parse(v.get(RecognitionViews.KIND))
                        .orElseThrow(() -> new Refusal("Pick the kind of contribution."));
                service.recordManual(req.getPayload().getUser().getId(), member, kind, v.get(RecognitionViews.TITLE),
                        v.get(RecognitionViews.LINK));
                return ctx.ack();
            } catch (Refusal e) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of(RecognitionViews.TITLE, e.getMessage())));
            }
        });
    }

    void registerAdmin(AdminCommands admin) {
        admin.add("contribution-new", "contribution-new", "record a talk, tutorial, mentoring... in a form", req -> {
            try {
                var opened = slack.viewsOpen(r -> r.triggerId(req.triggerId()).view(views.contributionForm()));
                if (!opened.isOk()) {
                    throw new Refusal("Slack did not open the form (" + opened.getError() + "); please try again.");
                }
            } catch (java.io.IOException | com.slack.api.methods.SlackApiException e) {
                throw new Refusal("Slack did not open the form (" + e.getMessage() + "); please try again.");
            }
            return "";
        });
        admin.add("github-link", "github-link @member <login>", "fix a member's GitHub link; contributions move with it",
                req -> {
                    String[] parts = mentionAndRest(req.arguments());
                    int moved = service.relinkGithub(req.adminId(), parts[0], parts[1]);
                    return ":link: Linked " + parts[1] + " to <@" + parts[0] + ">; " + moved + " contributions moved.";
                });
        admin.add("badge-award", "badge-award @member <badge> <reason>", "award a badge by hand", req -> {
            String[] parts = mentionAndRest(req.arguments());
            String[] badgeAndReason = parts[1].split("\\s+", 2);
            service.award(req.adminId(), parts[0], badgeAndReason[0], badgeAndReason.length > 1 ? badgeAndReason[1] : null);
            return ":medal: Awarded `" + badgeAndReason[0] + "` to <@" + parts[0] + ">.";
        });
        admin.add("badge-revoke", "badge-revoke @member <badge> <reason>", "take a badge back", req -> {
            String[] parts = mentionAndRest(req.arguments());
            String[] badgeAndReason = parts[1].split("\\s+", 2);
            service.revoke(req.adminId(), parts[0], badgeAndReason[0], badgeAndReason.length > 1 ? badgeAndReason[1] : "");
            return "Revoked `" + badgeAndReason[0] + "` from <@" + parts[0] + ">.";
        });
        admin.add("badges", "badges", "the badge catalogue and its rules", req -> views.catalogue(service.config().badges()));
    }

    /** "<@U123|ann> rest of the line" -> {U123, "rest of the line"}. */
    private static String[] mentionAndRest(String arguments) {
        Matcher m = MENTION.matcher(arguments);
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
