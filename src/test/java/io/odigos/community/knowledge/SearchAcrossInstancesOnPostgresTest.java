package io.odigos.community.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Postgres;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two bots on one PostgreSQL database, each with its own in-memory index: what one writes, the other finds within a
 * couple of polls, including a change whose transaction committed after a later one.
 */
class SearchAcrossInstancesOnPostgresTest {

    static final Duration WITHIN = Duration.ofSeconds(15);
    static final String MIA = "UMIA";

    TestBot one;
    TestBot two;

    @BeforeEach
    void twoInstances() throws Exception {
        String url = Postgres.newDatabase();
        one = TestBot.start(url, Postgres.SETTINGS);
        two = TestBot.start(url, Postgres.SETTINGS);
    }

    @AfterEach
    void stop() {
        one.close();
        two.close();
    }

    static List<Long> found(TestBot bot, String words) {
        HttpResponse<String> r = bot.signed.slashCommand(MIA, "/kb", words);
        assertEquals(200, r.statusCode(), r.body());
        return KnowledgeSearchEndToEndTest.opened(JsonParser.parseString(r.body()).getAsJsonObject());
    }

    static void eventuallyFinds(TestBot bot, String words, List<Long> ids) {
        Eventually.holds("/kb " + words + " finds " + ids, WITHIN, () -> found(bot, words).equals(ids));
    }

    @Test
    void whatOneInstancePublishesAndEditsTheOtherFinds() {
        KnowledgeEntry guide = Guides.published(one, "Propagating context through Kafka", "Headers carry it.",
                "Use the W3C headers.", EntryKind.GUIDE, List.of("Instrumentation"));
        assertEquals(List.of(guide.id()), found(one, "kafka"), "the writer sees it at once");
        eventuallyFinds(two, "kafka", List.of(guide.id()));

        Guides.retitle(one, guide.id(), "Propagating context through RabbitMQ");
        eventuallyFinds(two, "rabbitmq", List.of(guide.id()));
        eventuallyFinds(two, "kafka", List.of());

        one.bot.platform().database().runInTransaction(em -> {
            KnowledgeEntry entry = new KnowledgeStore().lockedEntry(em, guide.id()).orElseThrow();
            entry.review(EntryStatus.DECLINED, TestBot.ADMIN, "Covered by the docs.", one.clock.instant());
            new KnowledgeStore().changed(em, guide.id(), one.clock.instant());
        });
        eventuallyFinds(two, "rabbitmq", List.of());
    }

    @Test
    void aChangeCommittedAfterALaterOneIsStillApplied() throws Exception {
        KnowledgeEntry slow = Guides.published(one, "Sizing the collector", "CPU.", "Measure.", EntryKind.GUIDE,
                List.of("Performance"));
        KnowledgeEntry quick = Guides.published(one, "Exporting to Jaeger", "A destination.", "Point it there.",
                EntryKind.GUIDE, List.of("Destinations"));
        eventuallyFinds(two, "collector", List.of(slow.id()));

        try (Connection writer = one.bot.platform().database().dataSource().getConnection()) {
            // a writer takes the next number in the log, then holds its transaction open
            writer.setAutoCommit(false);
            try (PreparedStatement rename = writer.prepareStatement("update kb_entries set title = ? where id = ?");
                 PreparedStatement note = writer.prepareStatement(
                         "insert into kb_index_changes (entry_id, changed_at) values (?, ?)")) {
                rename.setString(1, "Sizing the gateway");
                rename.setLong(2, slow.id());
                rename.executeUpdate();
                note.setLong(1, slow.id());
                note.setObject(2, OffsetDateTime.now());
                note.executeUpdate();
            }
            // meanwhile a later number commits, and the other instance applies it
            Guides.retitle(one, quick.id(), "Exporting to Tempo");
            eventuallyFinds(two, "tempo", List.of(quick.id()));

            writer.commit();
        }
        eventuallyFinds(two, "gateway", List.of(slow.id()));
    }
}
