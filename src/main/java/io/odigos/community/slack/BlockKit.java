package io.odigos.community.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.block.element.DatetimePickerElement;
import com.slack.api.model.block.element.MultiStaticSelectElement;
import com.slack.api.model.block.element.NumberInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.URLTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;
import java.time.Instant;
import java.util.List;

/**
 * Block Kit pieces with Slack's limits applied where they are built, so no feature can exceed them:
 * 3000 characters a section, 150 a header, 75 a button label, 2000 a button value, 3000 a URL, 24 a modal title,
 * 2000 an input label; a select holds at most 100 options (in at most 100 groups, labelled in 75 characters), each
 * shown in 75 characters with a value of at most 150.
 */
public final class BlockKit {

    public static final int MESSAGE_BLOCKS = 50;
    public static final int MODAL_BLOCKS = 100;
    public static final int SECTION_CHARS = 3000;
    public static final int SELECT_OPTIONS = 100;

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

    /** An input block: one element, its label, and whether the form can be sent without it. */
    public static InputBlock input(String blockId, String label, boolean optional, BlockElement element) {
        return Blocks.input(i -> i.blockId(blockId).label(plainText(SlackText.clip(label, 2000))).optional(optional)
                .element(element));
    }

    /** A number input that takes whole numbers from min to max (Slack refuses others before sending). */
    public static NumberInputElement wholeNumber(String actionId, int min, int max, Integer initial) {
        if (min > max || initial != null && (initial < min || initial > max)) {
            throw new IllegalArgumentException("a number input needs min <= initial <= max: " + min + ", " + initial
                    + ", " + max);
        }
        return BlockElements.numberInput(n -> n.actionId(actionId).decimalAllowed(false).minValue(Integer.toString(min))
                .maxValue(Integer.toString(max)).initialValue(initial == null ? null : initial.toString()));
    }

    /** A URL input; Slack's client asks for a URL, and the form's rules still check it is http(s). */
    public static URLTextInputElement link(String actionId, String initial) {
        return BlockElements.urlTextInput(u -> u.actionId(actionId).initialValue(initial));
    }

    /** A date-time picker, shown in the member's own zone, starting at {@code initial} (null: nothing picked). */
    public static DatetimePickerElement dateTime(String actionId, Instant initial) {
        return BlockElements.datetimePicker(d -> d.actionId(actionId)
                .initialDateTime(initial == null ? null : Math.toIntExact(initial.getEpochSecond())));
    }

    /** One choice of a select; its label is clipped to 75 characters and its value must fit in 150. */
    public static OptionObject option(String label, String value) {
        if (value.length() > 150) {
            throw new IllegalArgumentException("an option's value holds at most 150 characters: " + value);
        }
        return OptionObject.builder().text(plainText(SlackText.clip(label, 75))).value(value).build();
    }

    /** A group of choices in a select, under a label of at most 75 characters. */
    public static OptionGroupObject optionGroup(String label, List<OptionObject> options) {
        return OptionGroupObject.builder().label(plainText(SlackText.clip(label, 75))).options(List.copyOf(options)).build();
    }

    /** A select of grouped choices; {@code initial} must be one of them (or null). */
    public static StaticSelectElement select(String actionId, List<OptionGroupObject> groups, OptionObject initial) {
        int options = groups.stream().mapToInt(g -> g.getOptions().size()).sum();
        if (options > SELECT_OPTIONS) {
            throw new IllegalArgumentException("a select holds at most " + SELECT_OPTIONS + " options, not " + options);
        }
        if (initial != null && groups.stream().flatMap(g -> g.getOptions().stream()).noneMatch(initial::equals)) {
            throw new IllegalArgumentException("the initial option " + initial.getValue() + " is not one of the choices");
        }
        return BlockElements.staticSelect(s -> s.actionId(actionId).optionGroups(List.copyOf(groups)).initialOption(initial));
    }

    /** A select of several choices; {@code initial} must be among them (none when empty). */
    public static MultiStaticSelectElement multiSelect(String actionId, List<OptionObject> options,
                                                       List<OptionObject> initial) {
        if (options.size() > SELECT_OPTIONS) {
            throw new IllegalArgumentException("a select holds at most " + SELECT_OPTIONS + " options, not " + options.size());
        }
        if (!options.containsAll(initial)) {
            throw new IllegalArgumentException("an initial option is not one of the choices");
        }
        return BlockElements.multiStaticSelect(s -> s.actionId(actionId).options(List.copyOf(options))
                .initialOptions(initial.isEmpty() ? null : List.copyOf(initial)));
    }

    /**
     * A modal; title clipped to Slack's 24 characters, blocks checked against its 100. {@code state} is what the
     * listeners read back from its private_metadata ({@link ModalState}), or null when the form needs nothing.
     */
    public static View modal(String callbackId, String title, String submit, Record state, List<LayoutBlock> blocks) {
        if (blocks.size() > MODAL_BLOCKS) {
            throw new IllegalArgumentException("a modal holds at most " + MODAL_BLOCKS + " blocks, not " + blocks.size());
        }
        return Views.view(v -> v.type("modal").callbackId(callbackId)
                .title(Views.viewTitle(t -> t.type("plain_text").text(SlackText.clip(title, 24))))
                .submit(submit == null ? null : Views.viewSubmit(s -> s.type("plain_text").text(SlackText.clip(submit, 24))))
                .close(Views.viewClose(c -> c.type("plain_text").text("Close")))
                .privateMetadata(state == null ? null : ModalState.write(state))
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
