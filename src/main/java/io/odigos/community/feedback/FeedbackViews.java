package io.odigos.community.feedback;

import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static io.odigos.community.slack.SlackText.clip;
import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.ReportButton;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Block Kit for feedback: the submit modal, the channel post, the browse modal, the roadmap and Home. */
public final class FeedbackViews {

    public static final String SUBMIT_CALLBACK = "feedback_submit";
    public static final String LIST_CALLBACK = "feedback_list";

    /** What the request list carries in private_metadata, so a vote in it redraws the same list. */
    record ListState(Listing listing, String query) {
        ListState {
            java.util.Objects.requireNonNull(listing, "listing");
        }
    }
    public static final String VOTE = "feedback_vote";
    public static final String UNVOTE = "feedback_unvote";
    public static final String OPEN_GITHUB = "feedback_github";
    public static final String SWITCH_KIND = "feedback_kind";
    public static final String SWITCH_LISTING = "feedback_listing";
    public static final String INPUT = "value";
    static final int LIST_SIZE = 15;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final String githubRepositoryUrl;
    private final ItemLeads leads;

    public FeedbackViews(String githubRepositoryUrl, ItemLeads leads) {
        this.githubRepositoryUrl = githubRepositoryUrl;
        this.leads = leads;
    }

    // ---- submit modal ----

