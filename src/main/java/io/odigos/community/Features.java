package io.odigos.community;

import io.odigos.community.core.AuditEntry;
import io.odigos.community.core.Member;
import io.odigos.community.delivery.DeliveryFeature;
import io.odigos.community.design.DesignFeature;
import io.odigos.community.digest.DigestFeature;
import io.odigos.community.discussions.DiscussionsFeature;
import io.odigos.community.events.EventsFeature;
import io.odigos.community.feedback.FeedbackFeature;
import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.hackathons.HackathonsFeature;
import io.odigos.community.knowledge.KnowledgeFeature;
import io.odigos.community.labs.LabsFeature;
import io.odigos.community.mentorship.MentorshipFeature;
import io.odigos.community.metrics.ActiveContributors;
import io.odigos.community.metrics.CallAttendance;
import io.odigos.community.metrics.EventsHeld;
import io.odigos.community.metrics.MetricsFeature;
import io.odigos.community.metrics.NewContributorRetention;
import io.odigos.community.metrics.VotedFeaturesShipped;
import io.odigos.community.moderation.ModerationFeature;
import io.odigos.community.ownership.OwnershipFeature;
import io.odigos.community.packs.PacksFeature;
import io.odigos.community.recognition.ContributionKind;
import io.odigos.community.recognition.RecognitionConfig;
import io.odigos.community.recognition.RecognitionFeature;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.OutboxEntry;
import io.odigos.community.slack.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every feature, built from the one {@link Platform} and wired to each other: the one place where features are
 * listed, and where what one needs from another is passed in as a function (docs/ARCHITECTURE.md, step 10).
 */
public final class Features {

    /** The entities Hibernate maps and validates against the migrated schema: the core's and every feature's. */
    static List<Class<?>> entities() {
        List<Class<?>> entities = new ArrayList<>(List.of(Member.class, AuditEntry.class, OutboxEntry.class));
        for (List<Class<?>> feature : List.of(FeedbackFeature.ENTITIES, EventsFeature.ENTITIES,
                HackathonsFeature.ENTITIES, RecognitionFeature.ENTITIES, ModerationFeature.ENTITIES,
                DeliveryFeature.ENTITIES, MentorshipFeature.ENTITIES, KnowledgeFeature.ENTITIES, PacksFeature.ENTITIES,
                OwnershipFeature.ENTITIES, DesignFeature.ENTITIES, LabsFeature.ENTITIES, DiscussionsFeature.ENTITIES)) {
            entities.addAll(feature);
        }
        return entities;
    }

    /** The persistence unit's settings features add (the knowledge base's full-text analysis). */
    static Map<String, Object> persistenceProperties() {
        return KnowledgeFeature.SEARCH_PROPERTIES;
    }

    private final FeedbackFeature feedback;
    private final EventsFeature events;
    private final HackathonsFeature hackathons;
    private final RecognitionFeature recognition;
    private final KnowledgeFeature knowledge;
    private final PacksFeature packs;
    private final LabsFeature labs;
    private final MetricsFeature metrics;
    private final DigestFeature digest;
    private final ModerationFeature moderation;
    private final DeliveryFeature delivery;
    private final MentorshipFeature mentorship;
    private final OwnershipFeature ownership;
    private final DesignFeature design;
    private final DiscussionsFeature discussions;
    private final List<Feature> all;

