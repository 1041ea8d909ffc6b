package io.odigos.community.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.testing.FakeGitHub;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The changed-files call against a fake GitHub over real HTTP: pages, renames, GitHub's limit and refusals. */
class GitHubApiTest {

    static final String REPO = "odigos-io/odigos";
    FakeGitHub github;
    GitHubApi anonymous;

    @BeforeEach
    void start() throws Exception {
        github = FakeGitHub.start();
        anonymous = new GitHubApi(github.apiUrl() + "/", Optional.empty());
    }

    @AfterEach
    void stop() {
        github.close();
    }

    static List<String> docs(int count) {
        return IntStream.range(0, count).mapToObj(i -> "docs/page-" + i + ".mdx").toList();
    }

    @Test
    void pagesAreReadUntilOneIsShortAndRenamesCountTheirOldPath() throws Exception {
        github.pullRequestFiles(REPO, 1, docs(100));
        github.pullRequestRename(REPO, 1, "agents/java/README.md", "docs/java.md");
        List<String> files = anonymous.changedFiles(REPO, 1);
        assertEquals(102, files.size());
        assertTrue(files.containsAll(List.of("docs/java.md", "agents/java/README.md")), "" + files);
        assertEquals(List.of("per_page=100&page=1", "per_page=100&page=2"),
                github.requests().stream().map(FakeGitHub.Request::query).toList());
        assertNull(github.requests().get(0).authorization(), "no token configured: anonymous");

        github.pullRequestFiles(REPO, 2, docs(100));
        assertEquals(100, anonymous.changedFiles(REPO, 2).size(), "a full last page is followed by an empty one");
    }

    @Test
    void aPullRequestAtGitHubsLimitOf3000FilesIsUnknownBecauseTheRestIsNotListed() {
        github.pullRequestFiles(REPO, 3, docs(3000));
        GitHubApi.Unavailable e = assertThrows(GitHubApi.Unavailable.class, () -> anonymous.changedFiles(REPO, 3));
        assertTrue(e.getMessage().contains("3000"), e.getMessage());
        assertEquals(30, github.requests().size());
    }

    @Test
    void refusalsNameTheStatusAndGitHubsMessageNeverTheToken() {
        GitHubApi withToken = new GitHubApi(github.apiUrl(), Optional.of("ghp_secret"));
        GitHubApi.Unavailable missing = assertThrows(GitHubApi.Unavailable.class, () -> withToken.changedFiles(REPO, 4));
        assertEquals("HTTP 404: Not Found", missing.getMessage());
        assertEquals("Bearer ghp_secret", github.requests().get(0).authorization());
        github.failWith(403);
        GitHubApi.Unavailable limited = assertThrows(GitHubApi.Unavailable.class, () -> withToken.changedFiles(REPO, 4));
        assertTrue(limited.getMessage().startsWith("HTTP 403: API rate limit exceeded"), limited.getMessage());
        assertThrows(GitHubApi.Unavailable.class, () -> withToken.changedFiles("odigos-io/..", 4));
        assertThrows(GitHubApi.Unavailable.class, () -> withToken.changedFiles("../../admin", 4));
        assertEquals(2, github.requests().size(), "a repository that is not owner/name is never asked for");
    }
}
