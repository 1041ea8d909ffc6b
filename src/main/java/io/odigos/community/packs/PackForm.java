package io.odigos.community.packs;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.File;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.block.element.FileInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.odigos.community.releases.OdigosVersion;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.SlackText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The publish modal, for a new pack or a new version of one (then prefilled with the pack's words, plus *What
 * changed*): name, summary, README, four tag selects, the releases it was tried on (a select of recent minors when
 * the current release is known, typed otherwise), and the YAML as an uploaded file or an https link.
 */
final class PackForm {

    static final String CALLBACK = "pack-publish-form";
    static final String INPUT = "value";
    static final List<String> FILE_TYPES = List.of("yaml", "yml");

    /** What the form carries: the pack a new version is for; null for a new pack. */
    record State(Long packId) {
    }

    private PackForm() {
    }

    static View publish(Optional<OdigosVersion> current) {
        return view(current, new PackDraft(null, null, null, List.of(), List.of(), null, null, null, false),
                new State(null));
    }

    /** A new version of {@code pack}, prefilled with its words and tags; the YAML and releases are the new ones. */
    static View newVersion(Optional<OdigosVersion> current, Pack pack) {
        PackDraft start = new PackDraft(pack.name(), pack.summary(), pack.readme(), pack.tags(), List.of(), null, null,
                null, true);
        return view(current, start, new State(pack.id()));
    }

    private static View view(Optional<OdigosVersion> current, PackDraft d, State state) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(d.newVersion()
                ? "A new version of *" + SlackText.escape(d.name()) + "*. Earlier versions stay as they are; an admin "
                        + "looks at this one before it is public."
                : "Share Odigos configuration that works for you. The bot checks every document of the YAML before "
                        + "anything is stored, and an admin looks at the pack before it is public."));
        blocks.add(text(PackDraft.NAME, "Name", false, PackDraft.MAX_NAME, d.name()));
        blocks.add(text(PackDraft.SUMMARY, "Summary: what does it do?", false, PackDraft.MAX_SUMMARY, d.summary()));
        blocks.add(text(PackDraft.README, "README: what is it for, and how to use it (Slack formatting)", true,
                PackDraft.MAX_README, d.readme()));
        for (PackTags kind : PackTags.values()) {
            List<OptionObject> offered = kind.choices().stream().map(v -> BlockKit.option(v, kind.tag(v))).toList();
            boolean optional = kind != PackTags.SIGNAL; // a pack is about at least one signal
            blocks.add(BlockKit.input(PackDraft.tagBlock(kind), kind.label() + "s", // Slack adds "(optional)" itself
                    optional, BlockKit.multiSelect(INPUT, offered,
                            offered.stream().filter(o -> d.tags().contains(o.getValue())).toList())));
        }
        blocks.add(BlockKit.input(PackDraft.TRIED_ON, "Odigos releases you tried it on", false, current
                .map(c -> (BlockElement) BlockKit.multiSelect(INPUT,
                        PackDraft.offeredReleases(c).stream().map(v -> BlockKit.option(v, v)).toList(), List.of()))
                .orElseGet(() -> BlockElements.plainTextInput(p -> p.actionId(INPUT).maxLength(200)
                        .placeholder(plainText("e.g. 1.4, 1.3"))))));
        blocks.add(BlockKit.input(PackDraft.FILE, "The pack's YAML file (or give a link below)", true,
                FileInputElement.builder().actionId(INPUT).filetypes(FILE_TYPES).maxFiles(1).build()));
        blocks.add(BlockKit.input(PackDraft.LINK, "Or an https link to the raw YAML file", true,
                BlockKit.link(INPUT, null)));
        if (d.newVersion()) {
            blocks.add(text(PackDraft.CHANGES, "What changed", true, PackDraft.MAX_CHANGES, null));
        }
        return BlockKit.modal(CALLBACK, d.newVersion() ? "New version" : "Publish a pack",
                d.newVersion() ? "Send new version" : "Publish", state, blocks);
    }

    private static LayoutBlock text(String blockId, String label, boolean multiline, int max, String initial) {
        return BlockKit.input(blockId, label, false, BlockElements.plainTextInput(p -> p.actionId(INPUT)
                .multiline(multiline).maxLength(max).initialValue(initial)));
    }

    /** The draft as submitted; its rules run in the service. */
    static PackDraft read(ViewState state, State formState) {
        ModalValues values = new ModalValues(state);
        List<String> tags = new ArrayList<>();
        for (PackTags kind : PackTags.values()) {
            tags.addAll(values.selected(PackDraft.tagBlock(kind)));
        }
        List<String> triedOn = values.selected(PackDraft.TRIED_ON);
        if (triedOn.isEmpty() && values.text(PackDraft.TRIED_ON) != null) {
            triedOn = Arrays.asList(values.text(PackDraft.TRIED_ON).split("[,\\s]+"));
        }
        return new PackDraft(values.text(PackDraft.NAME), values.text(PackDraft.SUMMARY), values.text(PackDraft.README),
                tags, triedOn, fileId(state), values.text(PackDraft.LINK), values.text(PackDraft.CHANGES),
                formState.packId() != null);
    }

    /** The id of the file uploaded in the file input (Slack sends the files, not a value); null when none. */
    private static String fileId(ViewState state) {
        Map<String, ViewState.Value> block = state == null || state.getValues() == null ? null
                : state.getValues().get(PackDraft.FILE);
        if (block == null) {
            return null;
        }
        return block.values().stream().filter(v -> v.getFiles() != null).flatMap(v -> v.getFiles().stream())
                .map(File::getId).filter(id -> id != null && !id.isBlank()).findFirst().orElse(null);
    }
}
