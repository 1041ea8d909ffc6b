package io.odigos.community.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.core.JobScheduler;
import io.odigos.community.testing.FakeGitHub;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guides written for an older Odigos minor release: their authors are asked once per release, through a DM with two
 * buttons, whether they still hold; the release comes from the setting or GitHub's latest release.
 */
class FreshnessEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String ANN = "UANN";
    static final String BEN = "UBEN";

    FakeGitHub github;
    TestBot t;

    @BeforeEach
    void start() throws Exception {
        github = FakeGitHub.start();
    }

    @AfterEach
    void stop() {
        if (t != null) {
            t.close();
        }
        github.close();
    }

    /** A database each test: H2 here, PostgreSQL in the subclass. */
    String database() throws Exception {
        return "jdbc:h2:mem:kb-fresh-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    Map<String, String> settings(String currentVersion) {
        Map<String, String> settings = new HashMap<>(Map.of("GITHUB_API_URL", github.apiUrl(),
                "ODIGOS_CURRENT_VERSION", currentVersion));
        settings.putAll(extraSettings());
        return settings;
    }

    Map<String, String> extraSettings() {
        return Map.of();
    }

    void click(String user, String action, long entryId) {
        t.signed.interaction(Payloads.clickInMessage(user, "D" + user, "1.0", action, Long.toString(entryId)));
    }

    void awaitReply(String user, String containing) {
        t.slack.awaitCall("chat.postEphemeral", c -> user.equals(c.param("user"))
                && c.param("text").contains(containing), WAIT);
    }

    long questionsTo(String user) {
        return t.slack.calls("chat.postMessage").stream().filter(c -> user.equals(c.param("channel"))
                && c.param("text").contains("still accurate?")).count();
    }

    long changesLogged(long entryId) {
        return t.bot.platform().database().inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from kb_index_changes where entry_id = ?1").setParameter(1, entryId)
                .getSingleResult()).longValue());
    }

    @Test
    void authorsOfGuidesBehindTheConfiguredReleaseAreAskedOnceAndTheirAnswerUpdatesTheGuide() throws Exception {
        t = TestBot.start(database(), settings("1.2"));
        t.slack.addUser(ANN, "Ann", "Europe/London", false, false);
        t.slack.addUser(BEN, "Ben", "Europe/Paris", false, false);
        KnowledgeEntry older = PublishedEntries.add(t, ANN, "Tracing Kafka", "v1.0.170", EntryStatus.PUBLISHED);
        KnowledgeEntry current = PublishedEntries.add(t, ANN, "Sampling Go", "1.2.0", EntryStatus.PUBLISHED);
        PublishedEntries.add(t, BEN, "Not yet reviewed", "1.0", EntryStatus.PENDING);
        KnowledgeEntry bens = PublishedEntries.add(t, BEN, "eBPF <b>maps</b>", "1.1", EntryStatus.PUBLISHED);
        assertTrue(t.bot.scheduler().quartz().checkExists(JobScheduler.dailyTrigger(KnowledgeFeature.FRESHNESS_JOB)));

        Freshness freshness = t.bot.knowledge().freshness();
        assertEquals(2, freshness.sweep(), "the guides for 1.0 and 1.1; not 1.2.0, not an unpublished one");
        t.slack.awaitCall("chat.postMessage", c -> BEN.equals(c.param("channel"))
                && c.param("text").contains("Is your guide *eBPF &lt;b&gt;maps&lt;/b&gt;*, written for Odigos 1.1, "
                + "still accurate?"), WAIT);
        t.slack.awaitCall("chat.postMessage", c -> ANN.equals(c.param("channel"))
                && c.param("text").contains("Odigos 1.2 is out") && c.param("text").contains("Tracing Kafka"), WAIT);
        assertEquals(0, freshness.sweep(), "asked once per release");
        assertEquals(1, questionsTo(ANN));

        click(BEN, FreshnessMessages.MARK_OUTDATED, older.id());
        awaitReply(BEN, "Only the guide's author");
        click(BEN, FreshnessMessages.MARK_OUTDATED, bens.id());
        awaitReply(BEN, "Marked outdated");
        assertTrue(PublishedEntries.reread(t, bens.id()).outdated());
        assertTrue(KnowledgeViews.entryLine(PublishedEntries.reread(t, bens.id())).startsWith(":warning: _Outdated_"));
        long logged = changesLogged(older.id());
        click(ANN, FreshnessMessages.STILL_ACCURATE, older.id());
        awaitReply(ANN, "now says Odigos 1.2");
        KnowledgeEntry confirmed = PublishedEntries.reread(t, older.id());
        assertEquals("1.2", confirmed.odigosVersion());
        assertFalse(confirmed.outdated());
        assertEquals(logged + 1, changesLogged(older.id()), "the search index hears of the change");
        click(ANN, FreshnessMessages.STILL_ACCURATE, older.id());
        awaitReply(ANN, "no longer waiting");
        click(ANN, FreshnessMessages.MARK_OUTDATED, current.id());
        awaitReply(ANN, "no longer waiting");
        assertEquals(0, freshness.sweep(), "outdated and confirmed guides are not asked again");
    }

    @Test
    void withoutTheSettingTheReleaseComesFromGitHubAndAnUnreachableGitHubAsksNobody() throws Exception {
        t = TestBot.start(database(), settings(""));
        KnowledgeEntry guide = PublishedEntries.add(t, ANN, "Destinations", "1.2", EntryStatus.PUBLISHED);
        Freshness freshness = t.bot.knowledge().freshness();
        assertEquals(0, freshness.sweep(), "the repository has no release yet: nothing to compare with");
        github.latestRelease("odigos-io/odigos", "v1.3.1");
        github.failWith(503);
        assertEquals(0, freshness.sweep(), "GitHub down: nobody asked, nothing thrown");
        github.failWith(0);
        assertEquals(1, freshness.sweep());
        assertEquals("1.3", PublishedEntries.reread(t, guide.id()).accuracyAskedFor());
        assertTrue(github.requests().stream().anyMatch(r -> r.path().equals("/repos/odigos-io/odigos/releases/latest")));
    }
}
