package io.odigos.community.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.odigos.community.recognition.GitHubApi;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.FakeGitHub;
import io.odigos.community.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The release from GitHub: remembered, kept through failures, and never waited for on a request path. */
class CurrentReleaseTest {

    static final String REPOSITORY = "odigos-io/odigos";
    FakeGitHub github;
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    CurrentRelease release;

    @BeforeEach
    void start() throws Exception {
        github = FakeGitHub.start();
        release = new CurrentRelease(Optional.empty(), new GitHubApi(github.apiUrl(), Optional.empty()),
                Optional.of(REPOSITORY), clock);
    }

    @AfterEach
    void stop() {
        github.close();
    }

    long asked() {
        return github.requests().stream().filter(r -> r.path().equals("/repos/" + REPOSITORY + "/releases/latest"))
                .count();
    }

    @Test
    void aRequestPathGetsWhatIsKnownAndTheAnswerArrivesInTheBackground() {
        github.latestRelease(REPOSITORY, "v1.3.2");
        assertEquals(Optional.empty(), release.known(), "nothing known yet, and nothing waited for");
        Eventually.holds("the background answer", Duration.ofSeconds(10),
                () -> release.known().equals(OdigosVersion.parse("1.3")));
        assertEquals(1, asked());
    }

    @Test
    void anAnswerIsRememberedAnHourAndAFailureKeepsItButIsRetriedSoon() {
        github.latestRelease(REPOSITORY, "v1.3.2");
        assertEquals(OdigosVersion.parse("1.3"), release.version());
        github.latestRelease(REPOSITORY, "v1.4.0");
        clock.advance(Duration.ofMinutes(59));
        assertEquals(OdigosVersion.parse("1.3"), release.version(), "remembered");
        assertEquals(1, asked());
        clock.advance(Duration.ofMinutes(2));
        github.failWith(503);
        assertEquals(OdigosVersion.parse("1.3"), release.version(), "GitHub down: the release known before stands");
        github.recover();
        clock.advance(CurrentRelease.UNKNOWN_REMEMBERED);
        assertEquals(OdigosVersion.parse("1.4"), release.version(), "asked again soon after a failure");
    }

    @Test
    void theSettingWinsAndGitHubIsNeverAsked() {
        CurrentRelease configured = new CurrentRelease(Optional.of("v2.0.1"),
                new GitHubApi(github.apiUrl(), Optional.empty()), Optional.of(REPOSITORY), clock);
        assertEquals(OdigosVersion.parse("2.0"), configured.known());
        assertEquals(OdigosVersion.parse("2.0"), configured.version());
        assertEquals(0, asked());
    }
}
