package io.odigos.community.packs;

import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words of publishing and review, and the DMs they send: why a pack's YAML was refused (under the form's field,
 * and in full by DM), the admins' review request with its buttons, and the author's news. Member text is escaped here,
 * except a pack's README, which is the author's own mrkdwn.
 */
final class PackMessages {

    /** An admin approves a pending version; value: the version's id. */
    static final String APPROVE = "pack_approve";
    /** Opens the reason form for declining a pending version; value: the version's id. */
    static final String DECLINE = "pack_decline";
    /** How many problems the form's field lists before pointing at the DM with all of them. */
    static final int PROBLEMS_SHOWN = 3;
    /** Slack shows a field's error in a few lines; a longer summary goes to the DM. */
    static final int FIELD_ERROR_CHARS = 600;

    private PackMessages() {
    }

    static String mention(String memberId) {
        return "<@" + memberId + ">";
    }

    static String name(Pack pack) {
        return "*" + escape(pack.name()) + "*";
    }

    static String versioned(Pack pack, PackVersion version) {
        return name(pack) + " v" + version.number();
    }

    // ---- fetching the YAML ----

    static String notHttps() {
        return "The link must be an https address of the raw YAML file, like "
                + "https://raw.githubusercontent.com/you/repo/main/pack.yaml; nothing was stored.";
    }

    static String noAnswer(String host) {
        return escape(host) + " does not answer within " + BoundedDownload.BUDGET.toSeconds() + " seconds; check the "
                + "link or upload the file instead. Nothing was stored.";
    }

    static String localAddress(String host) {
        return escape(host) + " is a private or local address, which the bot does not fetch from: link to a public "
                + "raw file or upload it instead. Nothing was stored.";
    }

    static String unknownHost(String host) {
        return "There is no host " + escape(host) + "; check the link or upload the file instead. Nothing was stored.";
    }

    static String linkFailed(String host, Exception e) {
        return "The bot could not read the file from " + escape(host) + " (" + escape(String.valueOf(e.getMessage()))
                + "); nothing was stored.";
    }

    static String redirectNotHttps(String location) {
        return "The link redirects to " + escape(location) + ", which is not https; give the https address of the raw "
                + "file itself. Nothing was stored.";
    }

    static String tooManyRedirects(int max) {
        return "The link redirects more than " + max + " times; give the address of the raw file itself. Nothing was "
                + "stored.";
    }

    static String linkStatus(int status) {
        return "The link answered HTTP " + status + " instead of the file; give the address of the raw YAML file (it "
                + "must be public). Nothing was stored.";
    }

    static String linkTooBig() {
        return String.format(Locale.ROOT, "The file is larger than a pack may be: at most 1 MB (%,d bytes). Nothing "
                + "was stored.", PackValidator.MAX_BYTES);
    }

    static String fileTooBig(long bytes) {
        String why = PackValidator.tooBig(bytes);
        return Character.toUpperCase(why.charAt(0)) + why.substring(1) + ". Nothing was stored.";
    }

    static String fileUnreadable(String why) {
        return "The bot could not read the uploaded file (" + escape(String.valueOf(why)) + "); upload it again. "
                + "Nothing was stored.";
    }

    // ---- validation ----

    /**
     * What the form's file or link field says of a refused pack: how many problems and the first ones, each with its
     * document, kind, name and line.
     */
    static String problemsSummary(List<PackProblem> problems) {
        String first = problems.stream().limit(PROBLEMS_SHOWN).map(PackProblem::toString)
                .collect(Collectors.joining("; "));
        String all = problems.size() > PROBLEMS_SHOWN || first.length() > FIELD_ERROR_CHARS
                ? " … (all " + problems.size() + " in your DMs)" : "";
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "Nothing was stored: " + count + ". " + SlackText.clip(first,
                FIELD_ERROR_CHARS) + all;
    }

    /** Whether the field's summary leaves problems out, so the member gets them all by DM. */
    static boolean summaryIsPartial(List<PackProblem> problems) {
        return problems.size() > PROBLEMS_SHOWN || problems.stream().limit(PROBLEMS_SHOWN).map(PackProblem::toString)
                .collect(Collectors.joining("; ")).length() > FIELD_ERROR_CHARS;
    }

