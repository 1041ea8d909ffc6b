package io.odigos.community.hackathons;

import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.slack.BlockKit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Block Kit for hackathons: the admin's form, a hacker's status, registration and team forms, the board. */
final class HackathonViews {

    static final String SAVE_CALLBACK = "hackathon_save";
    static final String REGISTER_CALLBACK = "hackathon_register_submit";
    static final String TEAM_CALLBACK = "hackathon_team_submit";
    static final String REGISTER = "hackathon_register";
    static final String CREATE_TEAM = "hackathon_create_team";
    static final String BOARD = "hackathon_board";
    static final String JOIN = "hackathon_join";
    static final String LEAVE = "hackathon_leave";
    static final String SUBMIT = "hackathon_submit";
    static final String SUBMIT_CALLBACK = "hackathon_project_submit";
    static final String TO_SCORE = "hackathon_to_score";
    static final String SCORE = "hackathon_score";
    static final String SCORE_CALLBACK = "hackathon_score_submit";

    /** The private_metadata of the register, team and project forms: their hackathon. */
    record HackathonState(long hackathonId) {
        HackathonState {
            if (hackathonId <= 0) {
                throw new IllegalArgumentException("no hackathon");
            }
        }
    }

    /** The score form's private_metadata: the project scored. */
    record ScoreState(long submissionId) {
        ScoreState {
            if (submissionId <= 0) {
                throw new IllegalArgumentException("no project");
            }
        }
    }
    static final String TO_VOTE = "hackathon_to_vote";
    static final String VOTE = "hackathon_vote";
    static final String INPUT = "value";
    static final int BOARD_ROWS = 20;

    // ---- the admin's form ----

