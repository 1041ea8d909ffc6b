package io.odigos.community.hackathons;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.DmFiles;
import io.odigos.community.slack.DurableTasks;
import io.odigos.community.slack.ModalState;
import io.odigos.community.slack.ModalSubmission;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.Modals;
import io.odigos.community.slack.SlackText;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackRoutes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.nio.charset.StandardCharsets;

/** Slack's side of hackathons: /hackathon, registration and team forms, the board, invitations, admin creation. */
public final class HackathonListeners {

    public static final String HACKATHON = "/hackathon";

    private static final String EXPORT_TASK = "hackathon.export";

    private final HackathonService service;
    private final JudgingService judging;
    private final HackathonViews views;
    private final SlackOutbox outbox;
    private final DurableTasks tasks;
    private final Modals modals;
    private final DmFiles files;

    HackathonListeners(HackathonService service, JudgingService judging, HackathonViews views, SlackOutbox outbox,
                       DurableTasks tasks, Modals modals, DmFiles files) {
        this.service = service;
        this.judging = judging;
        this.views = views;
        this.outbox = outbox;
        this.tasks = tasks;
        this.modals = modals;
        this.files = files;
        tasks.register(EXPORT_TASK, p -> sendExport(p.get("admin"), Long.parseLong(p.get("hackathon"))));
    }

    /** The CSV as it is when the task runs, so a retry after a restart still sends the latest scores. */
    private void sendExport(String adminId, long hackathonId) throws io.odigos.community.slack.DeliveryException {
        Hackathon h = service.find(hackathonId).orElseThrow();
        files.send(adminId, "hackathon-" + h.id() + ".csv", judging.csv(h.id()).getBytes(StandardCharsets.UTF_8),
                h.title() + ": projects, scores and votes", "Here is the export you asked for.");
    }

