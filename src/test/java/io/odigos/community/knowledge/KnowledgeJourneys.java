package io.odigos.community.knowledge;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.odigos.community.core.AuditEntry;
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
 * The knowledge base's people and the steps they take through signed requests: Ann shares, Ben and Cal read and
 * vote, Rita reviews because KB_REVIEWERS names her, and the admin reviews because admins do. A subclass on
 * PostgreSQL overrides {@link #onPostgres()}.
 */
abstract class KnowledgeJourneys extends BotJourneys {

    static final String ANN = "UANN";
    static final String BEN = "UBEN";
    static final String CAL = "UCAL";
    static final String RITA = "URITA";
    static final String ADMIN = TestBot.ADMIN;

    @BeforeEach
    void people() {
        t.slack.addUser(ANN, "Ann", "Europe/London", false, false);
        t.slack.addUser(BEN, "Ben", "America/New_York", false, false);
        t.slack.addUser(CAL, "Cal", "Asia/Tokyo", false, false);
        t.slack.addUser(RITA, "Rita", "Europe/Berlin", false, false);
    }

    KnowledgeFeature knowledge() {
        return t.bot.features().knowledge();
    }

    /** What a member types into the form for a good entry; tests change one value at a time. */
    static Map<String, String> guide(String title) {
        Map<String, String> typed = new HashMap<>();
        typed.put(EntryDraft.TITLE, title);
        typed.put(EntryDraft.SUMMARY, "Trace a Go service with eBPF, no code changes.");
        typed.put(EntryDraft.KIND, EntryKind.TUTORIAL.name());
        typed.put(EntryDraft.LINK, "https://odigos.io/blog/go-ebpf");
        typed.put(EntryDraft.TOPICS, "eBPF,Getting started");
        typed.put(EntryDraft.VERSION, "1.0");
        return typed;
    }

    /** The member clicks *Share a guide* and gets the form. */
    JsonObject openShare(String user) {
        t.slack.clear();
        assertEquals(200, t.signed.interaction(Payloads.clickInMessage(user, "C0GENERAL", "1.0", KnowledgeViews.SHARE,
                "menu")).statusCode());
        t.slack.awaitCall("views.open", WAIT);
        return t.slack.lastOpenedView();
    }

    /** Ann shares a good entry through the form; answers its id, waiting for review. */
    long share(String user, String title) {
        assertAccepted(t.signed.interaction(Payloads.fillIn(user, openShare(user), guide(title))));
        return knowledge().reviews().waiting().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " does not wait for review")).id();
    }

    /** A published entry, shared and published through the services (for the journeys after review). */
    long published(String author, String title, EntryKind kind) {
        return published(author, title, kind, "1.0");
    }

    long published(String author, String title, EntryKind kind, String odigosVersion) {
        long id = shared(author, title, kind, odigosVersion);
        knowledge().reviews().publish(ADMIN, id);
        return id;
    }

    /** An entry shared through the service, waiting for review. */
    long shared(String author, String title, EntryKind kind, String odigosVersion) {
        EntryDraft draft = new EntryDraft(title, "What it teaches", kind, "https://odigos.io/docs/" + title.length(),
                null, List.of("eBPF"), odigosVersion, null, false);
        return knowledge().submissions().share(author, draft).id();
    }



    KnowledgeEntry entry(long id) {
        return t.bot.platform().database().inTransaction(em -> em.find(KnowledgeEntry.class, id));
    }

    List<AuditEntry> audit() {
        return t.bot.platform().database().inTransaction(em -> t.bot.platform().audit().recent(em, 20));
    }

    /** The *OnPostgresTest subclasses run the same journeys on a new PostgreSQL database. */
    protected boolean onPostgres() {
        return false;
    }

    /** Settings beyond TestBot's own: Rita reviews. */
    protected Map<String, String> settings() {
        return Map.of("KB_REVIEWERS", RITA);
    }

    /** A new, empty database for each test, with {@link #settings()}. */
    @Override
    protected TestBot startBot() throws Exception {
        Map<String, String> settings = new HashMap<>(settings());
        if (onPostgres()) {
            settings.putAll(Postgres.SETTINGS);
        }
        return TestBot.start(onPostgres() ? Postgres.newDatabase()
                : "jdbc:h2:mem:kb-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", settings);
    }
}
