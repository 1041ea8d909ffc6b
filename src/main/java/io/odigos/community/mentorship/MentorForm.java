package io.odigos.community.mentorship;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.ModalValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The *Become a mentor* modal: areas, how many mentees at once, availability; prefilled with a current offer. */
final class MentorForm {

    static final String CALLBACK = "mentorship-mentor-form";
    static final String INPUT = "value";
    static final int DEFAULT_CAPACITY = 2;

    private MentorForm() {
    }

    static View view(List<String> areas, Optional<Mentor> current, Set<String> currentAreas, Optional<String> github) {
        List<OptionObject> options = areas.stream().map(a -> BlockKit.option(a, a)).toList();
        List<OptionObject> chosen = options.stream().filter(o -> currentAreas.contains(o.getValue())).toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("Mentees are proposed to you by area, time zone and your free places; you accept or "
                + "decline each. Your time zone comes from your Slack profile."));
        blocks.add(MentorshipViews.github(github));
        blocks.add(BlockKit.input(MentorDraft.AREAS, "Areas you can help with", false,
                BlockKit.multiSelect(INPUT, options, chosen)));
        blocks.add(BlockKit.input(MentorDraft.CAPACITY, "Mentees at once", false, BlockKit.wholeNumber(INPUT,
                MentorDraft.MIN_CAPACITY, MentorDraft.MAX_CAPACITY, current.map(Mentor::capacity).orElse(DEFAULT_CAPACITY))));
        blocks.add(BlockKit.input(MentorDraft.AVAILABILITY, "When you are usually available", false,
                BlockElements.plainTextInput(p -> p.actionId(INPUT).maxLength(MentorDraft.MAX_AVAILABILITY)
                        .initialValue(current.map(Mentor::availability).orElse(null))
                        .placeholder(com.slack.api.model.block.composition.BlockCompositions.plainText(
                                "e.g. weekday evenings, an hour a week")))));
        return BlockKit.modal(CALLBACK, "Become a mentor", "Save", null, blocks);
    }

    /** The draft, or {@link InvalidInput} naming a field that cannot be read; the draft's rules run in the service. */
    static MentorDraft read(ModalValues values) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer capacity = values.wholeNumber(MentorDraft.CAPACITY, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new MentorDraft(values.selected(MentorDraft.AREAS), capacity, values.text(MentorDraft.AVAILABILITY));
    }
}
