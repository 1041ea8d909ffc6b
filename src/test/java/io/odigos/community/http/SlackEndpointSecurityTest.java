package io.odigos.community.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackViews;
import io.odigos.community.feedback.Listing;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.SignedSlack;
import io.odigos.community.testing.TestBot;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What reaches /slack/events unsigned, forged or replayed changes nothing; concurrency keeps one vote each. */
class SlackEndpointSecurityTest {

    static TestBot t;

    @BeforeAll
    static void start() throws Exception {
        t = TestBot.start();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static String adminCommand(String text) {
        return SignedSlack.formBody(Map.of("command", "/community-admin", "text", text, "user_id", TestBot.ADMIN,
                "team_id", "T0LOCAL", "channel_id", "C0GENERAL", "trigger_id", "x", "response_url", "https://x.test/"));
    }

    @Test
    void forgedSignatureIsRefused() {
        HttpResponse<String> r = t.signed.send(adminCommand("help"), "application/x-www-form-urlencoded",
                SignedSlack.nowSeconds(), SignedSlack.sign("not-the-secret", SignedSlack.nowSeconds(), adminCommand("help")));
        assertEquals(401, r.statusCode());
        assertTrue(!r.body().contains("subcommands"), r.body());
    }

    @Test
    void staleTimestampIsRefusedEvenWhenCorrectlySigned() {
        long tenMinutesAgo = SignedSlack.nowSeconds() - 600;
        HttpResponse<String> r = t.signed.post(adminCommand("help"), "application/x-www-form-urlencoded", tenMinutesAgo);
        assertEquals(401, r.statusCode());
    }

    @Test
    void correctlySignedRequestIsServed() {
        HttpResponse<String> r = t.signed.post(adminCommand("help"), "application/x-www-form-urlencoded",
                SignedSlack.nowSeconds());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("subcommands"), r.body());
    }

    @Test
    void aBodyLargerThanAnySlackRequestIsRefusedUnread() throws Exception {
        // Only the headers go out, announcing more than any Slack request: the answer must come without the body.
        // (Sending the megabyte too races the server's close after its 413 against the client's writing.)
        long now = SignedSlack.nowSeconds();
        try (Socket socket = new Socket("127.0.0.1", t.bot.port())) {
            socket.setSoTimeout(10_000);
            String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + (SlackEndpointServlet.MAX_BODY_BYTES + 1) + "\r\n"
                    + "X-Slack-Request-Timestamp: " + now + "\r\nX-Slack-Signature: v0=0\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", answer);
        }
    }

    @Test
    void healthReportsDatabaseAndScheduler() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + t.bot.port() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"database\":\"up\"") && r.body().contains("\"scheduler\":\"running\""), r.body());
    }

    @Test
    void voteStormKeepsExactlyOneVotePerMember() throws Exception {
        FeedbackItem item = t.bot.features().feedback().service().submit(new io.odigos.community.feedback.FeedbackSubmission(
                io.odigos.community.feedback.FeedbackKind.FEATURE,
                Map.of(io.odigos.community.feedback.FeedbackField.TITLE, "Storm target",
                        io.odigos.community.feedback.FeedbackField.PROBLEM, "Everyone wants it")),
                "USTORMAUTHOR", io.odigos.community.feedback.FeedbackSource.SLASH_COMMAND, null);
        int members = 40;
        int clicksEach = 4;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Integer>> results = new ArrayList<>();
        for (int click = 0; click < clicksEach; click++) {
            for (int m = 0; m < members; m++) {
                String member = "USTORM" + m;
                results.add(pool.submit(() -> t.signed.interaction(Payloads.clickInMessage(member, TestBot.CHANNEL,
                        "1.000", FeedbackViews.VOTE, Long.toString(item.id()))).statusCode()));
            }
        }
        for (Future<Integer> f : results) {
            assertEquals(200, f.get());
        }
        pool.shutdown();
        assertEquals(members, t.bot.features().feedback().service().find(item.id()).orElseThrow().voteCount());
        long rows = t.bot.platform().database().inTransaction(em -> (Long) em.createQuery(
                "select count(v) from FeedbackVote v where v.itemId = :id").setParameter("id", item.id()).getSingleResult());
        assertEquals(members, rows);
        assertTrue(t.bot.features().feedback().service().list(Listing.TOP, "USTORM1", null, 1).get(0).voteCount() == members);

        // the channel post catches up with all 40 votes in a handful of chat.update calls, not 40
        Eventually.holds("the post shows every vote", java.time.Duration.ofSeconds(15), () -> {
            FeedbackItem now = t.bot.features().feedback().service().find(item.id()).orElseThrow();
            return now.postTs() != null && t.slack.message(now.postChannel(), now.postTs()).visibleText()
                    .contains(members + " votes");
        });
        String ts = t.bot.features().feedback().service().find(item.id()).orElseThrow().postTs();
        long updates = t.slack.calls("chat.update").stream().filter(c -> ts.equals(c.param("ts"))).count();
        assertTrue(updates < members / 4, "votes were coalesced into " + updates + " updates");
    }
}
