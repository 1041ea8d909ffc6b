package io.odigos.community.knowledge;

import static io.odigos.community.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.SlackText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@code /kb} shows: the menu (share, browse, latest guides), the best matches for a member's words, and what
 * browsing a topic or a kind lists. Every entry is listed by {@link KnowledgeViews#entryLine} with an Open button.
 */
final class SearchViews {

    static final String BROWSE_TOPIC = "kb-browse-topic";
    /** One button a kind: Slack wants the action ids of one block distinct, so the kind is in the id too. */
    static final String BROWSE_KIND = "kb-browse-kind-";
    static final Pattern BROWSE_ANY_KIND = Pattern.compile(Pattern.quote(BROWSE_KIND) + "[A-Z_]+");
    static final int RESULTS = 10;
    static final int LATEST = 5;
    private static final int SUMMARY_SHOWN = 200;

    private SearchViews() {
    }

    static String menuText() {
        return "Odigos knowledge base";
    }

    static List<LayoutBlock> menu(List<String> topics, List<KnowledgeEntry> latest) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("*Odigos knowledge base*: tutorials, guides, best practices and workshop material "
                + "from the community. Search with `/kb <words>`, or browse by topic or kind.",
                BlockKit.primaryButton("Share a guide", KnowledgeViews.SHARE, "menu")));
        blocks.add(browse(topics));
        if (latest.isEmpty()) {
            blocks.add(BlockKit.context("Nothing is published yet: be the first to share a guide."));
        } else {
            blocks.add(BlockKit.section("*Latest guides*"));
            blocks.addAll(listed(latest));
        }
        return BlockKit.message(blocks);
    }

    static String foundText(String words) {
        return "Knowledge base: " + escape(words);
    }

    static List<LayoutBlock> found(String words, List<KnowledgeEntry> found, List<String> topics) {
        String shown = "“" + escape(words) + "”";
        if (found.isEmpty()) {
            return BlockKit.message(List.of(BlockKit.section("Nothing in the knowledge base matches " + shown
                    + ". Try other or fewer words, or browse by topic or kind:"), browse(topics)));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("*Best matches for " + shown + "*"));
        blocks.addAll(listed(found));
        return BlockKit.message(blocks);
    }

    static String browsedText(String what) {
        return "Knowledge base: " + escape(what);
    }

    /** The newest entries under a topic or of a kind ({@code what}, as the member reads it). */
    static List<LayoutBlock> browsed(String what, List<KnowledgeEntry> found, List<String> topics) {
        if (found.isEmpty()) {
            return BlockKit.message(List.of(BlockKit.section("Nothing is published under *" + escape(what)
                    + "* yet. Share a guide with `/kb`, or browse another:"), browse(topics)));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("*" + escape(what) + "*: the newest first"));
        blocks.addAll(listed(found));
        return BlockKit.message(blocks);
    }

    static String tooLong(int max) {
        return "Keep your search under " + max + " characters: a few words find more than a sentence.";
    }

    static String topicGone() {
        return "That topic is no longer on the list. Run `/kb` to browse the current ones.";
    }

    static String brokenButton() {
        return "That button is broken. Run `/kb` to browse again.";
    }

    /** A topic select (Slack's limit of options) and one button a kind. */
    private static LayoutBlock browse(List<String> topics) {
        List<BlockElement> elements = new ArrayList<>();
        if (!topics.isEmpty()) {
            var options = topics.stream().limit(BlockKit.SELECT_OPTIONS).map(t -> BlockKit.option(t, t)).toList();
            elements.add(BlockKit.select(BROWSE_TOPIC, List.of(BlockKit.optionGroup("Topics", options)), null));
        }
        for (EntryKind kind : EntryKind.values()) {
            elements.add(BlockKit.button(kind.label(), BROWSE_KIND + kind.name(), kind.name()));
        }
        return BlockKit.actions(elements);
    }

    private static List<LayoutBlock> listed(List<KnowledgeEntry> entries) {
        return entries.stream().<LayoutBlock>map(e -> BlockKit.section(KnowledgeViews.entryLine(e) + "\n"
                        + escape(SlackText.clip(e.summary(), SUMMARY_SHOWN)),
                BlockKit.button("Open", KnowledgeViews.OPEN, Long.toString(e.id())))).toList();
    }
}
