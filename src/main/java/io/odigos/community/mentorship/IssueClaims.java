package io.odigos.community.mentorship;

import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.core.WebLinks;
import io.odigos.community.recognition.GitHubApi.Issue;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackText;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The mentee takes one of the good first issues their introduction offers: it is recorded on the pair and told in
 * the group DM. A second claim replaces the first, because a newcomer who finds their issue too hard should move on
 * without asking anyone; the note in the group DM says which issue they left so the mentor can follow.
 */
final class IssueClaims {

    /** GitHub's titles are at most 256 characters; the column and the button value allow this many. */
    static final int MAX_TITLE = 300;

    /** What a Claim button carries: the pair, and the issue as offered (the bot wrote it, but it is checked again). */
    record Wanted(long pairId, long number, String title, String url) {
    }

    /** What a claim changed: the issue now on the pair, and the number of the one it replaced, if any. */
    record Claimed(Wanted issue, Optional<Long> replaced) {
    }

    private final Database database;
    private final MentorshipStore store;
    private final SlackOutbox outbox;

    IssueClaims(Database database, MentorshipStore store, SlackOutbox outbox) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
    }

    /** The button value: pair, number and URL on their own lines, then the title (which may hold anything). */
    static String buttonValue(long pairId, Issue issue) {
        return pairId + "\n" + issue.number() + "\n" + issue.url() + "\n" + SlackText.clip(issue.title(), MAX_TITLE);
    }

    static Wanted parse(String value) {
        String[] parts = value == null ? new String[0] : value.split("\n", 4);
        try {
            Wanted wanted = new Wanted(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[3], parts[2]);
            if (wanted.number() > 0 && WebLinks.isHttp(wanted.url()) && wanted.title().length() <= MAX_TITLE) {
                return wanted;
            }
        } catch (RuntimeException e) {
            // not a value this bot wrote: refused below
        }
        throw new Refusal(IssueMessages.brokenClaim());
    }

    /** The mentee of an active pair takes the issue; anyone else, or a click on an ended pair, changes nothing. */
    Claimed claim(String memberId, String buttonValue) {
        Wanted wanted = parse(buttonValue);
        try {
            return database.inTransaction(em -> {
                Pair pair = store.pair(em, wanted.pairId()).filter(Pair::isActive)
                        .orElseThrow(() -> new Refusal(IssueMessages.claimPairEnded()));
                if (!pair.menteeId().equals(memberId)) {
                    throw new Refusal(IssueMessages.onlyMenteeClaims(pair, memberId));
                }
                if (wanted.url().equals(pair.issueUrl())) {
                    throw new Refusal(IssueMessages.alreadyClaimed(wanted.number()));
                }
                if (store.issuesClaimedByOthers(em, pair.id()).contains(wanted.url())) {
                    throw new Refusal(IssueMessages.claimedByAnother(wanted.number()));
                }
                Claimed claimed = new Claimed(wanted, pair.issueNumber());
                pair.claim(wanted.number(), wanted.title(), wanted.url());
                em.flush(); // the unique key on open claims speaks here, inside the catch below
                outbox.enqueue(em, OutgoingMessage.to(pair.groupDm(), IssueMessages.issueTaken(memberId, claimed),
                        null));
                return claimed;
            });
        } catch (ConstraintViolationException e) { // another pair claimed it between the check and the write
            throw new Refusal(IssueMessages.claimedByAnother(wanted.number()));
        }
    }
}
