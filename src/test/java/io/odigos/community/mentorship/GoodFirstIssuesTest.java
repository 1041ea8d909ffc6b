package io.odigos.community.mentorship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.odigos.community.recognition.GitHubApi;
import io.odigos.community.recognition.GitHubApi.Issue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which good first issues a pair is offered: area first, never one another pair claimed, three at most. */
class GoodFirstIssuesTest {

    static Issue issue(long number, String title, String... labels) {
        return new Issue(number, title, "https://github.com/odigos-io/odigos/issues/" + number, List.of(labels));
    }

    static List<Long> numbers(List<Issue> issues) {
        return issues.stream().map(Issue::number).toList();
    }

    // in GitHub's order: most recently updated first
    final List<Issue> found = List.of(
            issue(1, "Typo in the README"),
            issue(2, "Helm chart: expose the collector's memory limit", "area/helm"),
            issue(3, "Document the Java agent's environment variables", "docs"),
            issue(4, "Flaky UI test on the sources page", "ui"),
            issue(5, "Kubernetes 1.31 in the Helm test matrix"));

    @Test
    void issuesInTheAreaComeFirstByHowManyOfItsWordsTheyShareOtherwiseGitHubsOrderHolds() {
        assertEquals(List.of(5L, 2L, 1L), numbers(GoodFirstIssues.choose(found, "Helm and Kubernetes", Set.of(), 3)),
                "#5 shares helm and kubernetes, #2 helm (its label), then the newest; 'and' counts for nothing");
        assertEquals(List.of(2L, 5L, 1L), numbers(GoodFirstIssues.choose(found, "Helm", Set.of(), 3)),
                "a tie keeps GitHub's order");
        assertEquals(List.of(4L, 1L, 2L), numbers(GoodFirstIssues.choose(found, "UI", Set.of(), 3)),
                "a whole word only: 'ui' is not found inside 'build' or 'guide'");
        assertEquals(List.of(1L, 2L, 3L), numbers(GoodFirstIssues.choose(found, "eBPF", Set.of(), 3)),
                "no issue in the area: the newest three");
    }

    @Test
    void anIssueAnotherPairClaimedOrWithoutAWebAddressIsNeverOffered() {
        Set<String> claimed = Set.of(found.get(1).url(), found.get(0).url());
        List<Issue> withBadLink = List.of(new Issue(9, "Evil", "javascript:alert(1)", List.of("area/helm")));
        assertEquals(List.of(5L, 3L, 4L), numbers(GoodFirstIssues.choose(
                java.util.stream.Stream.concat(withBadLink.stream(), found.stream()).toList(),
                "Helm and Kubernetes", claimed, 3)));
    }

    @Test
    void atMostTheLimitAndFewerWhenFewerAreOpen() {
        assertEquals(3, GoodFirstIssues.choose(found, "Docs", Set.of(), 3).size());
        assertEquals(List.of(3L, 1L), numbers(GoodFirstIssues.choose(found, "Docs", Set.of(), 2)));
        assertEquals(List.of(), GoodFirstIssues.choose(List.of(), "Docs", Set.of(), 3));
    }

    @Test
    void theRepositoryIsReadFromItsPageAddress() {
        assertEquals(Optional.of("odigos-io/odigos"), GitHubApi.repositoryOf("https://github.com/odigos-io/odigos"));
        assertEquals(Optional.of("odigos-io/odigos"), GitHubApi.repositoryOf("https://github.com/odigos-io/odigos.git"));
        assertEquals(Optional.of("acme/bot"), GitHubApi.repositoryOf("https://git.acme.test/acme/bot/"));
        assertEquals(Optional.empty(), GitHubApi.repositoryOf("https://github.com/odigos-io"));
        assertEquals(Optional.empty(), GitHubApi.repositoryOf("https://github.com/odigos-io/odigos/issues"));
    }
}
