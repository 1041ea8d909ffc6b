package io.odigos.community.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.core.JobScheduler;
import io.odigos.community.testing.FakeGitHub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Guides written for an older Odigos minor release: their authors are asked once per release, through a DM with two
 * buttons, whether they still hold; the release comes from the setting or GitHub's latest release.
 */
class FreshnessEndToEndTest extends KnowledgeJourneys {

    /** Started with the test, before the bot, which is given its address. */
    private final FakeGitHub github = startGitHub();
    private String currentVersion = "1.2";

    private static FakeGitHub startGitHub() {
        try {
            return FakeGitHub.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(super.settings());
        settings.putAll(Map.of("GITHUB_API_URL", github.apiUrl(), "ODIGOS_CURRENT_VERSION", currentVersion));
        return settings;
    }

    @AfterEach
    void stopGitHub() {
        github.close();
    }

    Freshness freshness() {
        return knowledge().freshness();
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
        long older = published(ANN, "Tracing Kafka", EntryKind.GUIDE, "v1.0.170");
        long current = published(ANN, "Sampling Go", EntryKind.GUIDE, "1.2.0");
        shared(BEN, "Not yet reviewed", EntryKind.GUIDE, "1.0");
        long bens = published(BEN, "eBPF <b>maps</b>", EntryKind.TUTORIAL, "1.1");
        assertTrue(t.bot.scheduler().quartz().checkExists(JobScheduler.dailyTrigger(KnowledgeFeature.FRESHNESS_JOB)));

        assertEquals(2, freshness().sweep(), "the guides for 1.0 and 1.1; not 1.2.0, not an unpublished one");
        awaitDm(BEN, "Is your guide *eBPF &lt;b&gt;maps&lt;/b&gt;*, written for Odigos 1.1, still accurate?");
        awaitDm(ANN, "Odigos 1.2 is out. Is your guide *Tracing Kafka*");
        assertEquals(0, freshness().sweep(), "asked once per release");
        assertEquals(1, questionsTo(ANN));

        clickInDm(BEN, FreshnessMessages.MARK_OUTDATED, older);
        awaitReply(BEN, "Only the guide's author");
        clickInDm(BEN, FreshnessMessages.MARK_OUTDATED, bens);
        awaitReply(BEN, "Marked outdated");
        assertTrue(entry(bens).outdated());
        assertTrue(KnowledgeViews.entryLine(entry(bens)).startsWith(":warning: _Outdated_"));
        long logged = changesLogged(older);
        clickInDm(ANN, FreshnessMessages.STILL_ACCURATE, older);
        awaitReply(ANN, "now says Odigos 1.2");
        assertEquals("1.2", entry(older).odigosVersion());
        assertFalse(entry(older).outdated());
        assertEquals(logged + 1, changesLogged(older), "the search index hears of the change");
        clickInDm(ANN, FreshnessMessages.STILL_ACCURATE, older);
        awaitReply(ANN, "no longer waiting");
        clickInDm(ANN, FreshnessMessages.MARK_OUTDATED, current);
        awaitReply(ANN, "no longer waiting");
        assertEquals(0, freshness().sweep(), "outdated and confirmed guides are not asked again");
    }

    @Test
    void withoutTheSettingTheReleaseComesFromGitHubAndAnUnreachableGitHubAsksNobody() throws Exception {
        currentVersion = "";
        t.close();
        t = startBot();
        people();
        long guide = published(ANN, "Destinations", EntryKind.GUIDE, "1.2");
        assertEquals(0, freshness().sweep(), "the repository has no release yet: nothing to compare with");
        github.latestRelease("odigos-io/odigos", "v1.3.1");
        assertEquals(0, freshness().sweep(), "an unknown release is remembered for a few minutes, not asked again");
        t.clock.advance(Duration.ofMinutes(6));
        github.failWith(503);
        assertEquals(0, freshness().sweep(), "GitHub down: nobody asked, nothing thrown");
        github.failWith(0);
        t.clock.advance(Duration.ofMinutes(6));
        assertEquals(1, freshness().sweep());
        assertEquals("1.3", entry(guide).accuracyAskedFor());
        assertTrue(github.requests().stream().anyMatch(r -> r.path().equals("/repos/odigos-io/odigos/releases/latest")));
    }
}
