package io.odigos.community.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.odigos.community.core.AuditEntry;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * Labs' people and their steps through signed requests: the admin runs betas, Ann, Ben, Cal and Dan try them. A
 * subclass on PostgreSQL overrides {@link #onPostgres()}.
 */
abstract class LabsJourneys extends BotJourneys {

    static final String ADMIN = TestBot.ADMIN;
    static final String ANN = "UANN";
    static final String BEN = "UBEN";
    static final String CAL = "UCAL";
    static final String DAN = "UDAN";

    @BeforeEach
    void people() {
        t.slack.addUser(ANN, "Ann", "Europe/London", false, false);
        t.slack.addUser(BEN, "Ben", "America/New_York", false, false);
        t.slack.addUser(CAL, "Cal", "Asia/Tokyo", false, false);
        t.slack.addUser(DAN, "Dan", "Europe/Paris", false, false);
    }

    LabsFeature labs() {
        return t.bot.features().labs();
    }

    /** What an admin types into the new beta form for a good beta; tests change one value at a time. */
    static Map<String, String> goodBeta(String name) {
        Map<String, String> typed = new HashMap<>();
        typed.put(BetaDraft.NAME, name);
        typed.put(BetaDraft.DESCRIPTION, "Profiles every pod with eBPF, continuously.");
        typed.put(BetaDraft.ENABLING, "Set `profiling.enabled: true` in the Helm values.");
        typed.put(BetaDraft.QUESTIONS, "Did it install cleanly?\nWhat overhead did you see?");
        return typed;
    }

    /** A beta created through the service (for journeys that start after creation); answers its id. */
    long beta(String name) {
        return labs().admin().create(ADMIN, new BetaDraft(name, "What it does", "Set `x: true`", BetaStage.BETA,
                "Did it install cleanly?\nWhat overhead did you see?", "v0.1")).id();
    }

    String admin(String user, String line) {
        return t.signed.slashCommand(user, "/community-admin", line).body();
    }

    /** The admin subcommand opens a form; answers it. */
    JsonObject adminForm(String line) {
        t.slack.clear();
        assertEquals("", admin(ADMIN, line), "the subcommand opens a form");
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    void click(String user, String action, long betaId) {
        assertEquals(200, t.signed.interaction(Payloads.clickInMessage(user, TestBot.CHANNEL, "1.0", action,
                Long.toString(betaId))).statusCode());
    }


    /** The bot's DMs to a member whose text holds {@code containing}. */
    List<EmulatedMessage> dms(String user, String containing) {
        return t.slack.dmsTo(user).stream().filter(m -> m.text() != null && m.text().contains(containing)).toList();
    }

    Beta stored(long id) {
        return t.bot.platform().database().inTransaction(em -> em.find(Beta.class, id));
    }

    List<String> audited() {
        return t.bot.platform().database().inTransaction(em -> t.bot.platform().audit().recent(em, 50)).stream()
                .map(AuditEntry::action).filter(a -> a.startsWith("labs-")).toList();
    }

    protected boolean onPostgres() {
        return false;
    }

    @Override
    protected TestBot startBot() throws Exception {
        Map<String, String> settings = new HashMap<>();
        if (onPostgres()) {
            settings.putAll(Postgres.SETTINGS);
        }
        return TestBot.start(onPostgres() ? Postgres.newDatabase()
                : "jdbc:h2:mem:labs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", settings);
    }
}
