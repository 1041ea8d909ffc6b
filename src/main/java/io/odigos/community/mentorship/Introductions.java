package io.odigos.community.mentorship;

import io.odigos.community.core.Database;
import io.odigos.community.core.Members;
import io.odigos.community.slack.DeliveryException;
import io.odigos.community.slack.DurableTasks;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackPoster;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The group DM that starts a pair: conversations.open with both members, then the introduction (goal, area, each
 * side's time zone, good first issues to claim) through the outbox. The channel id exists only after the Slack call,
 * so this is a durable task run after the pair commits: a restart or a Slack failure runs it again, and the pair's
 * {@code group_dm}, written with the message in one transaction, makes it post once. GitHub failing never fails the
 * task: the introduction then links the issues on github.com ({@link GoodFirstIssues}).
 */
final class Introductions {

    static final String TASK = "mentorship-introduction";
    private static final String PAIR_ID = "pairId";

    private final Database database;
    private final MentorshipStore store;
    private final SlackOutbox outbox;
    private final SlackPoster poster;
    private final DurableTasks tasks;
    private final Members members;
    private final GoodFirstIssues issues;
    private final Clock clock;

    Introductions(Database database, MentorshipStore store, SlackOutbox outbox, SlackPoster poster, DurableTasks tasks,
                  Members members, GoodFirstIssues issues, Clock clock) {
        this.clock = clock;
        this.issues = issues;
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.poster = poster;
        this.tasks = tasks;
        this.members = members;
    }

    void register() {
        tasks.register(TASK, parameters -> post(Long.parseLong(parameters.get(PAIR_ID))));
    }

    void introduce(long pairId) {
        tasks.run(TASK, Map.of(PAIR_ID, Long.toString(pairId)));
    }

    private void post(long pairId) throws DeliveryException {
        Pair pair = database.inTransaction(em -> store.pair(em, pairId).orElse(null));
        if (pair == null || !pair.isActive() || pair.groupDm() != null) {
            return; // ended meanwhile, or introduced already
        }
        String channel = poster.openConversation(List.of(pair.mentorId(), pair.menteeId()));
        OutgoingMessage intro = intro(channel, pair);
        database.runInTransaction(em -> store.pair(em, pairId).filter(p -> p.groupDm() == null).ifPresent(p -> {
            p.introducedIn(channel);
            outbox.enqueue(em, intro);
        }));
    }

    /** The introduction's text and blocks; GitHub is asked for the issues here, once per run of the task. */
    private OutgoingMessage intro(String channel, Pair pair) {
        MentorshipRequest request = database.inTransaction(em -> em.find(MentorshipRequest.class, pair.requestId()));
        Set<String> claimedElsewhere = database.inTransaction(em -> store.issuesClaimedByOthers(em, pair.id()));
        GoodFirstIssues.Offer offer = issues.offer(pair.area(), request.issueUrl(), claimedElsewhere);
        String intro = MentorshipMessages.introduction(pair, request, members.timeZone(pair.mentorId()),
                members.timeZone(pair.menteeId()), clock.instant());
        return OutgoingMessage.to(channel, intro + "\n" + IssueMessages.issuesText(offer, pair.menteeId()),
                MentorshipViews.introduction(intro, offer, pair));
    }
}
