package io.odigos.community.knowledge;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static io.odigos.community.testing.ModalAnswers.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.core.AuditEntry;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.metrics.Metric;
import io.odigos.community.recognition.ContributionKind;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.ViewJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sharing, review, credit and the moderation queue through signed requests. */
class KnowledgeEndToEndTest extends KnowledgeJourneys {

    @Test
    void aSharedGuideWaitsForReviewersAndPublishingItCreditsTheAuthorOnce() {
        long id = share(ANN, "Tracing Go with eBPF");
        awaitDm(ANN, "waits for a reviewer");
        String request = awaitDm(RITA, "shared *Tracing Go with eBPF*").param("blocks");
        assertTrue(request.contains(KnowledgeMessages.PUBLISH) && request.contains(KnowledgeMessages.ASK_CHANGES)
                && request.contains(KnowledgeMessages.DECLINE), request);
        awaitDm(ADMIN, "shared *Tracing Go with eBPF*");
        t.slack.clear();
        t.signed.slashCommand(ADMIN, "/community-admin", "queue");
        t.slack.awaitCall("views.open", WAIT);
        String queue = ViewJson.readable(t.slack.lastOpenedView().toString());
        assertTrue(queue.contains("*Tracing Go with eBPF* (Tutorial) by <@UANN>"), "the moderation queue: " + queue);

        clickInDm(BEN, KnowledgeMessages.PUBLISH, id);
        awaitReply(BEN, "Only knowledge base reviewers");
        assertEquals(EntryStatus.PENDING, entry(id).status());

        clickInDm(RITA, KnowledgeMessages.PUBLISH, id);
        awaitReply(RITA, "is published; its author has been told");
        awaitDm(ANN, "is published in the knowledge base");
        KnowledgeEntry published = entry(id);
        assertEquals(EntryStatus.PUBLISHED, published.status());
        assertEquals(RITA, published.reviewedBy());
        assertEquals(t.clock.instant(), published.publishedAt());
        assertTrue(knowledge().awaitingApproval().awaitingApproval().isEmpty());

        clickInDm(ADMIN, KnowledgeMessages.PUBLISH, id);
        awaitReply(ADMIN, "was already published by <@URITA>; nothing changed");
        var profile = t.bot.features().recognition().service().profile(ANN);
        assertEquals(Map.of(ContributionKind.TUTORIAL, 1L), profile.contributions(), "credited once");
        assertTrue(profile.points() > 0);
        List<AuditEntry> audit = audit().stream().filter(a -> a.action().startsWith("kb-")).toList();
        assertEquals(1, audit.size(), "refusals and stale clicks are not audited: " + audit);
        assertEquals(RITA, audit.get(0).actorId());
        assertEquals("kb-entry:" + id, audit.get(0).target());

        assertEquals(1.0, tutorials());
        published(ANN, "Best practice, not a tutorial", EntryKind.BEST_PRACTICE);
        assertEquals(1.0, tutorials(), "best practices are not tutorials");
        t.clock.advance(java.time.Duration.ofDays(190));
        assertEquals(0.0, tutorials(), "older than 6 months");
    }

    double tutorials() {
        return t.bot.features().metrics().service().current().stream().filter(m -> m.id().equals(Metric.TUTORIALS_PUBLISHED.id()))
                .findFirst().orElseThrow().value().orElseThrow();
    }

