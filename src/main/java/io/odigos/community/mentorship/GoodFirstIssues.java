package io.odigos.community.mentorship;

import io.odigos.community.core.WebLinks;
import io.odigos.community.recognition.GitHubApi;
import io.odigos.community.recognition.GitHubApi.Issue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The good first issues a new pair's introduction offers: open issues labelled "good first issue" in the configured
 * repository, those in the pair's area first, none another active pair claimed, at most {@link #SHOWN} with the
 * mentee's own pick first. GitHub is asked once per introduction and never retried: a delayed introduction costs the
 * pair more than a missing list, and when GitHub cannot answer the offer links the same list on github.com.
 */
final class GoodFirstIssues {

    static final int SHOWN = 3;
    /** Enough to prefer the pair's area and skip claimed issues, in one search page. */
    private static final int FETCHED = 30;
    private static final Logger log = LoggerFactory.getLogger(GoodFirstIssues.class);
    private static final Pattern ISSUE_URL = Pattern.compile("https?://[^/]+/[^/]+/[^/]+/issues/(\\d{1,9})/?");
    /** Words an area name joins with, which say nothing about an issue. */
    private static final Set<String> CONNECTORS = Set.of("and", "or", "the", "of", "for", "in");

    /**
     * What the introduction shows. {@code picked}: the issue the mentee named in their request, if any. {@code fetched}
     * false: GitHub could not be asked, so {@code listUrl} (the repository's good first issues on github.com) stands
     * in for the suggestions.
     */
    record Offer(Optional<Issue> picked, List<Issue> suggested, boolean fetched, String listUrl) {
    }

    private final GitHubApi github;
    private final String repositoryUrl;
    private final Optional<String> repository;

    /** {@code repositoryUrl}: the repository's page, e.g. https://github.com/odigos-io/odigos. */
    GoodFirstIssues(GitHubApi github, String repositoryUrl) {
        this.github = github;
        this.repositoryUrl = repositoryUrl.replaceAll("/+$", "");
        this.repository = GitHubApi.repositoryOf(this.repositoryUrl);
    }

    /** The offer for a pair in {@code area}; {@code pickedUrl} is the mentee's own issue link, or null. */
    Offer offer(String area, String pickedUrl, Set<String> claimedElsewhere) {
        String listUrl = repositoryUrl + "/issues?q="
                + URLEncoder.encode("is:issue is:open label:\"good first issue\"", StandardCharsets.UTF_8);
        Optional<List<Issue>> fetched = fetch();
        if (fetched.isEmpty()) {
            return new Offer(picked(pickedUrl, List.of()), List.of(), false, listUrl);
        }
        List<Issue> found = fetched.get();
        Optional<Issue> picked = picked(pickedUrl, found);
        Set<String> skipped = new HashSet<>(claimedElsewhere);
        picked.ifPresent(p -> skipped.add(p.url()));
        return new Offer(picked, choose(found, area, skipped, picked.isPresent() ? SHOWN - 1 : SHOWN), true, listUrl);
    }

    /** The repository's open good first issues, or empty (and a warning naming why) when GitHub cannot say. */
    private Optional<List<Issue>> fetch() {
        if (repository.isEmpty()) {
            log.warn("GITHUB_REPOSITORY_URL {} names no owner/name repository; introductions link it instead of "
                    + "listing good first issues", repositoryUrl);
            return Optional.empty();
        }
        try {
            return Optional.of(github.goodFirstIssues(repository.get(), FETCHED));
        } catch (GitHubApi.Unavailable e) {
            log.warn("The good first issues of {} could not be fetched; the introduction links them instead: {}",
                    repository.get(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Up to {@code limit} issues: those sharing more words (title or labels) with the area first, otherwise in
     * GitHub's order (most recently updated first); never one whose URL is in {@code skipped} or not an http(s) link.
     */
    static List<Issue> choose(List<Issue> found, String area, Set<String> skipped, int limit) {
        Set<String> areaWords = words(area);
        areaWords.removeAll(CONNECTORS);
        return found.stream()
                .filter(i -> WebLinks.isHttp(i.url()) && !skipped.contains(i.url()))
                .sorted(Comparator.comparingLong((Issue i) -> -sharedWords(i, areaWords))) // stable: ties keep order
                .limit(limit)
                .toList();
    }

    private static long sharedWords(Issue issue, Set<String> areaWords) {
        Set<String> issueWords = words(issue.title() + " " + String.join(" ", issue.labels()));
        return areaWords.stream().filter(issueWords::contains).count();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * The mentee's own issue: as GitHub listed it when it is an open good first issue, otherwise as their link says
     * (no title; number 0, so it cannot be claimed, when the link is not to an issue).
     */
    private static Optional<Issue> picked(String pickedUrl, List<Issue> found) {
        if (pickedUrl == null) {
            return Optional.empty();
        }
        String url = pickedUrl.strip().replaceAll("/+$", "");
        Optional<Issue> listed = found.stream().filter(i -> i.url().equalsIgnoreCase(url)).findFirst();
        if (listed.isPresent()) {
            return listed;
        }
        if (!WebLinks.isHttp(url)) {
            return Optional.empty();
        }
        Matcher issue = ISSUE_URL.matcher(url);
        return Optional.of(new Issue(issue.matches() ? Long.parseLong(issue.group(1)) : 0, "", url, List.of()));
    }
}
