package io.odigos.community.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.odigos.community.local.EmulatorCall;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Journeys against a fresh bot for each test; a subclass runs the same journeys on another database. */
public abstract class BotJourneys {

    /** How long a journey waits for the bot's answer to reach the emulator. */
    protected static final Duration WAIT = Duration.ofSeconds(10);

    protected TestBot t;

    /** A DM (chat.postMessage to the member's id) whose text holds {@code containing}. */
    protected EmulatorCall awaitDm(String user, String containing) {
        return t.slack.awaitCall("chat.postMessage", c -> user.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains(containing), WAIT);
    }

    /** The answer only the member sees, where they clicked or typed. */
    protected void awaitReply(String user, String containing) {
        t.slack.awaitCall("chat.postEphemeral", c -> user.equals(c.param("user"))
                && c.param("text") != null && c.param("text").contains(containing), WAIT);
    }

    /** A click on a button of a DM the bot sent the member, the button's value an id. */
    protected void clickInDm(String user, String action, long id) {
        assertEquals(200, t.signed.interaction(Payloads.clickInMessage(user, "D" + user, "1.0", action,
                Long.toString(id))).statusCode());
    }

    /** Clicks a button of a DM that opens a form; answers the form. */
    protected JsonObject formFromDm(String user, String action, long id) {
        t.slack.clear();
        clickInDm(user, action, id);
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    @BeforeEach
    protected void startTheBot() throws Exception {
        t = startBot();
    }

    /** The bot under test: on H2 in memory; the *OnPostgresTest subclasses start one on PostgreSQL. */
    protected TestBot startBot() throws Exception {
        return TestBot.start();
    }

    @AfterEach
    protected void stopTheBot() {
        t.close();
    }
}