    /** The admin's form, its dates prefilled in order from {@code now} and its criteria with usual weights. */
    View form(Instant now) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(text(HackathonForm.TITLE, "Title", false, 150, null));
        blocks.add(text(HackathonForm.THEME, "Theme", true, 500, null));
        blocks.add(text(HackathonForm.CHALLENGES, "Challenges, one per line (Name: description)", true, 3000, null));
        List<Instant> dates = HackathonForm.defaultDates(now);
        for (int i = 0; i < HackathonForm.DATES.length; i++) {
            blocks.add(BlockKit.input(HackathonForm.DATES[i], HackathonForm.DATE_LABELS[i], false,
                    BlockKit.dateTime(INPUT, dates.get(i))));
        }
        blocks.add(BlockKit.input(HackathonForm.TEAM_MIN, "Smallest team (people)", false,
                BlockKit.wholeNumber(INPUT, 1, HackathonDraft.MAX_TEAM, HackathonForm.DEFAULT_MIN_TEAM)));
        blocks.add(BlockKit.input(HackathonForm.TEAM_MAX, "Largest team (people)", false,
                BlockKit.wholeNumber(INPUT, 1, HackathonDraft.MAX_TEAM, HackathonForm.DEFAULT_MAX_TEAM)));
        blocks.add(text(HackathonForm.PRIZES, "Prizes, one per line (Name: description); \"People's choice\" is voted by members",
                true, 3000, null));
        for (int row = 0; row < HackathonForm.CRITERIA_ROWS; row++) {
            HackathonDraft.Criterion prefill = row < HackathonForm.DEFAULT_CRITERIA.size()
                    ? HackathonForm.DEFAULT_CRITERIA.get(row) : null;
            // the first criterion is needed; the others may be cleared or left empty
            blocks.add(BlockKit.input(HackathonForm.criterionName(row), "Judging criterion " + (row + 1), row > 0,
                    BlockElements.plainTextInput(p -> p.actionId(INPUT).maxLength(150)
                            .initialValue(prefill == null ? null : prefill.name()))));
            blocks.add(BlockKit.input(HackathonForm.criterionWeight(row), "Weight of criterion " + (row + 1), row > 0,
                    BlockKit.wholeNumber(INPUT, HackathonDraft.MIN_WEIGHT, HackathonDraft.MAX_WEIGHT,
                            prefill == null ? null : prefill.weight())));
        }
        blocks.add(BlockKit.input(HackathonForm.JUDGES, "Judges", false, BlockElements.multiUsersSelect(u -> u.actionId(INPUT))));
        return BlockKit.modal(SAVE_CALLBACK, "New hackathon", "Create", null, blocks);
    }

    private static LayoutBlock text(String id, String label, boolean multiline, int max, String initial) {
        return BlockKit.input(id, label, false, BlockElements.plainTextInput(p -> p.actionId(INPUT).multiline(multiline)
                .maxLength(max).initialValue(initial)));
    }

    // ---- hackers ----

    View registerForm(long hackathonId, String title) {
        List<LayoutBlock> blocks = List.of(
                BlockKit.section("Register for *" + escape(title) + "*. Your skills help teams find you on the board."),
                BlockKit.input(HackathonForm.SKILLS, "Your skills and interests", true, BlockElements.plainTextInput(p ->
                        p.actionId(INPUT).maxLength(Hacker.MAX_SKILLS))),
                BlockKit.input(HackathonForm.LOOKING, "Teammates", true, BlockElements.checkboxes(c -> c.actionId(INPUT)
                        .options(List.of(option(plainText("I am looking for a team"), "yes"))))));
        return BlockKit.modal(REGISTER_CALLBACK, "Register", "Register", new HackathonState(hackathonId), blocks);
    }

    View teamForm(long hackathonId) {
        return BlockKit.modal(TEAM_CALLBACK, "Create a team", "Create", new HackathonState(hackathonId), List.of(
                BlockKit.input(HackathonForm.TEAM_NAME, "Team name", false, BlockElements.plainTextInput(p -> p.actionId(INPUT)
                        .maxLength(Team.MAX_NAME)))));
    }

    /** The hackathon as one member sees it: phase, dates, their registration and team, and what they can do. */
    List<LayoutBlock> status(Hackathon h, Phase phase, Hacker me, Team team, List<String> mates, Submission project,
                             boolean judge) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header(":rocket: " + h.title()));
        blocks.add(BlockKit.section(escape(h.theme()) + "\n*Now:* " + phase.description() + ". Submissions close "
                + HackathonMessages.when(h.submissionsClose()) + "."));
        String id = Long.toString(h.id());
        List<BlockElement> actions = new ArrayList<>();
        if (me == null) {
            blocks.add(BlockKit.context(phase.registrationOpen() ? "You are not registered yet." : "You are not registered."));
            if (phase.registrationOpen()) {
                actions.add(BlockKit.primaryButton("Register", REGISTER, id));
            }
        } else if (team == null) {
            blocks.add(BlockKit.context(":bust_in_silhouette: You are registered, solo for now. Teams of "
                    + h.minTeamSize() + "-" + h.maxTeamSize() + "."));
            if (phase.teamsOpen()) {
                actions.add(BlockKit.primaryButton("Create a team", CREATE_TEAM, id));
            }
        } else {
            blocks.add(BlockKit.context(":busts_in_silhouette: Team *" + escape(team.name()) + "*: "
                    + mates.stream().map(m -> "<@" + m + ">").collect(Collectors.joining(", "))
                    + (phase.teamsOpen() ? " · invite with `/hackathon invite @someone`" : "")));
            if (phase.teamsOpen()) {
                actions.add(BlockKit.button("Leave team", LEAVE, id));
            }
        }
        if (me != null && project != null) {
            blocks.add(BlockKit.context(":package: Your project: *" + escape(project.name()) + "* · " + project.repositoryUrl()));
        }
        if (me != null && phase == Phase.HACKING) {
            actions.add(BlockKit.primaryButton(project == null ? "Submit project" : "Edit submission", SUBMIT, id));
        }
        if (phase.teamsOpen()) {
            actions.add(BlockKit.button("Looking-for-a-team board", BOARD, id));
        }
        if (phase == Phase.JUDGING) {
            actions.add(BlockKit.primaryButton("Vote for people's choice", TO_VOTE, id));
            if (judge) {
                actions.add(BlockKit.button("Score projects", TO_SCORE, id));
            }
        }
        if (!actions.isEmpty()) {
            blocks.add(BlockKit.actions(actions));
        }
        return blocks;
    }

    List<LayoutBlock> board(Hackathon h, Board board) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Find a team: " + h.title()));
        StringBuilder people = new StringBuilder("*Looking for a team*\n");
        if (board.looking().isEmpty()) {
            people.append("_nobody right now_");
        }
        board.looking().stream().limit(BOARD_ROWS).forEach(k -> people.append("• <@").append(k.memberId()).append(">")
                .append(k.skills() == null ? "" : ": " + escape(k.skills())).append('\n'));
        blocks.add(BlockKit.section(people.toString()));
        blocks.add(BlockKit.section("*Teams with free places*" + (board.openTeams().isEmpty() ? "\n_none yet: create one_" : "")));
        for (Board.OpenTeam t : board.openTeams().stream().limit(BOARD_ROWS).toList()) {
            blocks.add(BlockKit.section("*" + escape(t.team().name()) + "* · " + t.members().size() + " of "
                            + h.maxTeamSize() + ": " + t.members().stream().map(m -> "<@" + m + ">").collect(Collectors.joining(", ")),
                    BlockKit.button("Join", JOIN, h.id() + ":" + t.team().id())));
        }
        return BlockKit.message(blocks);
    }

    View submitForm(long hackathonId, List<JudgingService.Challenge> challenges, ProjectDraft current) {
        List<com.slack.api.model.block.composition.OptionObject> options = challenges.stream()
                .map(c -> option(plainText(io.odigos.community.slack.SlackText.clip(c.name(), 75)), Long.toString(c.id())))
                .toList();
        var initial = current == null ? null : options.stream()
                .filter(o -> o.getValue().equals(Long.toString(current.challengeId()))).findFirst().orElse(null);
        List<LayoutBlock> blocks = List.of(
                text(ProjectForm.NAME, "Project name", false, 150, current == null ? null : current.name()),
                BlockKit.input(ProjectForm.CHALLENGE, "Challenge", false, BlockElements.staticSelect(x -> x.actionId(INPUT)
                        .options(options).initialOption(initial))),
                BlockKit.input(ProjectForm.REPOSITORY, "Repository URL", false,
                        BlockKit.link(INPUT, current == null ? null : current.repositoryUrl())),
                BlockKit.input(ProjectForm.DEMO, "Demo or video URL", true,
                        BlockKit.link(INPUT, current == null ? null : current.demoUrl())),
                text(ProjectForm.DESCRIPTION, "Description", true, 3000, current == null ? null : current.description()));
        return BlockKit.modal(SUBMIT_CALLBACK, current == null ? "Submit project" : "Edit submission", "Save",
                new HackathonState(hackathonId), blocks);
    }

    View scoreForm(Submission s, List<JudgingService.Criterion> criteria) {
        List<com.slack.api.model.block.composition.OptionObject> scale = new ArrayList<>();
        for (int i = JudgingService.MIN_SCORE; i <= JudgingService.MAX_SCORE; i++) {
            scale.add(option(plainText(Integer.toString(i)), Integer.toString(i)));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("*" + escape(s.name()) + "*\n" + escape(io.odigos.community.slack.SlackText.clip(
                s.description(), 1500)) + "\n" + s.repositoryUrl() + (s.demoUrl() == null ? "" : " · " + s.demoUrl())));
        for (JudgingService.Criterion c : criteria) {
            blocks.add(BlockKit.input(ProjectForm.CRITERION_PREFIX + c.id(), c.name() + " (weight " + c.weight() + ")", false,
                    BlockElements.staticSelect(x -> x.actionId(INPUT).options(scale))));
        }
        return BlockKit.modal(SCORE_CALLBACK, "Score project", "Save scores", new ScoreState(s.id()), blocks);
    }

    /** The projects with one button each: Score (judges) or Vote (everyone). */
    List<LayoutBlock> projects(Hackathon h, List<Submission> projects, String action, String label) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header(h.title() + ": projects"));
        if (projects.isEmpty()) {
            blocks.add(BlockKit.section("No projects were submitted."));
        }
        projects.stream().limit(BlockKit.MESSAGE_BLOCKS - 1).forEach(p -> blocks.add(BlockKit.section(
                "*" + escape(p.name()) + "*\n" + escape(io.odigos.community.slack.SlackText.clip(p.description(), 300))
                        + "\n" + p.repositoryUrl(), BlockKit.button(label, action, Long.toString(p.id())))));
        return BlockKit.message(blocks);
    }

    List<LayoutBlock> invitation(Hackathon h, Team team, String inviter) {
        return List.of(BlockKit.section(":wave: <@" + inviter + "> invites you to team *" + escape(team.name())
                        + "* in *" + escape(h.title()) + "*.",
                BlockKit.primaryButton("Join " + team.name(), JOIN, h.id() + ":" + team.id())));
    }
}
