package io.odigos.community.mentorship;

import static io.odigos.community.mentorship.MentorshipMessages.mention;
import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import io.odigos.community.recognition.GitHubApi.Issue;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.SlackText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Block Kit of the programme: /mentor's menu, the proposal a mentor answers, and the Home section. */
final class MentorshipViews {

    static final String BECOME = "mentorship-become";
    static final String FIND = "mentorship-find";
    static final String MENTOR_PAUSE = "mentorship-mentor-pause";
    static final String MENTOR_RESUME = "mentorship-mentor-resume";
    static final String MENTOR_LEAVE = "mentorship-mentor-leave";
    static final String REQUEST_PAUSE = "mentorship-request-pause";
    static final String REQUEST_RESUME = "mentorship-request-resume";
    static final String REQUEST_LEAVE = "mentorship-request-leave";
    static final String ACCEPT = "mentorship-accept";
    static final String DECLINE = "mentorship-decline";
    static final String CLAIM = "mentorship-claim-issue";

    private MentorshipViews() {
    }

    static LayoutBlock github(Optional<String> login) {
        return BlockKit.context(login.map(l -> ":github: GitHub: `" + escape(l) + "` (verified)")
                .orElse(":warning: No verified GitHub link yet. Link it with `/profile github` so your match can find "
                        + "your work; you can send this form meanwhile."));
    }

    /** What /mentor shows: where the member stands, and the buttons that apply to them. */
    static List<LayoutBlock> menu(Standing s) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("*Odigos mentorship*: experienced contributors guide newcomers to their first pull "
                + "requests."));
        blocks.addAll(status(s));
        List<ButtonElement> buttons = new ArrayList<>();
        buttons.add(BlockKit.button(s.isMentor() ? "Edit my mentor offer" : "Become a mentor", BECOME, "mentor"));
        if (s.isMentor()) {
            buttons.add(s.mentor().get().paused() ? BlockKit.button("Resume mentoring", MENTOR_RESUME, "mentor")
                    : BlockKit.button("Pause mentoring", MENTOR_PAUSE, "mentor"));
            buttons.add(BlockKit.button("Leave as mentor", MENTOR_LEAVE, "mentor"));
        }
        if (s.hasOpenRequest()) {
            RequestStatus status = s.request().get().status();
            if (status == RequestStatus.PAUSED) {
                buttons.add(BlockKit.button("Resume my request", REQUEST_RESUME, "request"));
            } else if (status != RequestStatus.PAIRED) {
                buttons.add(BlockKit.button("Pause my request", REQUEST_PAUSE, "request"));
            }
            buttons.add(BlockKit.button(status == RequestStatus.PAIRED ? "End my mentorship" : "Withdraw my request",
                    REQUEST_LEAVE, "request"));
        } else {
            buttons.add(BlockKit.primaryButton("Find a mentor", FIND, "mentee"));
        }
        blocks.add(BlockKit.actions(buttons));
        return blocks;
    }

    /** One line each for the member's mentoring and their request; nothing when they take no part. */
    static List<LayoutBlock> status(Standing s) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (s.isMentor()) {
            Mentor m = s.mentor().get();
            String mentees = s.mentees().isEmpty() ? "no mentees yet"
                    : "mentoring " + s.mentees().stream().map(p -> mention(p.menteeId())).collect(Collectors.joining(", "));
            blocks.add(BlockKit.section(":mortar_board: You mentor in " + escape(String.join(", ", s.areas()))
                    + ": " + mentees + " (" + s.mentees().size() + " of " + m.capacity() + " places)"
                    + (m.paused() ? ", *paused*" : "") + ". " + s.waitingInAreas() + " request"
                    + (s.waitingInAreas() == 1 ? "" : "s") + " waiting in your areas."
                    + s.mentees().stream().map(Pair::nextCheckInAt).filter(Objects::nonNull)
                    .min(Instant::compareTo).map(MentorshipViews::nextCheckIn).orElse("")));
        }
        s.request().ifPresent(r -> blocks.add(BlockKit.section(":seedling: " + s.mentorPair()
                .map(p -> "Your mentor is " + mention(p.mentorId()) + " (" + escape(p.area()) + ")."
                        + (p.nextCheckInAt() == null ? "" : nextCheckIn(p.nextCheckInAt())))
                .orElse("Your request for a mentor in *" + escape(r.area()) + "* is "
                        + describe(r.status()) + "."))));
        return blocks;
    }

    private static String nextCheckIn(Instant at) {
        return " Next check-in " + SlackText.date(at, at.toString()) + ".";
    }

    private static String describe(RequestStatus status) {
        return switch (status) {
            case PROPOSED -> "with a mentor, waiting for their answer";
            case PAUSED -> "paused";
            default -> "waiting in the queue";
        };
    }

    /** The DM a mentor answers: who, what, where in the world, and Accept / Decline carrying the proposal's id. */
    static List<LayoutBlock> proposal(Proposal p, MentorshipRequest r, ZoneId menteeZone, Instant now) {
        String details = MentorshipMessages.proposalText(r)
                + "\n*Goal:* " + escape(r.goal())
                + "\n*Experience:* " + r.experience().label()
                + "\n*Time zone:* " + MentorshipMessages.zone(menteeZone, now)
                + (r.githubLogin() == null ? "" : "\n*GitHub:* `" + escape(r.githubLogin()) + "`")
                + (r.issueUrl() == null ? "" : "\n*Good first issue:* " + escape(r.issueUrl()));
        String id = Long.toString(p.id());
        return BlockKit.message(List.of(BlockKit.section(details),
                BlockKit.context("Answer by " + SlackText.date(p.expiresAt(), p.expiresAt().toString())
                        + "; without an answer it goes to the next mentor."),
                BlockKit.actions(List.of(BlockKit.primaryButton("Accept", ACCEPT, id),
                        BlockKit.button("Decline", DECLINE, id)))));
    }

    /**
     * The group DM's first message: the introduction, then the good first issues with a Claim button each (the
     * mentee's pick first), or the link to GitHub's list when they could not be fetched.
     */
    static List<LayoutBlock> introduction(String intro, GoodFirstIssues.Offer offer, Pair pair) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(intro));
        if (offer.picked().isPresent() || !offer.suggested().isEmpty()) {
            blocks.add(BlockKit.section(IssueMessages.issuesHeading(pair.menteeId())));
        }
        offer.picked().ifPresent(i -> blocks.add(i.number() > 0
                ? BlockKit.section(IssueMessages.pickedIssue(i), claim(pair, i))
                : BlockKit.section(IssueMessages.pickedIssue(i))));
        offer.suggested().forEach(i ->
                blocks.add(BlockKit.section(IssueMessages.suggestedIssue(i), claim(pair, i))));
        if (!offer.fetched()) {
            blocks.add(BlockKit.section(IssueMessages.issuesUnavailable(offer.listUrl())));
        } else if (offer.suggested().isEmpty()) {
            blocks.add(BlockKit.context(IssueMessages.noIssuesOpen(offer.listUrl())));
        }
        return BlockKit.message(blocks);
    }

    private static ButtonElement claim(Pair pair, Issue issue) {
        return BlockKit.button("Claim #" + issue.number(), CLAIM, IssueClaims.buttonValue(pair.id(), issue));
    }
}
