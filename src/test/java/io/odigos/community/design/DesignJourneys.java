package io.odigos.community.design;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.core.AuditEntry;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The people and steps of the design journeys, through signed requests; the PostgreSQL subclasses reuse them. */
abstract class DesignJourneys extends BotJourneys {

    static final String AUTHOR = "UAUTHOR";
    static final String BEA = "UBEA";
    static final String CAI = "UCAI";
    static final String DEV = "UDEV";

    void people() {
        for (String member : List.of(AUTHOR, BEA, CAI, DEV)) {
            t.slack.addUser(member, member.substring(1), "Europe/London", false, false);
        }
    }

    /** Settings beyond TestBot's own; the PostgreSQL subclasses add the database user. */
    protected Map<String, String> settings() {
        return Map.of();
    }

    /** Stops the bot and starts it again on the same database, its clock where it was; Slack forgets everything. */
    void restart() throws Exception {
        String url = t.databaseUrl;
        var now = t.clock.instant();
        t.close();
        t = TestBot.start(url, settings(), now);
        people();
    }

    DesignFeature design() {
        return t.bot.features().design();
    }

    /** `/design <text>` answered with a form: the form the member sees. */
    JsonObject form(String user, String text) {
        t.slack.clear();
        HttpResponse<String> r = t.signed.slashCommand(user, "/design", text);
        assertEquals(200, r.statusCode(), r.body());
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    /** A click on a button of a channel post or DM that opens a form: the form. */
    JsonObject formFromClick(String user, EmulatedMessage message, String action, long id) {
        t.slack.clear();
        click(user, message, action, id);
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    void click(String user, EmulatedMessage message, String action, long id) {
        assertEquals(200, t.signed.interaction(Payloads.clickInMessage(user, message.channel(), message.ts(), action,
                Long.toString(id))).statusCode());
    }

    HttpResponse<String> submit(String user, JsonObject form, Map<String, String> typed) {
        return t.signed.interaction(Payloads.fillIn(user, form, typed));
    }

    /** Opens a document with two questions and the default window; answers it as stored. */
    DesignDocument openDocument(String title) {
        assertAccepted(submit(AUTHOR, form(AUTHOR, "open"), Map.of(DesignDraft.TITLE, title,
                DesignDraft.LINK, "https://github.com/odigos-io/odigos/pull/2001",
                DesignDraft.SUMMARY, "Sampling rules per <namespace> & per workload.",
                DesignDraft.QUESTIONS, "Should rules live in the CRD?\nIs 1% a sane default?")));
        return design().documents().open(50).stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    /** The channel post whose text holds {@code containing}, once the bot has posted it. */
    EmulatedMessage post(String containing) {
        BooleanSupplier posted = () -> t.slack.messages(TestBot.CHANNEL).stream()
                .anyMatch(m -> m.visibleText().contains(containing));
        if (!posted.getAsBoolean()) {
            t.slack.awaitCall("chat.postMessage", c -> posted.getAsBoolean(), WAIT);
        }
        return t.slack.messages(TestBot.CHANNEL).stream().filter(m -> m.visibleText().contains(containing))
                .findFirst().orElseThrow();
    }

    /** The post as it is now, once it shows {@code text} (the refresher updates it in place). */
    String awaitPostShows(EmulatedMessage post, String text) {
        BooleanSupplier shows = () -> current(post).contains(text);
        if (!shows.getAsBoolean()) {
            t.slack.awaitCall("chat.update", c -> shows.getAsBoolean(), WAIT);
        }
        return current(post);
    }

    String current(EmulatedMessage post) {
        EmulatedMessage now = t.slack.message(post.channel(), post.ts());
        return now.visibleText() + "\n" + now.blocks();
    }

    String admin(String user, String line) {
        HttpResponse<String> r = t.signed.slashCommand(user, AdminCommands.COMMAND, line);
        assertEquals(200, r.statusCode(), r.body());
        return r.body().isEmpty() ? "" : JsonParser.parseString(r.body()).getAsJsonObject().get("text").getAsString();
    }

    List<AuditEntry> audit() {
        return t.bot.platform().database().inTransaction(em -> t.bot.platform().audit().recent(em, 50));
    }

    long audited(String action) {
        return audit().stream().filter(a -> a.action().equals(action)).count();
    }

    long dmsContaining(String user, String text) {
        return t.slack.dmsTo(user).stream().filter(m -> m.text() != null && m.text().contains(text)).count();
    }
}