    /** @param closing registers a feature that must stop before the database, and answers it */
    Features(Platform platform, RecognitionConfig recognitionConfig, UnaryOperator<KnowledgeFeature> closing) {
        var database = platform.database();
        feedback = new FeedbackFeature(platform);
        events = new EventsFeature(platform);
        hackathons = new HackathonsFeature(platform);
        recognition = new RecognitionFeature(platform, recognitionConfig);
        // a published knowledge base entry credits its author, as a completed mentorship credits the mentor;
        // closing: its search index follower stops before the database
        knowledge = closing.apply(new KnowledgeFeature(platform, (em, author, kind, title, link, reference) ->
                recognition.service().creditFromProgramme(em, author, kind, title, link, reference)));
        // a Champion's packs are Verified, and a published pack credits its author
        packs = new PacksFeature(platform, recognition.champions()::isChampion, (em, author, name, link, reference) ->
                recognition.service().creditFromProgramme(em, author, ContributionKind.PACK, name, link, reference));
        // a member's first feedback on a beta credits them: it shows they tried it, where joining does not
        labs = new LabsFeature(platform, (em, member, title, reference) -> recognition.service().creditFromProgramme(
                em, member, ContributionKind.BETA_TESTING, title, null, reference));
        // each metric's number comes from the feature that owns its data
        metrics = new MetricsFeature(platform, List.of(new ActiveContributors(database),
                new EventsHeld(events.inPeriod()), new NewContributorRetention(database),
                new CallAttendance(events.inPeriod()), new VotedFeaturesShipped(feedback.service()),
                knowledge.tutorialsPublished()), List.of(packs.activity()));
        digest = new DigestFeature(platform);
        // features hand moderation their reportable items and their drafts waiting for approval
        moderation = new ModerationFeature(platform, List.of(feedback.moderatable(), packs.moderatable()),
                List.of(digest.awaitingApproval(), knowledge.awaitingApproval(), packs.awaitingApproval()));
        delivery = new DeliveryFeature(platform);
        // a mentee's GitHub login is the one they proved to recognition, never one typed for the programme;
        // a completed mentorship credits the mentor, and a mentee's merged pull request completes it
        mentorship = new MentorshipFeature(platform, member -> {
            var profile = recognition.service().profile(member);
            return profile.githubVerified() ? profile.githubLogin() : Optional.empty();
        }, (em, mentor, title, link, reference) -> recognition.service().creditFromProgramme(em, mentor,
                ContributionKind.MENTORING, title, link, reference));
        recognition.github().onMerged(mentorship.completions()::pullRequestMerged);
        // owners show on the roadmap through feedback's seam, and an owned item that ships credits its owner
        ownership = new OwnershipFeature(platform, feedback.service(), feedback.leads(), (em, owner, title, reference) ->
                recognition.service().creditFromProgramme(em, owner, ContributionKind.FEATURE, title, null, reference));
        // a brainstorm idea an admin hands over becomes a feature request credited to the idea's author
        design = new DesignFeature(platform, (author, title, problem) -> feedback.service().submit(
                new FeedbackSubmission(FeedbackKind.FEATURE, Map.of(FeedbackField.TITLE, title,
                        FeedbackField.PROBLEM, problem)), author, FeedbackSource.SLASH_COMMAND, null).id());
        discussions = new DiscussionsFeature(platform);
        // a discussion started on GitHub becomes a request, credited to the member linked to its author's login
        discussions.webhookEvents(feedback.imported(), recognition.deliveries(), recognition.github()::memberOfLogin)
                .ifPresent(recognition::onGitHubEvents);
        recognition.github().onLinked(feedback.imported()::creditLogin);
        all = List.of(feedback, events, hackathons, recognition, metrics, digest, moderation, delivery, mentorship,
                knowledge, packs, ownership, design, labs, discussions);
        digest.collectSections(all);
    }

    /** Every feature, in the order their Home sections and digest sections show. */
    List<Feature> all() {
        return all;
    }

    public FeedbackFeature feedback() {
        return feedback;
    }

    public EventsFeature events() {
        return events;
    }

    public HackathonsFeature hackathons() {
        return hackathons;
    }

    public DigestFeature digest() {
        return digest;
    }

    public RecognitionFeature recognition() {
        return recognition;
    }

    public MetricsFeature metrics() {
        return metrics;
    }

    public MentorshipFeature mentorship() {
        return mentorship;
    }

    public OwnershipFeature ownership() {
        return ownership;
    }

    public LabsFeature labs() {
        return labs;
    }

    public KnowledgeFeature knowledge() {
        return knowledge;
    }

    public PacksFeature packs() {
        return packs;
    }

    public DesignFeature design() {
        return design;
    }

    public DeliveryFeature delivery() {
        return delivery;
    }

    public ModerationFeature moderation() {
        return moderation;
    }

    public DiscussionsFeature discussions() {
        return discussions;
    }
}
