package io.odigos.community.feedback;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The feedback form, through the signed endpoint: prefilled from a message, and errors beside their field. */
class FeedbackFormTest extends BotJourneys {

    static final String ALICE = "UALICE";

    JsonObject open(Runnable request) {
        t.slack.clear();
        request.run();
        t.slack.awaitCall("views.open", Duration.ofSeconds(10));
        return t.slack.lastOpenedView();
    }

    List<ItemSummary> stored() {
        return t.bot.features().feedback().service().list(Listing.NEWEST, ALICE, null, 10);
    }

    @Test
    void theFormPrefilledFromAMessageIsSentAsItOpened() {
        JsonObject form = open(() -> t.signed.interaction(Payloads.messageShortcut(ALICE,
                FeedbackListeners.MESSAGE_SHORTCUT, "C0GENERAL", "1700000000.000300", "Ruby support\nWe run Rails")));
        assertAccepted(t.signed.interaction(Payloads.fillIn(ALICE, form, Map.of())));
        assertEquals(List.of("Ruby support"), stored().stream().map(ItemSummary::title).toList());
    }

    @Test
    void eachBadValueIsRefusedBesideItsOwnFieldAndNothingIsStored() {
        JsonObject feature = open(() -> t.signed.slashCommand(ALICE, "/feedback", ""));
        Map<String, String> bad = Map.of(
                "title", "Ping <!channel>",
                "proposal", "p".repeat(3001));
        bad.forEach((field, value) -> {
            Map<String, String> f = new HashMap<>(Map.of("title", "Ruby support", "problem", "We run Rails"));
            f.put(field, value);
            assertRefusedUnder(t.signed.interaction(Payloads.submit(ALICE, feature, f)), feature, field);
        });
        JsonObject bug = open(() -> t.signed.slashCommand(ALICE, "/feedback", "bug"));
        Map<String, String> report = new HashMap<>(Map.of("title", "Agent crash", "odigos_version", "1.0",
                "k8s_distribution", "Plan9", "k8s_version", "1.30", "language", "Java", "steps", "run",
                "expected", "no crash", "actual", "crash"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ALICE, bug, report)), bug, "k8s_distribution")
                .contains("Choose one of"));
        assertTrue(stored().isEmpty(), "nothing was stored");
    }
}
