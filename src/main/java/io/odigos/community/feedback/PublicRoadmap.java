package io.odigos.community.feedback;

import io.odigos.community.core.BotConfig;
import io.odigos.community.web.AtomFeed;
import io.odigos.community.web.PublicText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the public roadmap: which requests the world may see (planned, in progress and shipped ones; declined
 * ones only when a setting says so; never hidden or merged ones, nor new ones still under review) and what of them.
 */
final class PublicRoadmap {

    static final int PER_COLUMN = 50;

    private final FeedbackService service;
    private final ItemLeads leads;
    private final boolean showDeclined;
    private final String publicUrl;

    PublicRoadmap(FeedbackService service, ItemLeads leads, BotConfig config) {
        this.service = service;
        this.leads = leads;
        this.showDeclined = config.publicPages().showDeclined();
        this.publicUrl = config.publicUrl();
    }

    record Columns(List<PublicRequest> planned, List<PublicRequest> inProgress, List<PublicRequest> shipped,
                   List<PublicRequest> declined) {
    }

    Columns columns() {
        Roadmap roadmap = service.roadmap(PER_COLUMN);
        return new Columns(rows(roadmap.planned()), rows(roadmap.inProgress()), rows(roadmap.shipped()),
                showDeclined ? rows(service.inStatus(FeedbackStatus.DECLINED, PER_COLUMN)) : List.of());
    }

    boolean showsDeclined() {
        return showDeclined;
    }

    int threshold() {
        return service.communityVotedThreshold();
    }

    /** The request's public page, when it may have one. */
    Optional<PublicRequest> request(long id) {
        return service.find(id).filter(this::isPublic).map(this::page);
    }

    AtomFeed shippedFeed() {
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (ItemSummary item : service.roadmap(PER_COLUMN).shipped()) {
            PublicRequest row = row(item);
            String text = "Shipped on " + row.shipped() + " with " + row.voteCount()
                    + (row.communityVoted() ? " (community-voted)." : ".");
            entries.add(new AtomFeed.Entry(row.title(), publicUrl + row.path(), item.createdAt(), item.shippedAt(),
                    PublicText.typed(text)));
        }
        return new AtomFeed("Odigos community roadmap: shipped", publicUrl + "/roadmap",
                publicUrl + RoadmapPages.FEED, entries);
    }

    private boolean isPublic(FeedbackItem item) {
        if (item.hidden() || item.mergedIntoId() != null) {
            return false;
        }
        return switch (item.status()) {
            case PLANNED, IN_PROGRESS, SHIPPED -> true;
            case DECLINED -> showDeclined;
            case NEW, UNDER_REVIEW, DUPLICATE -> false;
        };
    }

    /** Community-voted: shipped with enough votes (Slack and GitHub together), or open and past the threshold. */
    private boolean communityVoted(boolean open, boolean votedWhenShipped, int votes) {
        return votedWhenShipped || (open && votes >= service.communityVotedThreshold());
    }

    private List<PublicRequest> rows(List<ItemSummary> items) {
        return items.stream().map(this::row).toList();
    }

    private PublicRequest row(ItemSummary i) {
        return new PublicRequest(i.id(), i.title(), i.kind().label(), i.status().label(), i.voteCount(),
                i.githubUpvotes(), communityVoted(i.status().isOpen(), i.communityVoted(), i.totalVotes()),
                PublicText.day(i.createdAt()), "", PublicText.day(i.shippedAt()), lead(i.id()), List.of());
    }

    private PublicRequest page(FeedbackItem i) {
        List<PublicRequest.Section> sections = new ArrayList<>();
        List<FeedbackField> shown = i.kind() == FeedbackKind.FEATURE
                ? List.of(FeedbackField.PROBLEM, FeedbackField.PROPOSAL)
                : List.of(FeedbackField.EXPECTED, FeedbackField.ACTUAL);
        for (FeedbackField field : shown) {
            if (i.field(field) != null) {
                sections.add(new PublicRequest.Section(field.label(), PublicText.typed(i.field(field))));
            }
        }
        return new PublicRequest(i.id(), i.title(), i.kind().label(), i.status().label(), i.voteCount(),
                i.githubUpvotes(), communityVoted(i.status().isOpen(), i.communityVoted(), i.totalVotes()),
                PublicText.day(i.createdAt()), PublicText.day(i.statusChangedAt()), PublicText.day(i.shippedAt()),
                lead(i.id()), sections);
    }

    private String lead(long itemId) {
        return leads.leadOf(itemId).map(ItemLeads.Lead::displayName).orElse("");
    }
}
