package io.odigos.community.mentorship;

import static io.odigos.community.slack.SlackText.escape;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** Every word the mentorship programme says, in mrkdwn; member text is escaped here. */
final class MentorshipMessages {

    static final String COMMAND = "/mentor";

    private MentorshipMessages() {
    }

    static String mention(String memberId) {
        return "<@" + memberId + ">";
    }

    static String zone(ZoneId zone, Instant at) {
        return zone.getId() + " (UTC" + zone.getRules().getOffset(at).getId().replace("Z", "+00:00") + ")";
    }

    // ---- matching and proposals ----

    static String proposalText(MentorshipRequest r) {
        return ":seedling: " + mention(r.menteeId()) + " is looking for a mentor in *" + escape(r.area()) + "*.";
    }

    static String proposedToMentee(String mentorId, Duration timeout) {
        return ":handshake: We asked " + mention(mentorId) + " to mentor you. They have " + span(timeout)
                + " to answer; if they cannot, your request goes to the next mentor by itself.";
    }

    /** A time-out as a person says it: whole hours when it is some, minutes otherwise. */
    static String span(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + " hour" + (d.toHours() == 1 ? "" : "s")
                : d.toMinutes() + " minutes";
    }

    static String declined() {
        return ":arrows_counterclockwise: The mentor we asked cannot take a new mentee right now.";
    }

    static String noAnswer() {
        return ":hourglass: The mentor we asked did not answer in time.";
    }

    static String mentorLeft() {
        return ":arrows_counterclockwise: The mentor we asked has left the programme.";
    }

    static String waiting() {
        return ":hourglass_flowing_sand: No mentor has a free place for your request right now. It waits in the queue "
                + "and is proposed as soon as a mentor joins or frees a place; admins see the queue too.";
    }

    static String lapsed() {
        return ":hourglass: A mentorship proposal to you lapsed without an answer, so it went to the next mentor. "
                + "Use `" + COMMAND + "` to pause if you are busy.";
    }

    static String withdrawn() {
        return ":information_source: A mentorship proposal to you was withdrawn; nothing more to do.";
    }

    static String noSuchProposal() {
        return "That proposal is not yours or no longer exists.";
    }

    static String alreadyDecided(ProposalStatus status) {
        return switch (status) {
            case ACCEPTED -> "You already accepted this mentee; nothing changed.";
            case DECLINED -> "You already declined this request; it went to another mentor.";
            case EXPIRED -> "This proposal expired and went to another mentor; nothing changed.";
            default -> "This proposal was withdrawn; nothing changed.";
        };
    }

    static String acceptedReply(Pair pair) {
        return ":tada: You are now " + mention(pair.menteeId()) + "'s mentor. A group DM with both of you follows.";
    }

    static String declinedReply() {
        return ":ok_hand: Declined; the request goes to another mentor. Thank you for answering.";
    }

    // ---- pairs ----

    static String pairedMentee(String mentorId) {
        return ":tada: " + mention(mentorId) + " is your mentor! A group DM with both of you follows.";
    }

    static String pairedMentor(String menteeId) {
        return ":tada: You are paired with " + mention(menteeId) + ". A group DM with both of you follows.";
    }

    static String pairEnded(String otherId, boolean requeued) {
        return ":wave: Your mentorship with " + mention(otherId) + " has ended."
                + (requeued ? " Your request is back in matching; you will hear when a new mentor is proposed." : "");
    }

    static String introduction(Pair pair, MentorshipRequest r, ZoneId mentorZone, ZoneId menteeZone, Instant now) {
        return ":wave: Welcome to your mentorship, " + mention(pair.menteeId()) + " and " + mention(pair.mentorId())
                + "!\n*Goal:* " + escape(r.goal())
                + "\n*Area:* " + escape(pair.area())
                + "\n*Time zones:* " + mention(pair.menteeId()) + " " + zone(menteeZone, now) + ", "
                + mention(pair.mentorId()) + " " + zone(mentorZone, now)
                + "\nSay hello and agree when to meet first.";
    }

    // ---- refusals ----

    static String alreadyPaused(boolean paused) {
        return paused ? "You are already paused." : "You are not paused.";
    }

    static String notAMentor() {
        return "You are not a mentor; use `" + COMMAND + "` to become one.";
    }

    static String alreadyRequested() {
        return "You already have an open request for a mentor; `" + COMMAND + "` shows it.";
    }

