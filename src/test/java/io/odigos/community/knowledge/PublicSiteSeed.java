package io.odigos.community.knowledge;

import io.odigos.community.CommunityBot;
import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackService;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.testing.SignedSlack;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * A community with something of every kind the public pages must show or must never show: requests planned, in
 * progress, shipped, hidden, declined and new; guides published (author named or not), pending, declined and sent
 * back. Everything goes through the services and commands members and admins use.
 */
public final class PublicSiteSeed {

    public static final String NAMED_AUTHOR = "U0GRACE7";
    public static final String NAMED = "Grace Guidewriter";
    public static final String SHY_AUTHOR = "U0SHYSAM";
    public static final String SHY = "Samwise Shyperson";
    public static final String VOTER = "U0VOTER1";
    /** Words that appear only in what must never be public. */
    public static final List<String> SECRETS = List.of("HiddenRequestWords", "DeclinedRequestWords", "NewRequestWords",
            "PendingGuideWords", "DeclinedGuideWords", "ChangesGuideWords", SHY, "SecretReviewNote",
            "slack.com/archives");

    public long planned;
    public long inProgress;
    public long shipped;
    public long hidden;
    public long declined;
    public long fresh;
    public long namedGuide;
    public long shyGuide;
    public long pendingGuide;
    public long declinedGuide;

    private final CommunityBot bot;
    private final String admin;
    private final SignedSlack signed;

    /** {@code signed}: the bot's Slack endpoint, for what an admin does with a command. */
    public PublicSiteSeed(CommunityBot bot, String admin, SignedSlack signed) {
        this.bot = bot;
        this.admin = admin;
        this.signed = signed;
    }

    public PublicSiteSeed seed(SlackEmulator slack) {
        slack.addUser(NAMED_AUTHOR, NAMED, "UTC", false, false);
        slack.addUser(SHY_AUTHOR, SHY, "UTC", false, false);
        slack.addUser(VOTER, "Val Voter", "UTC", false, false);
        FeedbackService feedback = bot.features().feedback().service();
        planned = request("Planned request PlannedWords", "The problem PlannedWords", FeedbackStatus.PLANNED);
        for (String member : List.of(VOTER, NAMED_AUTHOR, SHY_AUTHOR)) {
            feedback.vote(planned, member); // three votes: the threshold of the test bots
        }
        inProgress = request("In progress request ProgressWords", "The problem ProgressWords", FeedbackStatus.IN_PROGRESS);
        shipped = request("Shipped request ShippedWords", "The problem ShippedWords", FeedbackStatus.SHIPPED);
        hidden = request("Hidden request HiddenRequestWords", "HiddenRequestWords", FeedbackStatus.PLANNED);
        feedback.hide(hidden, admin);
        declined = request("Declined request DeclinedRequestWords", "DeclinedRequestWords", FeedbackStatus.DECLINED);
        fresh = request("New request NewRequestWords", "NewRequestWords", null);

        namedGuide = guide(NAMED_AUTHOR, true, "Named guide NamedGuideWords", "*Bold* body with <https://odigos.io|a link>",
                null, EntryStatus.PUBLISHED);
        shyGuide = guide(SHY_AUTHOR, false, "Shy guide ShyGuideWords", null, "https://example.com/shy",
                EntryStatus.PUBLISHED);
        pendingGuide = guide(NAMED_AUTHOR, true, "Pending guide PendingGuideWords", "PendingGuideWords", null,
                EntryStatus.PENDING);
        declinedGuide = guide(NAMED_AUTHOR, true, "Declined guide DeclinedGuideWords", "DeclinedGuideWords", null,
                EntryStatus.DECLINED);
        guide(SHY_AUTHOR, true, "Changes guide ChangesGuideWords", "ChangesGuideWords", null,
                EntryStatus.CHANGES_REQUESTED);
        return this;
    }

    /** A feature request moved to the status (null: left new), as a member and an admin would. */
    public long request(String title, String problem, FeedbackStatus status) {
        FeedbackService feedback = bot.features().feedback().service();
        long id = feedback.submit(new FeedbackSubmission(FeedbackKind.FEATURE, Map.of(FeedbackField.TITLE, title,
                FeedbackField.PROBLEM, problem)), VOTER, FeedbackSource.SLASH_COMMAND, null).id();
        if (status != null) {
            feedback.changeStatus(id, status, admin);
        }
        return id;
    }

    /** A guide in the given review state, written from a Slack thread and reviewed with a note. */
    public long guide(String author, boolean showAuthor, String title, String body, String link, EntryStatus status) {
        return guide(author, new EntryDraft(title, "Summary of " + title, EntryKind.GUIDE, link, body,
                List.of("eBPF", "Troubleshooting"), "1.0", "https://odigos.slack.com/archives/C0FEEDBACK/p1",
                showAuthor), status);
    }

    /** Shared by the author through the knowledge base's service, then reviewed into {@code status} by the admin. */
    public long guide(String author, EntryDraft draft, EntryStatus status) {
        KnowledgeFeature kb = bot.features().knowledge();
        long id = kb.submissions().share(author, draft).id();
        switch (status) {
            case PUBLISHED -> kb.reviews().publish(admin, id);
            case DECLINED -> kb.reviews().decline(admin, id, "SecretReviewNote");
            case CHANGES_REQUESTED -> kb.reviews().askForChanges(admin, id, "SecretReviewNote");
            case PENDING -> { }
        }
        return id;
    }

    /** The admin adds a topic to the list with the admin command, as in Slack. */
    public void topic(String name) {
        HttpResponse<String> answer = signed.slashCommand(admin, "/community-admin", "kb-topic-add " + name);
        if (answer.statusCode() != 200 || !answer.body().contains("Added the topic")) {
            throw new AssertionError("the topic was not added: " + answer.body());
        }
    }
}
