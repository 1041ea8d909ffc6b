package io.odigos.community.discussions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.core.AuditEntry;
import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.feedback.FeedbackViews;
import io.odigos.community.feedback.Listing;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.testing.FakeDiscussions;
import io.odigos.community.testing.FakeGitHub;
import io.odigos.community.testing.GitHubWebhook;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Discussions started on GitHub, delivered to the real webhook endpoint signed as GitHub signs them, becoming feature
 * requests once and following their discussion. {@link DiscussionWebhookOnPostgresTest} runs them on PostgreSQL.
 */
class DiscussionWebhookTest extends DiscussionWebhookJourneys {

    @Test
    void aDiscussionStartedOnGitHubBecomesOneRequestWhateverIsDelivered() throws Exception {
        FakeDiscussions.Discussion d = startedOnGitHub("Trace sampling by <namespace>",
                "We drown in traces from *batch* jobs & cron.", "Octo-Ann");
        String created = delivery();
        long id = importedId(deliver(created, "created", d));
        assertEquals("ignored: delivery already received", result(deliver(created, "created", d)), "a redelivery");
        assertTrue(result(deliver(delivery(), "created", d)).startsWith("ignored"), "another delivery of its creation");
        assertEquals("ignored: labeled", result(deliver(delivery(), "labeled", d)));
        assertEquals(1, items().size(), "one request, whatever arrived: " + items());

        FeedbackItem item = item(id);
        assertEquals(FeedbackSource.GITHUB, item.source());
        assertEquals("Trace sampling by <namespace>", item.title());
        assertEquals(d.url, item.sourceLink());
        assertEquals(FeedbackItem.GITHUB_AUTHOR, item.authorId());
        assertEquals("Octo-Ann", item.githubAuthor());
        assertFalse(item.hasSlackAuthor());
        DiscussionMirror mirror = mirrorOf(id);
        assertEquals(DiscussionMirror.Origin.GITHUB, mirror.origin());
        assertEquals(d.id, mirror.discussionId());

        // its channel post names the login as text (escaped), never as a mention, and links the discussion
        EmulatedMessage post = awaitPost("Trace sampling by");
        String blocks = post.blocks().toString();
        assertTrue(post.visibleText().contains("submitted by @Octo-Ann on GitHub"), post.visibleText());
        assertTrue(post.visibleText().contains("Trace sampling by &lt;namespace&gt;"), post.visibleText());
        assertTrue(blocks.contains(d.url), blocks);
        assertFalse(blocks.contains("<@github>") || blocks.contains("\\u003c@github\\u003e"), blocks);

        // listed and voted like any request, and on the roadmap once planned; its DMs never go to the placeholder
        assertTrue(t.bot.features().feedback().service().list(Listing.TOP, "UX", null, 10).stream()
                .anyMatch(s -> s.id() == id));
        assertEquals(200, t.signed.interaction(Payloads.clickInMessage("UVOTER", post.channel(), post.ts(),
                FeedbackViews.VOTE, Long.toString(id))).statusCode());
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "status " + id + " planned").body()
                .contains("#" + id));
        awaitDm("UVOTER", "to *planned*");
        assertTrue(t.signed.slashCommand("UVOTER", "/roadmap", "").body().contains("Trace sampling by"));
        assertTrue(t.slack.calls("chat.postMessage").stream()
                .noneMatch(c -> FeedbackItem.GITHUB_AUTHOR.equals(c.param("channel"))), "no DM to a placeholder");

        // the mirror answers on the discussion with the Slack side of the count, and starts no second discussion
        mirror().pass();
        assertEquals(1, github.discussions().all().size(), "" + github.discussions().all());
        assertTrue(d.comments.stream().anyMatch(c -> c.body().contains("Votes in the Odigos Slack: 1")),
                "" + d.comments);
        assertEquals("Trace sampling by <namespace>", d.title, "the author's discussion is not rewritten");
    }

    @Test
    void aLinkedAuthorIsCreditedAndThankedAsForASlackRequest() throws Exception {
        t.slack.addUser("UBOB", "Bob", "Europe/Paris", false, false);
        assertTrue(t.signed.slashCommand("UBOB", "/profile", "github octo-bob").body().contains("octo-bob"));
        FakeDiscussions.Discussion d = startedOnGitHub("OTLP over HTTP/JSON", "Our proxy speaks only JSON.",
                "Octo-Bob");
        long id = importedId(deliver(delivery(), "created", d));

        assertEquals("UBOB", item(id).authorId(), "the login is linked, whatever its case on GitHub");
        assertTrue(item(id).hasSlackAuthor());
        awaitDm("UBOB", "Thanks! Your feature request #" + id);
        EmulatedMessage post = awaitPost("OTLP over HTTP/JSON");
        assertTrue(post.blocks().toString().contains("submitted by <@UBOB>")
                || post.blocks().toString().contains("submitted by \\u003c@UBOB\\u003e"), post.blocks().toString());
        assertTrue(t.bot.features().feedback().service().list(Listing.MINE, "UBOB", null, 10).stream()
                .anyMatch(s -> s.id() == id), "among the member's own requests");

        // a login linked after its discussion came in: the request becomes the member's, as its pull requests would
        FakeDiscussions.Discussion early = startedOnGitHub("Helm values schema", "Validate values.yaml.", "Octo-Ivy");
        long earlyId = importedId(deliver(delivery(), "created", early));
        EmulatedMessage earlyPost = awaitPost("Helm values schema");
        assertEquals(FeedbackItem.GITHUB_AUTHOR, item(earlyId).authorId());
        t.slack.addUser("UIVY", "Ivy", "Europe/Paris", false, false);
        assertTrue(t.signed.slashCommand("UIVY", "/profile", "github octo-ivy").body().contains("octo-ivy"));
        assertEquals("UIVY", item(earlyId).authorId());
        assertEquals("UBOB", item(id).authorId(), "another login's requests stay where they are");
        t.slack.awaitCall("chat.update", c -> t.slack.message(earlyPost.channel(), earlyPost.ts()).blocks().toString()
                .contains("UIVY"), WAIT);
    }

    @Test
    void editsClosesReopensAndDeletionOnGitHubFollow() throws Exception {
        FakeDiscussions.Discussion d = startedOnGitHub("Span metrics", "RED metrics from spans.", "octo-cy");
        long id = importedId(deliver(delivery(), "created", d));
        EmulatedMessage post = awaitPost("Span metrics");
        assertEquals(200, t.signed.interaction(Payloads.clickInMessage("UVOTER", post.channel(), post.ts(),
                FeedbackViews.VOTE, Long.toString(id))).statusCode());

        d.title = "Span metrics (RED) per service";
        d.body = "RED metrics from spans, per service and route.";
        assertEquals("recorded: request #" + id + " edited", result(deliver(delivery(), "edited", d)));
        assertEquals("Span metrics (RED) per service", item(id).title());
        awaitPostShows(post, "per service and route");

        d.closed = true;
        d.closeReason = "RESOLVED";
        assertEquals("recorded: request #" + id + " is shipped", result(deliver(delivery(), "closed", d)));
        assertEquals(FeedbackStatus.SHIPPED, item(id).status());
        awaitDm("UVOTER", "Shipped!");
        awaitPostShows(post, "Shipped");

        d.closed = false;
        d.closeReason = null;
        assertEquals("recorded: request #" + id + " is new", result(deliver(delivery(), "reopened", d)));
        assertEquals(FeedbackStatus.NEW, item(id).status(), "reopened: back to new");

        d.closed = true;
        d.closeReason = "OUTDATED";
        deliver(delivery(), "closed", d);
        assertEquals(FeedbackStatus.DECLINED, item(id).status(), "outdated: declined");
        awaitDm("UVOTER", "was declined");
        // GitHub already shows it closed: the mirror adds its vote comment, and closes nothing again
        mirror().pass();
        assertTrue(github.discussions().mutations().stream().noneMatch(m -> m.operation().equals("CloseDiscussion")),
                "" + github.discussions().mutations());

        assertEquals("recorded: request #" + id + " removed", result(deliver(delivery(), "deleted", d)));
        assertTrue(item(id).hidden(), "a deleted discussion hides its request");
        assertTrue(mirrorOf(id).deleted());
        awaitPostShows(post, "removed by a moderator");
        AuditEntry audit = t.bot.platform().database().inTransaction(em -> em.createQuery("select a from AuditEntry a "
                + "where a.action = 'feedback.hide'", AuditEntry.class).getSingleResult());
        assertEquals("github", audit.actorId());
        assertEquals("feedback:" + id, audit.target());
        assertTrue(result(deliver(delivery(), "edited", d)).startsWith("ignored"), "nothing follows a deletion");
    }

    @Test
    void theBotsOwnDiscussionsAndOtherCategoriesAndRepositoriesAreIgnored() throws Exception {
        // a request made in Slack, mirrored by the bot: GitHub's edits and closes of it are not the request's
        assertEquals(200, t.signed.slashCommand("UALICE", "/feedback", "").statusCode());
        t.slack.awaitCall("views.open", WAIT);
        assertEquals(200, t.signed.interaction(Payloads.submit("UALICE", t.slack.lastOpenedView(),
                Map.of("title", "Kafka consumer lag", "problem", "Show lag per group."))).statusCode());
        awaitPost("Kafka consumer lag");
        mirror().pass();
        FakeDiscussions.Discussion ours = github.discussions().all().get(0);
        ours.title = "Edited on GitHub";
        assertTrue(result(deliver(delivery(), "edited", ours)).startsWith("ignored: the bot writes"));
        ours.closed = true;
        ours.closeReason = "RESOLVED";
        assertTrue(result(deliver(delivery(), "closed", ours)).startsWith("ignored: the bot writes"));
        assertEquals("Kafka consumer lag", items().get(0).title());
        assertEquals(FeedbackStatus.NEW, items().get(0).status());
        // its creation delivered before the bot recorded it (the marker says whose it is)
        FakeDiscussions.Discussion lost = startedOnGitHub("Lost answer", "text\n\n" + DiscussionText.marker(99), "bot");
        assertEquals("ignored: a discussion the bot wrote", result(deliver(delivery(), "created", lost)));

        FakeDiscussions.Discussion general = github.discussions().startedOnGitHub(
                FakeGitHub.discussionCategoryId(REPOSITORY, "General"), "How do I install?", "?", "octo-dee");
        assertEquals("ignored: a discussion of another category", result(deliverBody(delivery(),
                GitHubWebhook.discussion("created", general, "General", REPOSITORY))));
        FakeDiscussions.Discussion elsewhere = startedOnGitHub("Fork idea", "An idea.", "octo-eve");
        assertTrue(result(deliverBody(delivery(), GitHubWebhook.discussion("created", elsewhere, "Ideas",
                "someone/fork"))).startsWith("ignored: a discussion of someone/fork"));
        assertEquals(1, items().size(), "" + items());

        // moved into the category later: imported then
        assertTrue(result(deliverBody(delivery(), GitHubWebhook.discussion("category_changed", general, "Ideas",
                REPOSITORY))).startsWith("imported as request #"));
        assertEquals(2, items().size());
    }

    @Test
    void badSignaturesAndMalformedEventsChangeNothingAndLongTextIsCut() throws Exception {
        FakeDiscussions.Discussion d = startedOnGitHub("x".repeat(200), "y".repeat(5000), "octo-fay");
        String body = GitHubWebhook.discussion("created", d, "Ideas", REPOSITORY);
        assertEquals(401, GitHubWebhook.deliver(t.bot.port(), "discussion", "bad-1", body, "wrong-secret")
                .statusCode());
        assertEquals(400, deliverBody("bad-2", "{not json").statusCode());
        HttpResponse<String> noDiscussion = deliverBody("bad-3", body.replace("\"discussion\":", "\"topic\":"));
        assertEquals(400, noDiscussion.statusCode(), noDiscussion.body());
        assertTrue(noDiscussion.body().contains("discussion"), noDiscussion.body());
        assertEquals(0, items().size());

        // a refused payload left nothing behind: the same delivery id is still new
        long id = importedId(deliverBody("bad-3", body));
        FeedbackItem item = item(id);
        assertEquals(150, item.title().length());
        assertTrue(item.title().endsWith("…"), item.title());
        String problem = item.field(FeedbackField.PROBLEM);
        assertEquals(3000, problem.length());
        assertTrue(problem.endsWith("(continued on GitHub)"), problem.substring(2900));
        assertNotNull(mirrorOf(id));
    }

    @Test
    void aDeliveryThatFailedToRecordKeepsNothingAndImportsWhenRedelivered() throws Exception {
        FakeDiscussions.Discussion d = startedOnGitHub("eBPF on ARM64", "Graviton nodes.", "octo-gus");
        // the discussion's row cannot be written (as when the database fails mid-way), after the delivery id and the
        // request were: GitHub is told 500, and neither is kept
        sql("alter table discussion_mirrors add constraint no_rows_for_now check (item_id < 0)");
        HttpResponse<String> failed;
        try {
            failed = deliver("fails-once", "created", d);
        } finally {
            sql("alter table discussion_mirrors drop constraint no_rows_for_now");
        }
        assertEquals(500, failed.statusCode(), failed.body());
        assertEquals(0, items().size(), "nothing kept: " + items());
        long id = importedId(deliver("fails-once", "created", d));
        assertEquals(List.of(id), items().stream().map(FeedbackItem::id).toList());
    }

    @Test
    void deliveriesAboutANewDiscussionArrivingTogetherImportItOnce() throws Exception {
        FakeDiscussions.Discussion d = startedOnGitHub("Profiling signals", "Continuous profiling.", "octo-hal");
        String body = GitHubWebhook.discussion("created", d, "Ideas", REPOSITORY);
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = "together-" + i; // created, labeled, ... each its own delivery
            all.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return deliverBody(id, body);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (var response : all) {
            assertEquals(200, response.get().statusCode(), response.get().body());
        }
        assertEquals(1, items().size(), "" + items());
    }
}
