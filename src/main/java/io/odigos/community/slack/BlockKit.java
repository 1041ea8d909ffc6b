package io.odigos.community.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;
import java.util.List;

/**
 * Block Kit pieces with Slack's limits applied where they are built, so no feature can exceed them:
 * 3000 characters a section, 150 a header, 75 a button label, 2000 a button value, 3000 a URL, 24 a modal title.
 */
public final class BlockKit {

    public static final int MESSAGE_BLOCKS = 50;
    public static final int MODAL_BLOCKS = 100;
    public static final int SECTION_CHARS = 3000;

    private BlockKit() {
    }

    public static SectionBlock section(String mrkdwn) {
        return Blocks.section(s -> s.text(markdownText(SlackText.clip(mrkdwn, SECTION_CHARS))));
    }

    public static SectionBlock section(String mrkdwn, BlockElement accessory) {
        return Blocks.section(s -> s.text(markdownText(SlackText.clip(mrkdwn, SECTION_CHARS))).accessory(accessory));
    }

    public static LayoutBlock header(String text) {
        return Blocks.header(h -> h.text(plainText(SlackText.clip(text, 150), true)));
    }

    public static ContextBlock context(String mrkdwn) {
        return Blocks.context(c -> c.elements(List.of(markdownText(SlackText.clip(mrkdwn, SECTION_CHARS)))));
    }

    public static ActionsBlock actions(List<? extends BlockElement> elements) {
        return Blocks.actions(a -> a.elements(List.copyOf(elements)));
    }

    public static LayoutBlock divider() {
        return Blocks.divider();
    }

    public static ButtonElement button(String label, String actionId, String value) {
        return BlockElements.button(b -> b.text(plainText(SlackText.clip(label, 75), true))
                .actionId(actionId).value(SlackText.clip(value, 2000)));
    }

    public static ButtonElement primaryButton(String label, String actionId, String value) {
        ButtonElement b = button(label, actionId, value);
        b.setStyle("primary");
        return b;
    }

    public static ButtonElement linkButton(String label, String actionId, String url) {
        if (url.length() > 3000) {
            throw new IllegalArgumentException("a button URL must stay within 3000 characters");
        }
        return BlockElements.button(b -> b.text(plainText(SlackText.clip(label, 75), true)).actionId(actionId).url(url));
    }

    /** A modal; title clipped to Slack's 24 characters, blocks checked against its 100. */
    public static View modal(String callbackId, String title, String submit, String privateMetadata,
                             List<LayoutBlock> blocks) {
        if (blocks.size() > MODAL_BLOCKS) {
            throw new IllegalArgumentException("a modal holds at most " + MODAL_BLOCKS + " blocks, not " + blocks.size());
        }
        return Views.view(v -> v.type("modal").callbackId(callbackId)
                .title(Views.viewTitle(t -> t.type("plain_text").text(SlackText.clip(title, 24))))
                .submit(submit == null ? null : Views.viewSubmit(s -> s.type("plain_text").text(SlackText.clip(submit, 24))))
                .close(Views.viewClose(c -> c.type("plain_text").text("Close")))
                .privateMetadata(privateMetadata)
                .blocks(blocks));
    }

    public static View home(List<LayoutBlock> blocks) {
        if (blocks.size() > MODAL_BLOCKS) {
            throw new IllegalArgumentException("the Home tab holds at most " + MODAL_BLOCKS + " blocks");
        }
        return Views.view(v -> v.type("home").blocks(blocks));
    }

    /** Checks a message against Slack's 50-block limit before it is sent. */
    public static List<LayoutBlock> message(List<LayoutBlock> blocks) {
        if (blocks.size() > MESSAGE_BLOCKS) {
            throw new IllegalArgumentException("a message holds at most " + MESSAGE_BLOCKS + " blocks, not " + blocks.size());
        }
        return blocks;
    }
}
