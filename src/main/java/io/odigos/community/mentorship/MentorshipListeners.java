package io.odigos.community.mentorship;

import com.slack.api.bolt.request.builtin.BlockActionRequest;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.ClickReplies;
import io.odigos.community.slack.HomeTab;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackRoutes;
import io.odigos.community.slack.SlackText;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/** Slack's side of the programme: /mentor, its buttons and forms, the proposal buttons and the admin subcommands. */
final class MentorshipListeners {

    private final MentorSignUp signUp;
    private final MenteeRequests requests;
    private final Proposals proposals;
    private final MentorshipAdmin admin;
    private final IssueClaims claims;
    private final Supplier<List<String>> areas;
    private final Function<String, Optional<String>> verifiedGitHubLogin;
    private final SlackOutbox outbox;
    private final HomeTab home;
    private final Modals modals;

    MentorshipListeners(MentorSignUp signUp, MenteeRequests requests, Proposals proposals, MentorshipAdmin admin,
                        IssueClaims claims, Supplier<List<String>> areas, Function<String, Optional<String>> verifiedGitHubLogin,
                        SlackOutbox outbox, HomeTab home, Modals modals) {
        this.signUp = signUp;
        this.requests = requests;
        this.proposals = proposals;
        this.admin = admin;
        this.claims = claims;
        this.areas = areas;
        this.verifiedGitHubLogin = verifiedGitHubLogin;
        this.outbox = outbox;
        this.home = home;
        this.modals = modals;
    }

    void register(SlackRoutes routes) {
        ClickReplies clicks = new ClickReplies(routes, outbox, home);
        routes.command(MentorshipMessages.COMMAND, (req, ctx) -> ctx.ack(r -> r.responseType("ephemeral")
                .text("Odigos mentorship").blocks(MentorshipViews.menu(signUp.standing(req.getPayload().getUserId())))));
        routes.blockAction(MentorshipViews.BECOME, (req, ctx) -> {
            String user = user(req);
            Standing standing = signUp.standing(user);
            modals.open(req.getPayload().getTriggerId(), MentorForm.view(knownAreas(), standing.mentor(),
                    standing.areas(), verifiedGitHubLogin.apply(user)));
            return ctx.ack();
        });
        routes.blockAction(MentorshipViews.FIND, (req, ctx) -> {
            String user = user(req);
            if (signUp.standing(user).hasOpenRequest()) {
                throw new Refusal(MentorshipMessages.alreadyRequested());
            }
            modals.open(req.getPayload().getTriggerId(), MenteeForm.view(knownAreas(), verifiedGitHubLogin.apply(user)));
            return ctx.ack();
        });
        clicks.on(MentorshipViews.MENTOR_PAUSE, (user, value) -> {
            signUp.pause(user, true);
            return MentorshipMessages.pausedMentor(true);
        });
        clicks.on(MentorshipViews.MENTOR_RESUME, (user, value) -> {
            signUp.pause(user, false);
            return MentorshipMessages.pausedMentor(false);
        });
        clicks.on(MentorshipViews.MENTOR_LEAVE, (user, value) -> {
            signUp.leave(user);
            return MentorshipMessages.left();
        });
        clicks.on(MentorshipViews.REQUEST_PAUSE, (user, value) -> {
            requests.pause(user);
            return MentorshipMessages.requestPaused(true);
        });
        clicks.on(MentorshipViews.REQUEST_RESUME, (user, value) -> {
            requests.resume(user);
            return MentorshipMessages.requestPaused(false);
        });
        clicks.on(MentorshipViews.REQUEST_LEAVE, (user, value) -> {
            requests.leave(user);
            return MentorshipMessages.requestWithdrawn();
        });
        clicks.on(MentorshipViews.ACCEPT, (user, value) ->
                MentorshipMessages.acceptedReply(proposals.accept(id(value), user)));
        clicks.on(MentorshipViews.DECLINE, (user, value) -> {
            proposals.decline(id(value), user);
            return MentorshipMessages.declinedReply();
        });
        clicks.on(MentorshipViews.CLAIM, (user, value) ->
                IssueMessages.claimedReply(claims.claim(user, value)));
        routes.viewSubmission(MentorForm.CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            ModalValues values = new ModalValues(req.getPayload().getView().getState());
            return ModalSubmission.answer(ctx, MentorDraft.AREAS, () -> {
                Mentor mentor = signUp.offer(user, MentorForm.read(values));
                outbox.send(OutgoingMessage.dm(user, MentorshipMessages.offerSaved(mentor.capacity()), null));
                home.refresh(user);
                return ctx.ack();
            });
        });
        routes.viewSubmission(MenteeForm.CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            ModalValues values = new ModalValues(req.getPayload().getView().getState());
            return ModalSubmission.answer(ctx, MenteeDraft.GOAL, () -> {
                requests.request(user, MenteeForm.read(values));
                home.refresh(user);
                return ctx.ack();
            });
        });
    }

    /** Adds /community-admin mentorship and its subcommands. */
    void registerAdmin(AdminCommands commands) {
        String area = "Mentorship";
        commands.add(area, "mentorship", "mentorship", "pairs, the waiting queue and proposals waiting on a mentor",
                req -> MentorshipMessages.overview(admin.overview()));
        commands.add(area, "mentorship-pair", "mentorship-pair <request> @mentor", "pair a request with a mentor by hand",
                req -> {
                    String[] words = req.arguments().split("\\s+");
                    if (words.length != 2) {
                        throw new Refusal("Give the request's number and the mentor, e.g. "
                                + "`/community-admin mentorship-pair 4 @ann`.");
                    }
                    Pair pair = admin.pair(req.adminId(), id(words[0]), member(words[1]));
                    return ":white_check_mark: Paired " + MentorshipMessages.mention(pair.mentorId()) + " with "
                            + MentorshipMessages.mention(pair.menteeId()) + " (pair " + pair.id() + ").";
                });
        commands.add(area, "mentorship-end", "mentorship-end <pair>", "end a pair; both are told", req -> {
            Pair pair = admin.end(req.adminId(), id(req.arguments()));
            return ":white_check_mark: Ended pair " + pair.id() + ".";
        });
        commands.add(area, "mentorship-area-add", "mentorship-area-add <name>", "offer a new mentorship area",
                req -> ":white_check_mark: Added the area *" + SlackText.escape(admin.addArea(req.adminId(),
                        req.arguments())) + "*.");
        commands.add(area, "mentorship-area-remove", "mentorship-area-remove <name>",
                "remove an area from the list and from mentors' offers",
                req -> ":white_check_mark: Removed the area *" + SlackText.escape(admin.removeArea(req.adminId(),
                        req.arguments())) + "*.");
    }

    private List<String> knownAreas() {
        List<String> known = areas.get();
        if (known.isEmpty()) {
            throw new Refusal(MentorshipMessages.noAreas());
        }
        return known;
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.strip().replace("#", ""));
        } catch (NumberFormatException e) {
            throw new Refusal("Give a number, as `/community-admin mentorship` lists it.");
        }
    }

    private static String member(String word) {
        Matcher mention = SlackText.USER_MENTION.matcher(word);
        if (mention.matches()) {
            return mention.group(1);
        }
        if (word.matches("[UW][A-Z0-9]+")) {
            return word;
        }
        throw new Refusal("Name the mentor as @someone.");
    }

    private static String user(BlockActionRequest req) {
        return req.getPayload().getUser().getId();
    }
}