    static String cannotPause(RequestStatus status) {
        return status == RequestStatus.PAUSED ? "Your request is already paused."
                : "Your request is paired; use Leave to end the mentorship.";
    }

    static String notPaused() {
        return "Your request is not paused.";
    }

    static String noOpenRequest() {
        return "You have no open request for a mentor.";
    }

    static String noSuchRequest(long id) {
        return "There is no mentorship request " + id + ".";
    }

    static String requestNotOpen(MentorshipRequest r) {
        return "Request " + r.id() + " is " + r.status().name().toLowerCase(Locale.ROOT) + ", not waiting for a mentor.";
    }

    static String notAMentorWho(String memberId) {
        return mention(memberId) + " is not an active mentor.";
    }

    static String cannotMentorSelf() {
        return "Nobody can mentor themselves.";
    }

    static String pairedBefore(String mentorId, String menteeId) {
        return mention(mentorId) + " and " + mention(menteeId) + " were paired before; pick another mentor.";
    }

    static String full(String mentorId, int capacity) {
        return mention(mentorId) + " already has " + capacity + " of " + capacity + " places taken.";
    }

    static String noSuchPair(long id) {
        return "There is no pair " + id + ".";
    }

    static String pairAlreadyEnded(long id) {
        return "Pair " + id + " has already ended; nothing changed.";
    }

    static String badAreaName(int max) {
        return "Give the area a name of at most " + max + " characters, without @channel or @here.";
    }

    static String areaExists(String area) {
        return "*" + escape(area) + "* is already an area.";
    }

    static String noSuchArea(String area) {
        return "There is no area *" + escape(area) + "*.";
    }

    static String noAreas() {
        return "There are no areas to choose from yet; ask an admin to add one.";
    }

    // ---- confirmations ----

    static String offerSaved(int capacity) {
        return ":white_check_mark: You are a mentor for up to " + capacity + " mentee" + (capacity == 1 ? "" : "s")
                + " at once. Requests in your areas come to you as DMs with Accept and Decline.";
    }

    static String requestSaved() {
        return ":white_check_mark: Your request is in.";
    }

    static String pausedMentor(boolean paused) {
        return paused ? ":double_vertical_bar: Paused: no new proposals until you resume." : ":arrow_forward: Resumed.";
    }

    static String left() {
        return ":wave: You have left the mentorship programme. You can join again any time with `" + COMMAND + "`.";
    }

    static String requestPaused(boolean paused) {
        return paused ? ":double_vertical_bar: Your request is paused." : ":arrow_forward: Your request is back in matching.";
    }

    static String requestWithdrawn() {
        return ":wave: Your request is withdrawn.";
    }

    // ---- the admin's overview ----

    static String overview(MentorshipAdmin.Overview o) {
        StringBuilder b = new StringBuilder("*Mentorship*\n*Pairs* (" + o.pairs().size() + ")\n");
        o.pairs().forEach(p -> b.append("• pair ").append(p.id()).append(": ").append(mention(p.mentorId()))
                .append(" mentors ").append(mention(p.menteeId())).append(" in ").append(escape(p.area())).append('\n'));
        b.append("*Stalled* (").append(o.stalled().size()).append(")\n");
        o.stalled().forEach(p -> b.append("• pair ").append(p.id()).append(": ").append(p.stuckSince() != null
                ? "stuck since " + io.odigos.community.slack.SlackText.date(p.stuckSince(), p.stuckSince().toString())
                : p.silentCheckIns() + " check-ins unanswered").append('\n'));
        b.append("*Waiting for a mentor* (").append(o.waiting().size()).append(")\n");
        o.waiting().forEach(r -> b.append("• request ").append(r.id()).append(": ").append(mention(r.menteeId()))
                .append(", ").append(escape(r.area())).append(", since ")
                .append(io.odigos.community.slack.SlackText.date(r.createdAt(), r.createdAt().toString())).append('\n'));
        b.append("*Proposals waiting on a mentor* (").append(o.proposals().size()).append(")\n");
        o.proposals().forEach(p -> b.append("• request ").append(p.requestId()).append(" to ").append(mention(p.mentorId()))
                .append(", lapses ").append(io.odigos.community.slack.SlackText.date(p.expiresAt(), p.expiresAt().toString()))
                .append('\n'));
        b.append("Pair by hand: `/community-admin mentorship-pair <request> @mentor`; end: "
                + "`/community-admin mentorship-end <pair>`.");
        return b.toString();
    }
}
