package io.odigos.community.packs;

import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.ReportButton;
import java.util.ArrayList;
import java.util.List;

/**
 * A pack's Slack card, wherever it is shown (the community channel, /packs, search results), and the /packs
 * listings: the author's own list with each pack's status and *New version*, and the help.
 */
final class PackViews {

    static final String COMMAND = "/packs";
    /** Opens the publish form. */
    static final String PUBLISH = "pack_publish";
    /** What a hidden pack's card says instead. */
    static final String HIDDEN = ":no_entry_sign: An admin hid this pack.";
    /** Cards a listing shows: each takes up to six blocks of a message's 50. */
    static final int LISTED = 8;

    private final PackUrls urls;

    PackViews(PackUrls urls) {
        this.urls = urls;
    }

    /** "Language: Java · Signal: Traces, Logs", the tags grouped by kind. */
    static String tagLine(List<String> tags) {
        List<String> kinds = new ArrayList<>();
        for (PackTags kind : PackTags.values()) {
            List<String> values = tags.stream().filter(t -> PackTags.kindOf(t).orElse(null) == kind)
                    .map(PackTags::shown).toList();
            if (!values.isEmpty()) {
                kinds.add(kind.label() + ": " + escape(String.join(", ", values)));
            }
        }
        return String.join(" · ", kinds);
    }

    /** The fallback text of the card, for notifications. */
    static String cardText(PackSummary s) {
        return "Pack: " + escape(s.pack().name()) + " — " + escape(s.pack().summary());
    }

    /** The card: what the pack is, its marks and counts, the latest version and its install command, and buttons. */
    List<LayoutBlock> card(PackSummary s) {
        Pack pack = s.pack();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(":package: " + PackMessages.name(pack)
                + (s.verified() ? "  " + PackLines.VERIFIED : "") + "\n" + escape(pack.summary())));
        String tags = tagLine(pack.tags());
        if (!tags.isEmpty()) {
            blocks.add(BlockKit.context(tags));
        }
        blocks.add(BlockKit.context(standing(s)));
        s.latest().ifPresent(v -> blocks.add(BlockKit.section("*Version " + v.number() + "* · sha256 `" + v.sha256()
                + "`\n```" + urls.installCommand(pack.slug(), v.number()) + "```")));
        List<ButtonElement> buttons = new ArrayList<>();
        buttons.add(BlockKit.button("Rate", PackActions.RATE, Long.toString(pack.id())));
        s.latest().ifPresent(v -> buttons.add(BlockKit.button("Works on my cluster", PackActions.CONFIRM,
                Long.toString(v.id()))));
        buttons.add(ReportButton.of(PackModeration.KIND, Long.toString(pack.id())));
        blocks.add(BlockKit.actions(buttons));
        return blocks;
    }

    /** "★ 4.3 (12 ratings) · 5 confirmations · untested on recent releases · 40 downloads · 12 installs". */
    static String standing(PackSummary s) {
        List<String> parts = new ArrayList<>();
        parts.add(PackLines.stars(s));
        long confirmations = s.confirmationCount();
        parts.add(confirmations + (confirmations == 1 ? " confirmation" : " confirmations"));
        if (s.untestedRecent()) {
            parts.add(PackLines.UNTESTED);
        }
        parts.add(s.downloads() + (s.downloads() == 1 ? " download" : " downloads"));
        parts.add(s.installs() + (s.installs() == 1 ? " install" : " installs"));
        return String.join(" · ", parts);
    }

    /** /packs: the best packs as cards, with *Publish a pack*. */
    List<LayoutBlock> browse(String heading, List<PackSummary> packs) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(heading, BlockKit.primaryButton("Publish a pack", PUBLISH, "new")));
        if (packs.isEmpty()) {
            blocks.add(BlockKit.section("No pack matches yet. Share one that works for you!"));
        }
        for (PackSummary s : packs) {
            blocks.add(BlockKit.divider());
            blocks.addAll(card(s));
        }
        return BlockKit.message(blocks);
    }

    /** /packs mine: each of the member's packs with its status, and *New version* for those that take one. */
    static List<LayoutBlock> mine(List<PackSummary> packs) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(packs.isEmpty() ? "You have not published a pack yet."
                : "*Your packs*", BlockKit.primaryButton("Publish a pack", PUBLISH, "new")));
        for (PackSummary s : packs.stream().limit(BlockKit.MESSAGE_BLOCKS - 1).toList()) {
            Pack pack = s.pack();
            String line = PackMessages.name(pack) + " · " + (pack.hidden() ? "hidden by an admin"
                    : PackMessages.status(pack.status())) + s.latest().map(v -> " · version " + v.number()).orElse("")
                    + (pack.visible() ? "\n" + standing(s) : "");
            // a new version follows a published one; a pending or declined pack takes none
            blocks.add(pack.status() != PackStatus.PUBLISHED ? BlockKit.section(line)
                    : BlockKit.section(line, BlockKit.button("New version", PackActions.NEW_VERSION,
                    Long.toString(pack.id()))));
        }
        return BlockKit.message(blocks);
    }

    static String help() {
        return String.join("\n",
                "*Observability packs*: Odigos configuration the community found works, checked, rated and installed "
                        + "with one command.",
                "• `/packs`: the best packs, and *Publish a pack*",
                "• `/packs <words>`: packs whose name, summary or tags hold the words",
                "• `/packs mine`: your packs, their status, and *New version*",
                "• `/packs publish`: share a pack (an uploaded YAML file or an https link to one)",
                "• `/packs help`: this help");
    }

    static String found(String words, int count) {
        return count == 0 ? "No pack matches _" + escape(words) + "_." : "*Packs matching* _" + escape(words) + "_ ("
                + count + ")";
    }
}