    View submitModal(SubmitContext context, Map<FeedbackField, String> prefill) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.actions(List.of(kindSelect(context.kind()))));
        blocks.add(BlockKit.context(context.kind() == FeedbackKind.BUG
                ? "Tell maintainers what they need to reproduce it. Search `/requests search <words>` first: it may be known."
                : "Describe the problem you want solved; members vote on requests and the top ones reach the roadmap."));
        for (FeedbackField field : FeedbackField.askedFor(context.kind())) {
            blocks.add(input(field, context.kind(), prefill.get(field)));
        }
        return BlockKit.modal(SUBMIT_CALLBACK, context.kind().label(), "Submit", context, blocks);
    }

    private static BlockElement kindSelect(FeedbackKind selected) {
        List<OptionObject> options = new ArrayList<>();
        for (FeedbackKind k : FeedbackKind.values()) {
            options.add(option(plainText(k.label()), k.name()));
        }
        OptionObject initial = options.get(selected.ordinal());
        return BlockElements.staticSelect(s -> s.actionId(SWITCH_KIND).options(options).initialOption(initial));
    }

    private static LayoutBlock input(FeedbackField field, FeedbackKind kind, String prefill) {
        BlockElement element;
        if (!field.choices().isEmpty()) {
            List<OptionObject> options = field.choices().stream().map(c -> option(plainText(c), c)).toList();
            OptionObject initial = prefill == null ? null
                    : options.stream().filter(o -> o.getValue().equalsIgnoreCase(prefill)).findFirst().orElse(null);
            element = BlockElements.staticSelect(s -> s.actionId(INPUT).options(options).initialOption(initial));
        } else {
            String initial = prefill == null ? null : clip(prefill, field.maxLength());
            element = BlockElements.plainTextInput(p -> p.actionId(INPUT).multiline(field.multiline())
                    .maxLength(field.maxLength()).initialValue(initial));
        }
        return Blocks.input(i -> i.blockId(field.key()).label(plainText(field.label()))
                .optional(!field.isRequiredFor(kind)).element(element));
    }

    // ---- channel post ----

    String postText(FeedbackItem item) {
        return item.kind().label() + " #" + item.id() + ": " + item.title() + " (" + votes(item) + ")";
    }

    List<LayoutBlock> post(FeedbackItem item) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (item.hidden()) {
            blocks.add(BlockKit.section(":no_entry: _This request was removed by a moderator._"));
            return blocks;
        }
        blocks.add(BlockKit.section(item.kind().emoji() + " *" + item.kind().label() + " #" + item.id() + ": "
                + escape(item.title()) + "*"));
        StringBuilder details = new StringBuilder();
        for (FeedbackField field : FeedbackField.askedFor(item.kind())) {
            String value = item.field(field);
            if (field != FeedbackField.TITLE && value != null) {
                details.append('*').append(field.label()).append(":* ")
                        .append(escape(field.multiline() ? clip(value, 500) : value)).append('\n');
            }
        }
        if (!details.isEmpty()) { // Slack refuses a section with empty text: an item with no details has none
            blocks.add(BlockKit.section(details.toString()));
        }
        String from = item.sourceLink() == null ? "" : " · <" + item.sourceLink() + "|" + (item.source()
                == FeedbackSource.GITHUB ? "its discussion on GitHub" : "from this conversation") + ">";
        blocks.add(BlockKit.context(item.status().emoji() + " *" + item.status().label() + "* · *" + votes(item)
                + "* · " + author(item) + from + ledBy(item.id())));
        if (item.mergedIntoId() != null) {
            blocks.add(BlockKit.section(":twisted_rightwards_arrows: Merged into #" + item.mergedIntoId()
                    + ": its votes moved there. Find it with `/requests search`."));
            return blocks;
        }
        List<BlockElement> buttons = new ArrayList<>();
        if (item.acceptsVotes()) {
            buttons.add(BlockKit.primaryButton(":thumbsup: Vote", VOTE, Long.toString(item.id())));
            buttons.add(BlockKit.button("Take back my vote", UNVOTE, Long.toString(item.id())));
        }
        if (leads.offersLeadThis(item)) {
            buttons.add(BlockKit.button(":raising_hand: Lead this", ItemLeads.LEAD_THIS, Long.toString(item.id())));
        }
        buttons.add(BlockKit.linkButton("Open GitHub issue", OPEN_GITHUB, GitHubIssueLink.forItem(githubRepositoryUrl, item)));
        buttons.add(ReportButton.of(FeedbackModeration.KIND, Long.toString(item.id())));
        blocks.add(BlockKit.actions(buttons));
        return BlockKit.message(blocks);
    }

    // ---- browse modal ----

    View listModal(Listing listing, String query, List<ItemSummary> items, Set<Long> voted) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<BlockElement> tabs = new ArrayList<>();
        for (Listing l : List.of(Listing.TOP, Listing.NEWEST, Listing.MINE)) {
            tabs.add(l == listing ? BlockKit.primaryButton(l.label(), SWITCH_LISTING + "_" + l.key(), l.key())
                    : BlockKit.button(l.label(), SWITCH_LISTING + "_" + l.key(), l.key()));
        }
        blocks.add(BlockKit.actions(tabs));
        if (listing == Listing.SEARCH) {
            blocks.add(BlockKit.context("Results for *" + escape(query) + "*"));
        }
        if (items.isEmpty()) {
            blocks.add(BlockKit.section(listing == Listing.MINE
                    ? "You have not submitted or voted on anything yet. `/feedback` starts a request."
                    : "Nothing here yet. `/feedback` starts a request."));
        }
        for (ItemSummary item : items) {
            blocks.add(itemRow(item, voted.contains(item.id())));
        }
        return BlockKit.modal(LIST_CALLBACK, "Requests", null, new ListState(listing, query), blocks);
    }

    /** One line of a list, with the button that fits the member's vote. */
    LayoutBlock itemRow(ItemSummary item, boolean votedByMember) {
        String text = item.kind().emoji() + " *#" + item.id() + " " + escape(item.title()) + "*\n"
                + item.status().emoji() + " " + item.status().label() + " · " + votes(item)
                + (votedByMember ? " · :white_check_mark: you voted" : "");
        if (!item.acceptsVotes()) {
            return BlockKit.section(text);
        }
        String id = Long.toString(item.id());
        return BlockKit.section(text, votedByMember ? BlockKit.button("Take back", UNVOTE, id)
                : BlockKit.primaryButton("Vote", VOTE, id));
    }

    // ---- roadmap ----

    List<LayoutBlock> roadmap(Roadmap roadmap, int threshold) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header(":world_map: Odigos community roadmap"));
        if (roadmap.isEmpty()) {
            blocks.add(BlockKit.section("Nothing is planned yet. Vote on requests with `/requests` to shape it."));
            return blocks;
        }
        column(blocks, ":calendar: Planned", roadmap.planned());
        column(blocks, ":hammer_and_wrench: In progress", roadmap.inProgress());
        column(blocks, ":rocket: Recently shipped", roadmap.shipped());
        blocks.add(BlockKit.context(":star: community-voted: shipped with at least " + threshold
                + " votes, in Slack and on GitHub together"));
        return BlockKit.message(blocks);
    }

    /** Who asked: a member as a mention; a login no member is linked to as plain text, never a mention. */
    static String author(FeedbackItem item) {
        if (item.hasSlackAuthor()) {
            return "submitted by <@" + item.authorId() + ">";
        }
        return FeedbackItem.GITHUB_AUTHOR.equals(item.authorId())
                ? "submitted by @" + escape(item.githubAuthor()) + " on GitHub" : "sent from the Odigos UI";
    }

    /** " · led by @member" when someone leads the item, else nothing. */
    private String ledBy(long itemId) {
        return leads.leadOf(itemId).map(l -> " · led by <@" + l.memberId() + ">").orElse("");
    }

    private void column(List<LayoutBlock> blocks, String title, List<ItemSummary> items) {
        StringBuilder text = new StringBuilder("*").append(title).append("*\n");
        if (items.isEmpty()) {
            text.append("_nothing yet_");
        }
        for (ItemSummary item : items) {
            text.append("• #").append(item.id()).append(' ').append(escape(item.title())).append(" — ")
                    .append(votes(item)).append(ledBy(item.id()));
            if (item.shippedAt() != null) {
                text.append(", shipped ").append(DAY.format(item.shippedAt().atZone(ZoneId.of("UTC"))));
                if (item.communityVoted()) {
                    text.append(" :star:");
                }
            }
            text.append('\n');
        }
        blocks.add(BlockKit.section(text.toString()));
    }

    static String votes(int count) {
        return count + (count == 1 ? " vote" : " votes");
    }

    /**
     * The one count, Slack's votes plus GitHub's upvotes, with the two side by side once GitHub's count: "12 votes
     * (9 in Slack · 3 on GitHub)", else "9 votes". GitHub does not say who upvoted, so a member who voted in both
     * places is in both figures, and the split shows it.
     */
    static String votes(int slackVotes, int githubUpvotes) {
        String total = votes(slackVotes + githubUpvotes);
        return githubUpvotes == 0 ? total
                : total + " (" + slackVotes + " in Slack · " + githubUpvotes + " on GitHub)";
    }

    static String votes(ItemSummary item) {
        return votes(item.voteCount(), item.githubUpvotes());
    }

    static String votes(FeedbackItem item) {
        return votes(item.voteCount(), item.githubUpvotes());
    }
}
