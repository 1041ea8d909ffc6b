package io.odigos.community.mentorship;

import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import io.odigos.community.slack.BlockKit;
import java.util.List;

/** The mentee's one line about their completed mentorship, for the monthly spotlight. */
final class TestimonialForm {

    static final String CALLBACK = "mentorship-testimonial-form";
    static final String LINE = "testimonial";

    /** Which pair the line is about, carried in the modal's private_metadata. */
    record State(long pairId) {
    }

    private TestimonialForm() {
    }

    static View view(long pairId) {
        return BlockKit.modal(CALLBACK, "Your testimonial", "Send", new State(pairId), List.of(
                BlockKit.section("One line about your mentorship: what it helped you do. It may appear in the monthly "
                        + "spotlight with your name."),
                BlockKit.input(LINE, "Your line", false, BlockElements.plainTextInput(p -> p.actionId("value")
                        .maxLength(Celebrations.MAX_TESTIMONIAL)))));
    }
}
