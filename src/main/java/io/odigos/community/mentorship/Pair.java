package io.odigos.community.mentorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A mentor and a mentee working together; active until ended. A past pair is never proposed again. */
@Entity
@Table(name = "mentorship_pairs")
public class Pair {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, unique = true)
    private long requestId;

    @Column(name = "mentor_id", nullable = false, length = 32)
    private String mentorId;

    @Column(name = "mentee_id", nullable = false, length = 32)
    private String menteeId;

    @Column(nullable = false, length = 60)
    private String area;

    @Column(name = "group_dm", length = 32)
    private String groupDm;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 32)
    private String endedBy;

    @Column(name = "next_check_in_at")
    private Instant nextCheckInAt;

    @Column(name = "silent_check_ins", nullable = false)
    private int silentCheckIns;

    @Column(name = "silence_flagged_at")
    private Instant silenceFlaggedAt;

    @Column(name = "stuck_since")
    private Instant stuckSince;

    @Column(name = "mentor_finished_at")
    private Instant mentorFinishedAt;

    @Column(name = "mentee_finished_at")
    private Instant menteeFinishedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 200)
    private String completedBy;

    @Column(name = "mentor_announce")
    private Boolean mentorAnnounce;

    @Column(name = "mentee_announce")
    private Boolean menteeAnnounce;

    @Column(name = "announced_at")
    private Instant announcedAt;

    @Column(length = 200)
    private String testimonial;

    @Column(name = "issue_number")
    private Long issueNumber;

    @Column(name = "issue_title", length = 300)
    private String issueTitle;

    @Column(name = "issue_url", length = 500)
    private String issueUrl;

    /** The claimed issue's URL while the pair is active, null after: unique, so two active pairs never share one. */
    @Column(name = "open_issue_url", length = 500, unique = true)
    private String openIssueUrl;

    protected Pair() {
    }

    Pair(MentorshipRequest request, String mentorId, Instant at, Duration checkInInterval) {
        this.requestId = request.id();
        this.mentorId = mentorId;
        this.menteeId = request.menteeId();
        this.area = request.area();
        this.startedAt = at;
        this.nextCheckInAt = at.plus(checkInInterval);
    }

    void end(String by, Instant at) {
        this.endedBy = by;
        this.endedAt = at;
        this.openIssueUrl = null; // free for another mentee
    }

    void introducedIn(String channel) {
        this.groupDm = channel;
    }

    boolean isMember(String memberId) {
        return mentorId.equals(memberId) || menteeId.equals(memberId);
    }

    /** The check-in was asked: the next one is due an interval later; unanswered ones in a row are counted. */
    void checkedIn(Instant next, boolean previousUnanswered) {
        this.nextCheckInAt = next;
        this.silentCheckIns = previousUnanswered ? silentCheckIns + 1 : 0;
    }

    void answered() {
        this.silentCheckIns = 0;
    }

    /** True when the admins may hear of the silence now: two check-ins unanswered, and not told in the last week. */
    boolean flagSilence(Instant now, Duration quietPeriod) {
        if (silentCheckIns < 2 || (silenceFlaggedAt != null && silenceFlaggedAt.plus(quietPeriod).isAfter(now))) {
            return false;
        }
        silenceFlaggedAt = now;
        return true;
    }

    /** Stuck from now, until someone says the pair is on track; true when the pair was not stuck already. */
    boolean stuck(Instant now) {
        boolean news = stuckSince == null;
        if (news) {
            stuckSince = now;
        }
        return news;
    }

    void onTrack() {
        stuckSince = null;
    }

    boolean hasFinished(String memberId) {
        return mentorId.equals(memberId) ? mentorFinishedAt != null : menteeFinishedAt != null;
    }

    /** The member says the mentorship is done; true when both now have. */
    boolean finishedBy(String memberId, Instant now) {
        if (mentorId.equals(memberId) && mentorFinishedAt == null) {
            mentorFinishedAt = now;
        } else if (menteeId.equals(memberId) && menteeFinishedAt == null) {
            menteeFinishedAt = now;
        }
        return mentorFinishedAt != null && menteeFinishedAt != null;
    }

    /** Completed (not merely ended): {@code how} says by what, for the admins and the record. */
    void complete(String how, Instant now) {
        end(null, now);
        this.completedAt = now;
        this.completedBy = how;
    }

    /** The member's yes or no to an announcement; true when both said yes and it was not announced yet. */
    boolean announceWish(String memberId, boolean yes, Instant now) {
        if (mentorId.equals(memberId)) {
            mentorAnnounce = yes;
        } else if (menteeId.equals(memberId)) {
            menteeAnnounce = yes;
        }
        if (announcedAt == null && Boolean.TRUE.equals(mentorAnnounce) && Boolean.TRUE.equals(menteeAnnounce)) {
            announcedAt = now;
            return true;
        }
        return false;
    }

    void testimonial(String text) {
        this.testimonial = text;
    }

    public long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public String mentorId() {
        return mentorId;
    }

    public String menteeId() {
        return menteeId;
    }

    public String area() {
        return area;
    }

    public String groupDm() {
        return groupDm;
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant nextCheckInAt() {
        return nextCheckInAt;
    }

    public int silentCheckIns() {
        return silentCheckIns;
    }

    public Instant stuckSince() {
        return stuckSince;
    }

    /** Silent for two check-ins, or someone said they are stuck: the admins' list shows it. */
    public boolean isStalled() {
        return silentCheckIns >= 2 || stuckSince != null;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String completedBy() {
        return completedBy;
    }

    public Instant announcedAt() {
        return announcedAt;
    }

    public String testimonial() {
        return testimonial;
    }

    /** Records the good first issue the mentee took, replacing an earlier one. */
    void claim(long number, String title, String url) {
        this.issueNumber = number;
        this.issueTitle = title;
        this.issueUrl = url;
        this.openIssueUrl = url;
    }

    public Optional<Long> issueNumber() {
        return Optional.ofNullable(issueNumber);
    }

    public String issueTitle() {
        return issueTitle;
    }

    public String issueUrl() {
        return issueUrl;
    }
}
