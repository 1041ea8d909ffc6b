package io.odigos.community.knowledge;

import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of sharing, review and rating, and the DMs they send (reviewers' requests with their buttons, the
 * author's news); member text is escaped here, except an entry's body, which is the author's own mrkdwn.
 */
final class KnowledgeMessages {

    /** The reviewer publishes the entry; value: the entry's id. */
    static final String PUBLISH = "kb-publish";
    /** Opens the note form for changes the author should make. */
    static final String ASK_CHANGES = "kb-ask-changes";
    /** Opens the reason form for declining the entry. */
    static final String DECLINE = "kb-decline";
    /** The author reopens the form, prefilled, to edit and resubmit. */
    static final String EDIT = "kb-edit";

    private KnowledgeMessages() {
    }

    static String mention(String memberId) {
        return "<@" + memberId + ">";
    }

    static String title(KnowledgeEntry e) {
        return "*" + escape(e.title()) + "*";
    }

    // ---- refusals ----

    static String notAReviewer() {
        return "Only knowledge base reviewers (community admins and the members in KB_REVIEWERS) can do that; "
                + "nothing changed.";
    }

    static String gone() {
        return "That entry no longer exists; nothing changed.";
    }

    static String notPublished() {
        return "That entry is not published; nothing changed.";
    }

    static String alreadyDecided(KnowledgeEntry e) {
        String by = e.reviewedBy() == null ? "" : " by " + mention(e.reviewedBy());
        return title(e) + " was already " + decided(e.status()) + by + "; nothing changed.";
    }

    static String notYours() {
        return "Only the entry's author can edit it; nothing changed.";
    }

    static String notAwaitingChanges(KnowledgeEntry e) {
        return title(e) + " is " + status(e.status()) + ", so there is nothing to resubmit; nothing changed.";
    }

    static String ownEntry() {
        return "You cannot rate your own entry; nothing changed.";
    }

    static String voteFirst() {
        return "Mark the entry *Not helpful* first; nothing changed.";
    }

    // ---- statuses ----

    static String status(EntryStatus status) {
        return switch (status) {
            case PENDING -> "waiting for review";
            case CHANGES_REQUESTED -> "waiting for your changes";
            case PUBLISHED -> "published";
            case DECLINED -> "declined";
        };
    }

    private static String decided(EntryStatus status) {
        return switch (status) {
            case PENDING -> "resubmitted";
            case CHANGES_REQUESTED -> "sent back for changes";
            case PUBLISHED -> "published";
            case DECLINED -> "declined";
        };
    }

    // ---- sharing and review ----

    static String submitted(KnowledgeEntry e, boolean again) {
        return ":inbox_tray: Thanks! " + title(e) + (again ? " is back with the reviewers." : " waits for a reviewer.")
                + " You will hear here when it is published, or if they ask for changes.";
    }

    /** What reviewers get: the entry as it would be published, with the three decisions. */
    static OutgoingMessage reviewRequest(String reviewerId, KnowledgeEntry e, boolean again) {
        String text = ":books: " + mention(e.authorId()) + (again ? " resubmitted " : " shared ") + title(e)
                + " for the knowledge base. Please review it.";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(text));
        blocks.addAll(details(e));
        String id = Long.toString(e.id());
        blocks.add(BlockKit.actions(List.of(BlockKit.primaryButton("Publish", PUBLISH, id),
                BlockKit.button("Ask for changes", ASK_CHANGES, id), BlockKit.button("Decline", DECLINE, id))));
        return OutgoingMessage.dm(reviewerId, text, BlockKit.message(blocks));
    }

    /** The entry in full: its line, summary, body (the author's mrkdwn), where it came from, and what changed. */
    static List<LayoutBlock> details(KnowledgeEntry e) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(KnowledgeViews.entryLine(e) + "\n" + escape(e.summary())));
        if (e.body() != null) {
            blocks.add(BlockKit.section(e.body()));
        }
        List<String> context = new ArrayList<>();
        if (e.link() != null) {
            context.add("<" + e.link() + "|" + escape(e.link()) + ">");
        }
        if (e.sourceThread() != null) {
            context.add("<" + e.sourceThread() + "|From a Slack thread>");
        }
        context.add(e.showAuthor() ? "Name shown on the public page" : "Name hidden on the public page");
        blocks.add(BlockKit.context(String.join(" · ", context)));
        return blocks;
    }

    static String decisionDone(KnowledgeEntry e) {
        return ":white_check_mark: " + title(e) + " is " + decided(e.status()) + "; its author has been told.";
    }

    static OutgoingMessage toAuthor(KnowledgeEntry e) {
        return switch (e.status()) {
            case PUBLISHED -> OutgoingMessage.dm(e.authorId(), ":tada: " + title(e) + " is published in the knowledge "
                    + "base. Thank you! It counts as a *" + e.kind().credit().label() + "* contribution on your `/profile`.",
                    null);
            case CHANGES_REQUESTED -> {
                String text = ":pencil2: A reviewer asked for changes to " + title(e) + ":\n>" + quoted(e.reviewNote())
                        + "\nEdit it and send it again when you are ready.";
                yield OutgoingMessage.dm(e.authorId(), text, List.of(BlockKit.section(text),
                        BlockKit.actions(List.of(BlockKit.primaryButton("Edit and resubmit", EDIT,
                                Long.toString(e.id()))))));
            }
            case DECLINED -> OutgoingMessage.dm(e.authorId(), ":no_entry_sign: A reviewer declined " + title(e) + ":\n>"
                    + quoted(e.reviewNote()), null);
            case PENDING -> throw new IllegalStateException("a decision leaves the entry pending");
        };
    }

    private static String quoted(String note) {
        return escape(note).replace("\n", "\n>");
    }

    // ---- rating ----

    static String notHelpfulComment(KnowledgeEntry e, String comment) {
        return ":speech_balloon: A reader found " + title(e) + " not helpful and left a comment:\n>" + quoted(comment);
    }
}