    @Test
    void askedForChangesTheAuthorEditsResubmitsAndItIsPublished() {
        long id = share(ANN, "Sampling 101");
        JsonObject form = formFromDm(ADMIN, KnowledgeMessages.ASK_CHANGES, id);
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ADMIN, form, Map.of(NoteForm.NOTE, " "))),
                form, NoteForm.NOTE).contains("Say what"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ADMIN, form, Map.of(NoteForm.NOTE,
                "x".repeat(1001)))), form, NoteForm.NOTE).contains("1000"));
        assertEquals(EntryStatus.PENDING, entry(id).status());
        assertAccepted(t.signed.interaction(Payloads.submit(ADMIN, form, Map.of(NoteForm.NOTE,
                "Add the <Helm> values you used"))));
        var dm = awaitDm(ANN, "asked for changes");
        assertTrue(dm.param("text").contains("&lt;Helm&gt;"), "the note is escaped: " + dm.param("text"));
        assertTrue(dm.param("blocks").contains(KnowledgeMessages.EDIT));

        clickInDm(BEN, KnowledgeMessages.EDIT, id);
        awaitReply(BEN, "Only the entry's author");
        JsonObject edit = formFromDm(ANN, KnowledgeMessages.EDIT, id);
        assertEquals("Sampling 101", element(edit, EntryDraft.TITLE).get("initial_value").getAsString());
        assertEquals("TUTORIAL", element(edit, EntryDraft.KIND).getAsJsonObject("initial_option").get("value")
                .getAsString());
        assertTrue(edit.toString().contains("Helm"), "the reviewer's note shows above the form");
        assertAccepted(t.signed.interaction(Payloads.submit(ANN, edit, Map.of(EntryDraft.TITLE, "Sampling 102"))));
        awaitDm(ANN, "is back with the reviewers");
        awaitDm(RITA, "resubmitted *Sampling 102*");
        assertEquals(EntryStatus.PENDING, entry(id).status());
        assertEquals("Sampling 102", entry(id).title());

        clickInDm(RITA, KnowledgeMessages.PUBLISH, id);
        awaitDm(ANN, "*Sampling 102* is published");
        clickInDm(ANN, KnowledgeMessages.EDIT, id);
        awaitReply(ANN, "nothing to resubmit");
        assertEquals(List.of("kb-publish", "kb-ask-changes"), audit().stream().map(AuditEntry::action)
                .filter(a -> a.startsWith("kb-")).toList());
    }

    @Test
    void aDeclinedOrDeletedEntryAnswersStaleButtonsAndNonReviewersCannotOpenTheForms() {
        long id = share(ANN, "Old notes");
        clickInDm(BEN, KnowledgeMessages.DECLINE, id);
        awaitReply(BEN, "Only knowledge base reviewers");
        JsonObject form = formFromDm(RITA, KnowledgeMessages.DECLINE, id);
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(RITA, form, Map.of(NoteForm.NOTE,
                "<!channel> duplicate"))), form, NoteForm.NOTE).contains("@channel"));
        assertAccepted(t.signed.interaction(Payloads.submit(RITA, form, Map.of(NoteForm.NOTE,
                "It repeats the official docs."))));
        awaitDm(ANN, "declined *Old notes*");
        awaitDm(RITA, "is declined");
        assertEquals(EntryStatus.DECLINED, entry(id).status());

        clickInDm(ADMIN, KnowledgeMessages.PUBLISH, id);
        awaitReply(ADMIN, "was already declined by <@URITA>");
        clickInDm(ADMIN, KnowledgeMessages.ASK_CHANGES, id);
        awaitReply(ADMIN, "was already declined");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(RITA, form, Map.of(NoteForm.NOTE, "Again"))),
                form, NoteForm.NOTE).contains("already declined"), "a form left open on a decided entry");
        assertEquals(1, audit().stream().filter(a -> a.action().equals("kb-decline")).count());

        long gone = share(ANN, "Will be deleted");
        t.bot.platform().database().runInTransaction(em -> {
            em.createNativeQuery("delete from kb_entry_topics where entry_id = ?1").setParameter(1, gone).executeUpdate();
            em.createNativeQuery("delete from kb_entries where id = ?1").setParameter(1, gone).executeUpdate();
        });
        clickInDm(RITA, KnowledgeMessages.PUBLISH, gone);
        awaitReply(RITA, "no longer exists; nothing changed");
        clickInDm(ANN, KnowledgeViews.OPEN, gone);
        awaitReply(ANN, "no longer exists");
    }

    @Test
    void saveToKnowledgeBaseStartsTheFormFromTheThreadAndLinksToIt() {
        EmulatedMessage parent = t.slack.postAsMember("C0GENERAL", BEN, "How do I sample 10% of traces?");
        t.slack.replyAsMember("C0GENERAL", parent.ts(), ANN, "Use the *probabilistic sampler*:\n`odigos sampling 10`");
        t.slack.clear();
        JsonObject shortcut = Payloads.messageShortcut(ANN, KnowledgeListeners.SAVE_SHORTCUT, "C0GENERAL", parent.ts(),
                parent.text());
        shortcut.getAsJsonObject("message").addProperty("thread_ts", parent.ts());
        shortcut.getAsJsonObject("message").addProperty("reply_count", 1);
        assertEquals(200, t.signed.interaction(shortcut).statusCode());
        t.slack.awaitCall("views.open", WAIT);
        assertEquals(1, t.slack.calls("conversations.replies").size());
        JsonObject form = t.slack.lastOpenedView();
        assertEquals("How do I sample 10% of traces?\n\nUse the *probabilistic sampler*:\n`odigos sampling 10`",
                element(form, EntryDraft.BODY).get("initial_value").getAsString());
        Map<String, String> typed = guide("Sampling a share of traces");
        typed.remove(EntryDraft.LINK);
        assertAccepted(t.signed.interaction(Payloads.fillIn(ANN, form, typed)));
        KnowledgeEntry saved = knowledge().reviews().waiting().get(0);
        assertEquals("https://local.slack.test/archives/C0GENERAL/p" + parent.ts().replace(".", ""),
                saved.sourceThread());
        assertNull(saved.link());
        assertTrue(saved.body().contains("odigos sampling 10"));

        // a message that started no thread gives its own text, without reading replies
        t.slack.clear();
        EmulatedMessage alone = t.slack.postAsMember("C0GENERAL", ANN, "Set OTEL_SDK_DISABLED for tests.");
        t.signed.interaction(Payloads.messageShortcut(ANN, KnowledgeListeners.SAVE_SHORTCUT, "C0GENERAL", alone.ts(),
                alone.text()));
        t.slack.awaitCall("views.open", WAIT);
        assertTrue(t.slack.calls("conversations.replies").isEmpty());
        assertEquals("Set OTEL_SDK_DISABLED for tests.",
                element(t.slack.lastOpenedView(), EntryDraft.BODY).get("initial_value").getAsString());

        // when Slack will not give the thread (the bot is not in the channel), the message's own text starts the form
        t.slack.clear();
        t.slack.failNext("conversations.replies", "not_in_channel");
        t.signed.interaction(shortcut);
        t.slack.awaitCall("views.open", WAIT);
        assertEquals("How do I sample 10% of traces?",
                element(t.slack.lastOpenedView(), EntryDraft.BODY).get("initial_value").getAsString());
    }

    @Test
    void aBannedMemberCannotShare() {
        t.bot.features().moderation().banning().ban(BEN, "spam", ADMIN);
        t.slack.clear();
        t.signed.interaction(Payloads.clickInMessage(BEN, "C0GENERAL", "1.0", KnowledgeViews.SHARE, "menu"));
        awaitReply(BEN, "stopped you from submitting");
        t.signed.interaction(Payloads.messageShortcut(BEN, KnowledgeListeners.SAVE_SHORTCUT, "C0GENERAL", "1.0", "x"));
        awaitDm(BEN, "stopped you from submitting");
        assertTrue(t.slack.calls("views.open").isEmpty());
    }
}