    static OutgoingMessage allProblems(String memberId, String source, List<PackProblem> problems) {
        String text = ":warning: The pack from " + escape(source) + " was not stored: the bot found "
                + problems.size() + " problems. Fix them and send it again.\n" + problems.stream()
                .map(p -> "• " + escape(p.toString())).collect(Collectors.joining("\n"));
        return OutgoingMessage.dm(memberId, SlackText.clip(text, 39_000), null);
    }

    // ---- refusals ----

    static String gone() {
        return "That pack no longer exists; nothing changed.";
    }

    static String versionGone() {
        return "That version no longer exists; nothing changed.";
    }

    static String notAuthor() {
        return "Only the pack's author can publish a new version of it; nothing changed.";
    }

    static String pendingVersion(Pack pack) {
        return "A version of " + name(pack) + " already waits for an admin; send the next one once it is decided. "
                + "Nothing changed.";
    }

    static String declinedPack(Pack pack) {
        return name(pack) + " was declined; publish it as a new pack instead. Nothing changed.";
    }

    static String alreadyDecided(Pack pack, PackVersion v) {
        String by = v.reviewedBy() == null ? "" : " by " + mention(v.reviewedBy());
        return versioned(pack, v) + " was already " + status(v.status()) + by + "; nothing changed.";
    }

    static String reasonNeeded() {
        return "Say why, so the author can fix it.";
    }

    static String status(PackStatus status) {
        return switch (status) {
            case PENDING -> "waiting for an admin";
            case PUBLISHED -> "published";
            case DECLINED -> "declined";
        };
    }

    // ---- review ----

    static OutgoingMessage submitted(Pack pack, PackVersion v) {
        return OutgoingMessage.dm(pack.authorId(), ":inbox_tray: Thanks! " + versioned(pack, v) + " passed the checks ("
                + documents(v) + ") and waits for an admin. You will hear here when it is published.", null);
    }

    /** What admins get: the pack as it would be published, its documents, source and checks, with the decisions. */
    static OutgoingMessage reviewRequest(String adminId, Pack pack, PackVersion v) {
        String text = ":package: " + mention(pack.authorId()) + (v.number() == 1 ? " published the pack " : " sent ")
                + versioned(pack, v) + ". Please review it.";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(text));
        PackDetails proposed = v.details(); // a new version may change the pack's words: the admin reviews those
        blocks.add(BlockKit.section("*" + escape(proposed.name()) + "*\n" + escape(proposed.summary()) + "\n"
                + PackViews.tagLine(List.copyOf(proposed.tags()))));
        blocks.add(BlockKit.section(proposed.readme()));
        if (v.changes() != null) {
            blocks.add(BlockKit.section("*What changed:* " + escape(v.changes())));
        }
        blocks.add(BlockKit.section("*Documents* (all valid against the schemas):\n" + v.documents().stream()
                .map(d -> "• " + escape(d.kind()) + " `" + escape(d.name()) + "` (line " + d.line() + ")")
                .collect(Collectors.joining("\n"))));
        blocks.add(BlockKit.context("Source: " + escape(v.source()) + " · tried on Odigos "
                + escape(String.join(", ", v.triedOn())) + " · sha256 `" + v.sha256() + "`"));
        String id = Long.toString(v.id());
        blocks.add(BlockKit.actions(List.of(BlockKit.primaryButton("Approve", APPROVE, id),
                BlockKit.button("Decline", DECLINE, id))));
        return OutgoingMessage.dm(adminId, text, BlockKit.message(blocks));
    }

    static String decisionDone(Pack pack, PackVersion v) {
        return ":white_check_mark: " + versioned(pack, v) + " is " + status(v.status()) + "; its author has been told.";
    }

    static OutgoingMessage published(Pack pack, PackVersion v, String link) {
        return OutgoingMessage.dm(pack.authorId(), ":tada: " + versioned(pack, v) + " is published: " + link
                + (v.number() == 1 ? "\nThank you! It counts as a *Pack* contribution on your `/profile`." : ""), null);
    }

    static OutgoingMessage declined(Pack pack, PackVersion v) {
        return OutgoingMessage.dm(pack.authorId(), ":no_entry_sign: An admin declined " + versioned(pack, v) + ":\n>"
                + escape(v.reviewNote()).replace("\n", "\n>"), null);
    }

    private static String documents(PackVersion v) {
        return v.documents().size() == 1 ? "1 document" : v.documents().size() + " documents";
    }
}
