package io.odigos.community.packs;

import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.slack.BlockKit;
import io.odigos.community.slack.ModalValues;
import io.odigos.community.slack.SlackText;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The 1-5 star rating of a pack: one select, opened on the member's current stars when they rated it before. */
final class RatingForm {

    static final String CALLBACK = "pack-rating-form";
    static final String STARS = "pack-stars";
    static final String INPUT = "value";

    /** Which pack, and the channel the *Rate* click came from (null: a DM or a view), where the answer goes. */
    record State(long packId, String channel) {
    }

    private RatingForm() {
    }

    static View view(PackRatings.RatingChoice choice, String channel) {
        List<OptionObject> options = IntStream.rangeClosed(1, 5).map(n -> 6 - n) // five stars first
                .mapToObj(n -> BlockKit.option(RatingMessages.starsOption(n), Integer.toString(n))).toList();
        OptionObject current = choice.current().map(n -> options.get(5 - n)).orElse(null);
        return BlockKit.modal(CALLBACK, "Rate this pack", "Rate", new State(choice.pack().id(), channel), List.of(
                BlockKit.section(RatingMessages.name(choice.pack()) + "\n" + SlackText.escape(choice.pack().summary())),
                BlockKit.input(STARS, "How well does it work for you?", false,
                        BlockKit.select(INPUT, List.of(BlockKit.optionGroup("Stars", options)), current))));
    }

    /** The stars chosen; a missing or crafted value is refused under the select. */
    static int stars(ModalValues values) {
        String chosen = values.text(STARS);
        if (chosen != null && chosen.matches("[1-5]")) {
            return Integer.parseInt(chosen);
        }
        throw new InvalidInput(Map.of(STARS, RatingMessages.chooseStars()));
    }
}
