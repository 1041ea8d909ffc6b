package io.odigos.community.mentorship;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.ModalValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The *Find a mentor* modal: the area and what to work on, experience, and optionally a good-first-issue. */
final class MenteeForm {

    static final String CALLBACK = "mentorship-mentee-form";
    static final String INPUT = "value";

    private MenteeForm() {
    }

    static View view(List<String> areas, Optional<String> github) {
        List<OptionObject> areaOptions = areas.stream().map(a -> BlockKit.option(a, a)).toList();
        List<OptionObject> levels = Arrays.stream(Experience.values()).map(e -> BlockKit.option(e.label(), e.name()))
                .toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("A mentor is proposed within seconds when one has a free place; otherwise your "
                + "request waits in the queue. Your time zone comes from your Slack profile."));
        blocks.add(MentorshipViews.github(github));
        blocks.add(BlockKit.input(MenteeDraft.AREA, "Area", false,
                BlockKit.select(INPUT, List.of(BlockKit.optionGroup("Areas of Odigos", areaOptions)), null)));
        blocks.add(BlockKit.input(MenteeDraft.GOAL, "What would you like to work on?", false,
                BlockElements.plainTextInput(p -> p.actionId(INPUT).multiline(true).maxLength(MenteeDraft.MAX_GOAL))));
        blocks.add(BlockKit.input(MenteeDraft.EXPERIENCE, "Your experience", false,
                BlockKit.select(INPUT, List.of(BlockKit.optionGroup("Experience", levels)), null)));
        blocks.add(BlockKit.input(MenteeDraft.ISSUE, "A good first issue you picked (optional)", true,
                BlockKit.link(INPUT, null)));
        return BlockKit.modal(CALLBACK, "Find a mentor", "Ask", null, blocks);
    }

    /** The draft, or {@link InvalidInput} naming a field that cannot be read; the draft's rules run in the service. */
    static MenteeDraft read(ModalValues values) {
        Map<String, String> problems = new LinkedHashMap<>();
        Experience experience = null;
        String level = values.get(MenteeDraft.EXPERIENCE);
        if (level != null) {
            try {
                experience = Experience.valueOf(level);
            } catch (IllegalArgumentException e) {
                problems.put(MenteeDraft.EXPERIENCE, "Pick your experience from the list.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new MenteeDraft(values.text(MenteeDraft.AREA), values.text(MenteeDraft.GOAL), experience,
                values.text(MenteeDraft.ISSUE));
    }
}
