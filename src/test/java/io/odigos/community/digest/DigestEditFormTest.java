package io.odigos.community.digest;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.recognition.ContributionKind;
import io.odigos.community.slack.DigestPeriod.Edition;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartz.TriggerKey;

/** The admin's edit form of a digest draft, through the signed endpoint. */
class DigestEditFormTest extends BotJourneys {

    /** A drafted community update with two sections: a shipped request and a contribution. */
    Digest draft() throws Exception {
        Instant issue = t.bot.platform().scheduler().quartz().getTrigger(TriggerKey.triggerKey("update", "digest"))
                .getStartTime().toInstant();
        var feedback = t.bot.features().feedback().service();
        long shipped = feedback.submit(new FeedbackSubmission(FeedbackKind.FEATURE, Map.of(FeedbackField.TITLE,
                "Sampling per namespace", FeedbackField.PROBLEM, "Too many spans")), "UANN",
                FeedbackSource.SLASH_COMMAND, null).id();
        feedback.changeStatus(shipped, FeedbackStatus.SHIPPED, TestBot.ADMIN);
        t.bot.features().recognition().service().recordManual(TestBot.ADMIN, "UCAT", ContributionKind.TALK, "eBPF at KubeCon", null);
        t.clock.advance(Duration.between(t.clock.instant(), issue.plus(Duration.ofMinutes(1))));
        return t.bot.features().digest().drafting().draftDue(Edition.UPDATE, issue).get(0);
    }

    JsonObject open(Digest draft) {
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage(TestBot.ADMIN, "D" + TestBot.ADMIN, "1.0", DigestMessages.EDIT,
                draft.ref()));
        t.slack.awaitCall("views.open", Duration.ofSeconds(10));
        return t.slack.lastOpenedView();
    }

    long edits() {
        return t.bot.platform().database().inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from audit_log where action = 'digest.edit'").getSingleResult()).longValue());
    }

    @Test
    void aNoteIsAddedAndEverySectionKeptAsTheFormOpened() throws Exception {
        Digest draft = draft();
        JsonObject form = open(draft);
        assertAccepted(t.signed.interaction(Payloads.fillIn(TestBot.ADMIN, form,
                Map.of(DigestMessages.INTRO, "Welcome, newcomers!"))));
        Digest edited = t.bot.features().digest().digests().draftNamed(draft.ref());
        assertEquals("Welcome, newcomers!", edited.intro());
        assertTrue(edited.excluded().isEmpty(), "the sections ticked when the form opened are kept: " + edited.excluded());
        assertEquals(1, edits());
    }

    @Test
    void eachBadValueIsRefusedBesideItsOwnFieldAndNothingIsStored() throws Exception {
        Digest draft = draft();
        JsonObject form = open(draft);
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(TestBot.ADMIN, form,
                Map.of(DigestMessages.INTRO, "x".repeat(DigestMessages.INTRO_CHARS + 1)))), form, DigestMessages.INTRO)
                .contains("within " + DigestMessages.INTRO_CHARS));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(TestBot.ADMIN, form,
                Map.of(DigestMessages.INTRO, "Big news <!here>"))), form, DigestMessages.INTRO).contains("@here"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(TestBot.ADMIN, form,
                Map.of(DigestMessages.SECTIONS, ""))), form, DigestMessages.SECTIONS).contains("Skip"));
        assertNull(t.bot.features().digest().digests().draftNamed(draft.ref()).intro());
        assertEquals(0, edits(), "nothing was stored");
    }
}
