package io.odigos.community.digest;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

/** Block Kit for digests: the channel post, the admins' preview with its buttons, and the edit form. */
final class DigestMessages {

    static final String APPROVE = "digest_approve";
    static final String EDIT = "digest_edit";
    static final String SKIP = "digest_skip";
    static final String EDIT_CALLBACK = "digest_edit_save";
    static final String INTRO = "intro";
    static final String SECTIONS = "sections";
    static final int INTRO_CHARS = 1000;

    /** Blocks around the sections in the channel post (header, intro) and in the preview (note, buttons). */
    private static final int FRAME_BLOCKS = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** The sections with something to say for the period, each within its block share, in the given order. */
    static List<DigestPart> render(List<DigestSection> sections, DigestPeriod period) {
        List<DigestPart> parts = new ArrayList<>();
        int budget = BlockKit.MESSAGE_BLOCKS - FRAME_BLOCKS;
        for (DigestSection section : sections) {
            List<LayoutBlock> blocks = section.render(period);
            if (blocks.isEmpty()) {
                continue;
            }
            int room = Math.min(DigestPeriod.SECTION_BLOCKS, budget - 1); // one block for the heading
            if (room <= 0) {
                break; // the message is full; later sections wait for the next edition
            }
            List<LayoutBlock> kept = blocks.subList(0, Math.min(room, blocks.size()));
            parts.add(new DigestPart(section.key(), section.title(), OutgoingMessage.toJson(kept)));
            budget -= kept.size() + 1;
        }
        return parts;
    }

    private final ZoneId zone;

    DigestMessages(ZoneId zone) {
        this.zone = zone;
    }

    String heading(Digest digest) {
        if (digest.edition() == DigestPeriod.Edition.NEWSLETTER) {
            return digest.title() + " · " + MONTH.format(digest.from().atZone(zone).plusDays(1));
        }
        return digest.title() + " · " + DAY.format(digest.from().atZone(zone)) + " – "
                + DAY.format(digest.to().atZone(zone).minusDays(1));
    }

    /** The post for the community channel. */
    OutgoingMessage post(String channel, Digest digest) {
        return new OutgoingMessage(channel, null, heading(digest), body(digest).toString());
    }

    /** What an admin gets: the post as it will look, when it posts itself, and Approve / Edit / Skip. */
    OutgoingMessage preview(String admin, Digest digest) {
        JsonArray blocks = json(List.of(BlockKit.context(":memo: *Draft* for the community channel. It posts itself "
                + SlackText.date(digest.postAt(), "soon") + " unless an admin approves, edits or skips it first. "
                + "Approve posts the latest edit.")));
        blocks.addAll(body(digest));
        blocks.addAll(json(List.of(BlockKit.actions(List.of(
                BlockKit.primaryButton("Approve and post", APPROVE, digest.ref()),
                BlockKit.button("Edit", EDIT, digest.ref()),
                BlockKit.button("Skip this one", SKIP, digest.ref()))))));
        return new OutgoingMessage(admin, null, "Draft: " + heading(digest), blocks.toString());
    }

    /** The period so far as it would be posted: no buttons, nothing stored. */
    OutgoingMessage sample(String admin, Digest digest) {
        JsonArray blocks = json(List.of(BlockKit.context(":eyes: *Preview* of the period so far; nothing is stored "
                + "or posted. The real draft comes to you when the edition is due.")));
        blocks.addAll(body(digest));
        return new OutgoingMessage(admin, null, "Preview: " + heading(digest), blocks.toString());
    }

    private JsonArray body(Digest digest) {
        List<LayoutBlock> frame = new ArrayList<>();
        frame.add(BlockKit.header(heading(digest)));
        if (digest.intro() != null && !digest.intro().isBlank()) {
            frame.add(BlockKit.section(SlackText.escape(digest.intro())));
        }
        List<DigestPart> included = digest.included();
        if (included.isEmpty()) {
            frame.add(BlockKit.section(digest.edition() == DigestPeriod.Edition.NEWSLETTER
                    ? ":seedling: A quiet month: nothing shipped, no new contributions and no events to report. "
                    + "Have an idea or a question? `/feedback` is always open."
                    : ":seedling: A quiet fortnight: nothing shipped, no new contributions and no events coming up. "
                    + "Have an idea or a question? `/feedback` is always open."));
        }
        JsonArray blocks = json(frame);
        for (DigestPart part : included) {
            blocks.addAll(json(List.of(BlockKit.section("*" + SlackText.escape(part.title()) + "*"))));
            blocks.addAll(JsonParser.parseString(part.blocksJson()).getAsJsonArray());
        }
        return blocks;
    }

    static View editForm(Digest digest) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(input(i -> i.blockId(INTRO).optional(true).label(plainText("A note at the top"))
                .hint(plainText("Shown under the heading. Up to " + INTRO_CHARS + " characters."))
                .element(plainTextInput(t -> t.actionId(INTRO).multiline(true).maxLength(INTRO_CHARS)
                        .initialValue(digest.intro())))));
        if (!digest.parts().isEmpty()) {
            List<OptionObject> options = digest.parts().stream()
                    .map(p -> option(plainText(SlackText.clip(p.title(), 75)), p.key())).toList();
            List<OptionObject> chosen = options.stream()
                    .filter(o -> !digest.excluded().contains(o.getValue())).toList();
            // a select, not checkboxes: Slack allows 10 checkboxes, and the features' sections outnumber them
            blocks.add(input(i -> i.blockId(SECTIONS).optional(true).label(plainText("Sections to post"))
                    .element(BlockKit.multiSelect(SECTIONS, options, chosen))));
        }
        return BlockKit.modal(EDIT_CALLBACK, digest.edition() == DigestPeriod.Edition.NEWSLETTER
                ? "Edit the newsletter" : "Edit the update", "Save", new DigestEditState(digest.ref()), blocks);
    }

    private static JsonArray json(List<LayoutBlock> blocks) {
        return JsonParser.parseString(OutgoingMessage.toJson(blocks)).getAsJsonArray();
    }
}
