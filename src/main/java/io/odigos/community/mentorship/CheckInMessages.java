package io.odigos.community.mentorship;

import static io.odigos.community.mentorship.MentorshipMessages.mention;
import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import java.util.ArrayList;
import java.util.List;

/** What a pair hears after the introduction: check-ins, the admins' alerts, completion and what follows it. */
final class CheckInMessages {

    static final String ON_TRACK = "mentorship-check-in-on-track";
    static final String STUCK = "mentorship-check-in-stuck";
    static final String FINISHED = "mentorship-check-in-finished";
    static final String ANNOUNCE = "mentorship-announce-yes";
    static final String KEEP_QUIET = "mentorship-announce-no";
    static final String TESTIMONIAL = "mentorship-testimonial";

    private CheckInMessages() {
    }

    static String actionOf(CheckInAnswer answer) {
        return switch (answer) {
            case ON_TRACK -> ON_TRACK;
            case STUCK -> STUCK;
            case FINISHED -> FINISHED;
        };
    }

    // ---- check-ins ----

    static String checkInText(Pair pair, int round) {
        return ":wave: Check-in " + round + ": how is your mentorship going, " + mention(pair.menteeId()) + " and "
                + mention(pair.mentorId()) + "?";
    }

    /** The check-in in the group DM; each button carries the check-in's id. */
    static List<LayoutBlock> checkIn(Pair pair, CheckInStore.CheckIn checkIn) {
        String id = Long.toString(checkIn.id());
        return BlockKit.message(List.of(BlockKit.section(checkInText(pair, checkIn.round())),
                BlockKit.actions(List.of(
                        BlockKit.primaryButton(CheckInAnswer.ON_TRACK.label(), ON_TRACK, id),
                        BlockKit.button(CheckInAnswer.STUCK.label(), STUCK, id),
                        BlockKit.button(CheckInAnswer.FINISHED.label(), FINISHED, id))),
                BlockKit.context("Either of you can answer. *Stuck* lets the admins know; *Finished* from both of you "
                        + "completes the mentorship, and so does " + mention(pair.menteeId())
                        + "'s first merged pull request.")));
    }

    static String onTrack() {
        return ":white_check_mark: Thanks, noted: on track.";
    }

    static String stuckReply(boolean news) {
        return news ? ":sos: Noted. The admins know and someone will reach out; say in your group DM what blocks you."
                : ":sos: Noted; the admins already know this mentorship is stuck.";
    }

    static String stuckToAdmins(Pair pair, String memberId) {
        return ":sos: " + mention(memberId) + " says their mentorship is stuck: " + describe(pair)
                + ". `/community-admin mentorship` lists it as stalled.";
    }

    static String silentToAdmins(Pair pair) {
        return ":zzz: " + capitalised(describe(pair)) + " has not answered its last " + pair.silentCheckIns()
                + " check-ins. `/community-admin mentorship` lists it as stalled; you hear of it at most once a week.";
    }

    static String finishedBy(String memberId, String otherId) {
        return ":checkered_flag: " + mention(memberId) + " says the mentorship is finished. " + mention(otherId)
                + ", press *Finished* on a check-in too: it completes when you both have.";
    }

    static String finishedReply(String otherId) {
        return ":checkered_flag: Noted. It completes when " + mention(otherId) + " says so too.";
    }

    static String notYourCheckIn(Pair pair) {
        return "This check-in is for " + mention(pair.menteeId()) + " and " + mention(pair.mentorId()) + ".";
    }

    static String noSuchCheckIn() {
        return "That check-in no longer exists.";
    }

    static String pairOver(Pair pair) {
        return pair.isCompleted() ? "This mentorship is already completed; nothing changed."
                : "This mentorship has ended; nothing changed.";
    }

    // ---- completion ----

    static String completed(Pair pair) {
        return ":tada: Mentorship completed (" + escape(pair.completedBy()) + ")! Congratulations "
                + mention(pair.menteeId()) + " and " + mention(pair.mentorId())
                + ": you both earn the Mentorship badge.";
    }

    /** Each member's DM: the announcement question, and for the mentee the testimonial. */
    static List<LayoutBlock> completedDm(Pair pair, String memberId, String channel) {
        String id = Long.toString(pair.id());
        List<LayoutBlock> blocks = new ArrayList<>(List.of(BlockKit.section(completed(pair)),
                BlockKit.section("Shall we announce your mentorship in <#" + channel + ">? It is posted only if you "
                        + "both say yes."),
                BlockKit.actions(List.of(BlockKit.primaryButton("Yes, announce it", ANNOUNCE, id),
                        BlockKit.button("No, thanks", KEEP_QUIET, id)))));
        if (memberId.equals(pair.menteeId())) {
            blocks.add(BlockKit.section("Would you write one line about your mentorship for the monthly spotlight?"));
            blocks.add(BlockKit.actions(List.of(BlockKit.button("Write a testimonial", TESTIMONIAL, id))));
        }
        return BlockKit.message(blocks);
    }

    static String announcement(Pair pair) {
        return ":mortar_board: " + mention(pair.mentorId()) + " mentored " + mention(pair.menteeId()) + " in *"
                + escape(pair.area()) + "* all the way to completion. Congratulations to both! Want a mentor too? "
                + "Try `" + MentorshipMessages.COMMAND + "`.";
    }

    static String announceReply(boolean yes, boolean posted) {
        if (!yes) {
            return ":ok_hand: Noted: no announcement.";
        }
        return posted ? ":loudspeaker: You both agreed, so it is announced in the channel."
                : ":ok_hand: Noted: it is announced once you both say yes.";
    }

    static String notCompleted() {
        return "This mentorship is not completed yet.";
    }

    static String notYours() {
        return "That is not your mentorship.";
    }

    static String testimonialOnlyMentee() {
        return "Only the mentee writes the testimonial.";
    }

    static String testimonialThanks() {
        return ":sparkles: Thank you! Your words can appear in the monthly spotlight.";
    }

    static String testimonialAlready(String text) {
        return "You already wrote: _" + escape(text) + "_";
    }

    static String mentoringTitle(Pair pair) {
        return "Mentored a newcomer in " + pair.area() + " to completion";
    }

    private static String describe(Pair pair) {
        return "pair " + pair.id() + ", " + mention(pair.mentorId()) + " mentoring " + mention(pair.menteeId())
                + " in *" + escape(pair.area()) + "*";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