    void register(SlackRoutes routes) {
        routes.command(HACKATHON, (req, ctx) -> {
            String user = req.getPayload().getUserId();
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
            var current = service.current();
            if (current.isEmpty()) {
                return ctx.ack("No hackathon is planned yet. The next one will be announced in the community channel.");
            }
            Hackathon h = current.get();
            if (text.startsWith("board")) {
                return ctx.ack(r -> r.responseType("ephemeral").blocks(views.board(h, service.board(h.id()))));
            }
            if (text.startsWith("invite")) {
                return ctx.ack(invite(h, user, text));
            }
            if (text.startsWith("vote")) {
                return ctx.ack(r -> r.responseType("ephemeral").blocks(views.projects(h, judging.submissions(h.id()),
                        HackathonViews.VOTE, "Vote")));
            }
            if (text.startsWith("judge")) {
                if (!judging.isJudge(h.id(), user)) {
                    return ctx.ack("Only the judges of " + h.title() + " can score projects.");
                }
                return ctx.ack(r -> r.responseType("ephemeral").blocks(views.projects(h, judging.submissions(h.id()),
                        HackathonViews.SCORE, "Score")));
            }
            return ctx.ack(r -> r.responseType("ephemeral").text(h.title()).blocks(status(h, user)));
        });
        routes.blockAction(HackathonViews.REGISTER, (req, ctx) -> {
            service.find(hackathon(req.getPayload())).ifPresent(h -> modals.open(req.getPayload().getTriggerId(),
                    views.registerForm(h.id(), h.title())));
            return ctx.ack();
        });
        routes.blockAction(HackathonViews.CREATE_TEAM, (req, ctx) -> {
            modals.open(req.getPayload().getTriggerId(), views.teamForm(hackathon(req.getPayload())));
            return ctx.ack();
        });
        routes.blockAction(HackathonViews.BOARD, (req, ctx) -> {
            Hackathon h = service.find(hackathon(req.getPayload())).orElseThrow(() -> new Refusal("That hackathon no longer exists."));
            outbox.send(OutgoingMessage.replyTo(req.getPayload(), "Looking-for-a-team board",
                    views.board(h, service.board(h.id()))));
            return ctx.ack();
        });
        routes.blockAction(HackathonViews.JOIN, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            String[] ids = req.getPayload().getActions().get(0).getValue().split(":");
            Team team = service.joinTeam(Long.parseLong(ids[0]), user, Long.parseLong(ids[1]));
            reply(req.getPayload(), ":white_check_mark: You joined *" + SlackText.escape(team.name()) + "*.");
            return ctx.ack();
        });
        routes.blockAction(HackathonViews.LEAVE, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            service.leaveTeam(hackathon(req.getPayload()), user);
            reply(req.getPayload(), "You left your team. You can join or create another.");
            return ctx.ack();
        });
        routes.viewSubmission(HackathonViews.REGISTER_CALLBACK, (req, ctx) -> {
            var view = req.getPayload().getView();
            ModalValues v = new ModalValues(view.getState());
            return ModalSubmission.answer(ctx, HackathonForm.SKILLS, () -> {
                service.register(hackathonOf(view), req.getPayload().getUser().getId(),
                        v.get(HackathonForm.SKILLS), "yes".equals(v.get(HackathonForm.LOOKING)));
                return ctx.ack();
            });
        });
        routes.viewSubmission(HackathonViews.TEAM_CALLBACK, (req, ctx) -> {
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, HackathonForm.TEAM_NAME, () -> {
                service.createTeam(hackathonOf(view), req.getPayload().getUser().getId(),
                        new ModalValues(view.getState()).get(HackathonForm.TEAM_NAME));
                return ctx.ack();
            });
        });
        routes.blockAction(HackathonViews.SUBMIT, (req, ctx) -> {
            long id = hackathon(req.getPayload());
            String user = req.getPayload().getUser().getId();
            ProjectDraft current = judging.submissionOf(id, user).map(Submission::draft).orElse(null);
            modals.open(req.getPayload().getTriggerId(), views.submitForm(id, judging.challenges(id), current));
            return ctx.ack();
        });
        routes.blockAction(HackathonViews.TO_VOTE, (req, ctx) -> projectList(req.getPayload(), HackathonViews.VOTE, "Vote", ctx));
        routes.blockAction(HackathonViews.TO_SCORE, (req, ctx) -> projectList(req.getPayload(), HackathonViews.SCORE, "Score", ctx));
        routes.blockAction(HackathonViews.SCORE, (req, ctx) -> {
            long submissionId = Long.parseLong(req.getPayload().getActions().get(0).getValue());
            Submission s = judging.submission(submissionId).orElse(null);
            if (s == null) {
                reply(req.getPayload(), "That project no longer exists.");
            } else {
                modals.open(req.getPayload().getTriggerId(), views.scoreForm(s, judging.criteria(s.hackathonId())));
            }
            return ctx.ack();
        });
        routes.blockAction(HackathonViews.VOTE, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            judging.vote(Long.parseLong(req.getPayload().getActions().get(0).getValue()), user);
            reply(req.getPayload(), ":ballot_box_with_ballot: Your people's-choice vote is in. Thank you!");
            return ctx.ack();
        });
        routes.viewSubmission(HackathonViews.SUBMIT_CALLBACK, (req, ctx) -> {
            var view = req.getPayload().getView();
            return ModalSubmission.answer(ctx, ProjectForm.NAME, () -> {
                judging.submit(hackathonOf(view), req.getPayload().getUser().getId(),
                        ProjectForm.read(new ModalValues(view.getState())));
                return ctx.ack();
            });
        });
        routes.viewSubmission(HackathonViews.SCORE_CALLBACK, (req, ctx) -> {
            var view = req.getPayload().getView();
            ModalValues values = new ModalValues(view.getState());
            Map<Long, Integer> scores = new java.util.HashMap<>();
            // the score form has one block per criterion; a refusal shows under the first
            String first = view.getState().getValues().keySet().stream().findFirst().orElse(ProjectForm.NAME);
            return ModalSubmission.answer(ctx, first, () -> {
                long submissionId = ModalState.read(view.getPrivateMetadata(), HackathonViews.ScoreState.class)
                        .submissionId();
                Submission s = judging.submission(submissionId).orElseThrow(() -> new Refusal("That project no longer exists."));
                Map<String, String> unreadable = new java.util.LinkedHashMap<>();
                for (JudgingService.Criterion c : judging.criteria(s.hackathonId())) {
                    Integer picked = values.wholeNumber(ProjectForm.CRITERION_PREFIX + c.id(), unreadable);
                    if (picked != null) {
                        scores.put(c.id(), picked);
                    }
                }
                if (!unreadable.isEmpty()) {
                    throw new InvalidInput(unreadable);
                }
                judging.score(submissionId, req.getPayload().getUser().getId(), scores);
                return ctx.ack();
            });
        });
        routes.viewSubmission(HackathonViews.SAVE_CALLBACK, (req, ctx) -> ModalSubmission.answer(ctx, HackathonForm.TITLE,
                () -> {
                    service.create(HackathonForm.read(new ModalValues(req.getPayload().getView().getState()),
                            service.now()), req.getPayload().getUser().getId());
                    return ctx.ack();
                }));
    }

    void registerAdmin(AdminCommands admin) {
        admin.add("Hackathons", "hackathon-new", "hackathon-new", "create a hackathon in a form: theme, challenges, dates, prizes, judging",
                req -> {
                    modals.open(req.triggerId(), views.form(service.now()));
                    return "";
                });
        admin.add("Hackathons", "hackathon-results", "hackathon-results", "publish the winners of the hackathon whose judging closed",
                req -> {
                    Hackathon h = service.current().orElseThrow(() -> new Refusal("There is no hackathon."));
                    var winners = judging.publishResults(h.id(), req.adminId());
                    return ":trophy: Published " + winners.size() + " prizes for " + h.title() + ".";
                });
        admin.add("Hackathons", "hackathon-export", "hackathon-export", "projects, scores and votes as a CSV file in your DM", req -> {
            Hackathon h = service.current().orElseThrow(() -> new Refusal("There is no hackathon."));
            tasks.run(EXPORT_TASK, java.util.Map.of("admin", req.adminId(), "hackathon", Long.toString(h.id())));
            return ":hourglass_flowing_sand: Preparing the export of " + h.title() + "; it arrives in your DM as a CSV file.";
        });
    }

    private com.slack.api.bolt.response.Response projectList(BlockActionPayload payload, String action, String label,
                                                             com.slack.api.bolt.context.builtin.ActionContext ctx) {
        String user = payload.getUser().getId();
        Optional<Hackathon> h = service.find(hackathon(payload));
        if (h.isEmpty()) {
            reply(payload, "That hackathon no longer exists.");
        } else if (HackathonViews.SCORE.equals(action) && !judging.isJudge(h.get().id(), user)) {
            reply(payload, "Only the judges of " + h.get().title() + " can score projects.");
        } else {
            outbox.send(OutgoingMessage.replyTo(payload, h.get().title() + ": projects",
                    views.projects(h.get(), judging.submissions(h.get().id()), action, label)));
        }
        return ctx.ack();
    }

    List<com.slack.api.model.block.LayoutBlock> status(Hackathon h, String user) {
        Hacker me = service.hacker(h.id(), user).orElse(null);
        Team team = me == null || me.teamId() == null ? null : service.team(me.teamId()).orElse(null);
        List<String> mates = team == null ? List.of() : service.teamMembers(team.id());
        Submission project = me == null ? null : judging.submissionOf(h.id(), user).orElse(null);
        return views.status(h, h.phaseAt(service.now()), me, team, mates, project, judging.isJudge(h.id(), user));
    }

    /** /hackathon invite @someone: DMs them a button to join the inviter's team. */
    private String invite(Hackathon h, String user, String text) {
        Matcher m = SlackText.USER_MENTION.matcher(text);
        if (!m.find()) {
            return "Mention who to invite, e.g. `/hackathon invite @alex`.";
        }
        String invitee = m.group(1);
        Hacker me = service.hacker(h.id(), user).orElseThrow(() -> new Refusal("Register and create a team first."));
        if (me.teamId() == null) {
            throw new Refusal("Create a team first; then invite people to it.");
        }
        Team team = service.team(me.teamId()).orElseThrow();
        outbox.send(OutgoingMessage.dm(invitee, "Invitation to team " + team.name(), views.invitation(h, team, user)));
        return ":envelope: Invited <@" + invitee + "> to *" + io.odigos.community.slack.SlackText.escape(team.name())
                + "*. They need to be registered to join.";
    }

    private void reply(BlockActionPayload click, String text) {
        outbox.send(OutgoingMessage.replyTo(click, text, null));
    }

    private static long hackathonOf(com.slack.api.model.view.View form) {
        return ModalState.read(form.getPrivateMetadata(), HackathonViews.HackathonState.class).hackathonId();
    }

    private static long hackathon(BlockActionPayload payload) {
        return Long.parseLong(payload.getActions().get(0).getValue());
    }

}
