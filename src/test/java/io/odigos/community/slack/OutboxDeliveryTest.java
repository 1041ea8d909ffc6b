package io.odigos.community.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Messages the bot promised are delivered despite Slack's rate limits and across a restart. */
class OutboxDeliveryTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void aRateLimitedMessageIsSentAgainAfterRetryAfter() throws Exception {
        try (TestBot t = TestBot.start()) {
            t.slack.rateLimitNext("chat.postMessage", 1);
            t.bot.platform().outbox().send(OutgoingMessage.dm("UPATIENT", "hello after a 429", null));
            t.slack.awaitCall("chat.postMessage", c -> c.rateLimited(), WAIT);
            var delivered = t.slack.awaitCall("chat.postMessage", c -> !c.rateLimited()
                    && "hello after a 429".equals(c.param("text")), WAIT);
            var limited = t.slack.calls("chat.postMessage").stream().filter(c -> c.rateLimited()).findFirst().orElseThrow();
            assertTrue(!delivered.at().isBefore(limited.at().plusMillis(900)), "waited for Retry-After");
            assertEquals(1, t.slack.dmsTo("UPATIENT").size());
        }
    }

    @Test
    void aMessagePendingAtShutdownIsSentAfterRestart() throws Exception {
        String db = "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (TestBot first = TestBot.start(db, Map.of())) {
            first.slack.rateLimitNext("chat.postMessage", 60);
            first.bot.platform().outbox().send(OutgoingMessage.dm("UWAITING", "survives a restart", null));
            first.slack.awaitCall("chat.postMessage", c -> c.rateLimited(), WAIT);
            assertEquals(1, first.bot.platform().outbox().pending());
        }
        try (TestBot second = TestBot.start(db, Map.of())) {
            // the first instance's Retry-After (60 s) is a lease on that row; a restarted bot honours it too,
            // so move it forward as if the minute had passed
            second.bot.platform().database().runInTransaction(em -> em.createQuery(
                    "update OutboxEntry o set o.notBefore = :now").setParameter("now", java.time.Instant.now()).executeUpdate());
            second.bot.platform().outbox().wake();
            second.slack.awaitCall("chat.postMessage", c -> "survives a restart".equals(c.param("text")), WAIT);
            Eventually.holds("the outbox is empty", WAIT, () -> second.bot.platform().outbox().pending() == 0);
        }
    }
}
