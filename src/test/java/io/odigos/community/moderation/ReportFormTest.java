package io.odigos.community.moderation;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.slack.ReportButton;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Report form on a feedback post, through the signed endpoint. */
class ReportFormTest extends BotJourneys {

    static final String BOB = "UBOB";

    JsonObject open() {
        long item = t.bot.features().feedback().service().submit(new FeedbackSubmission(FeedbackKind.FEATURE, Map.of(
                FeedbackField.TITLE, "Cheap watches", FeedbackField.PROBLEM, "Buy now")), "UALICE",
                FeedbackSource.SLASH_COMMAND, null).id();
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage(BOB, TestBot.CHANNEL, "1.0", ReportButton.ACTION, "feedback:" + item));
        t.slack.awaitCall("views.open", Duration.ofSeconds(10));
        return t.slack.lastOpenedView();
    }

    long reports() {
        return t.bot.platform().database().inTransaction(em -> em.createQuery("select count(r) from Report r", Long.class)
                .getSingleResult());
    }

    @Test
    void aReportWithoutANoteIsFiled() {
        assertAccepted(t.signed.interaction(Payloads.fillIn(BOB, open(), Map.of("reason", "SPAM"))));
        assertEquals(1, reports());
    }

    @Test
    void eachBadValueIsRefusedBesideItsOwnFieldAndNothingIsStored() {
        JsonObject form = open();
        assertRefusedUnder(t.signed.interaction(Payloads.submit(BOB, form, Map.of("reason", "BORED"))), form, "reason");
        assertRefusedUnder(t.signed.interaction(Payloads.submit(BOB, form, Map.of("reason", "SPAM",
                "note", "n".repeat(Report.NOTE_MAX + 1)))), form, "note");
        assertEquals(0, reports(), "nothing was stored");
    }
}
