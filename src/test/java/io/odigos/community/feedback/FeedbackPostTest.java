package io.odigos.community.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.odigos.community.local.EmulatorCall;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A channel post Slack accepts whatever an item holds: an item without details (stored before a field became
 * required, say) gets no empty section, which Slack, and the emulator, refuse as invalid_blocks.
 */
class FeedbackPostTest {

    @Test
    void anItemWithNoDetailsIsPostedWithoutAnEmptySection() throws Exception {
        try (TestBot t = TestBot.start()) {
            t.bot.platform().database().runInTransaction(em -> {
                em.persist(new FeedbackItem(new FeedbackSubmission(FeedbackKind.BUG, Map.of(FeedbackField.TITLE,
                        "Spans missing")), "UBEN", FeedbackSource.API, null, t.clock.instant()));
                t.bot.platform().outbox().liveMessagesChanged();
            });
            EmulatorCall post = t.slack.awaitCall("chat.postMessage",
                    c -> c.param("text") != null && c.param("text").contains("Spans missing"), Duration.ofSeconds(10));
            assertEquals(EmulatorCall.Outcome.APPLIED, post.outcome(), "Slack took the post: " + post.error());
        }
    }
}
