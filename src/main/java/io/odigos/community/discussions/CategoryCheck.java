package io.odigos.community.discussions;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.odigos.community.recognition.GitHubApi;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one start-up check of the mirroring settings: can the token read the repository of GITHUB_REPOSITORY_URL, and
 * has it the discussion category of GITHUB_DISCUSSIONS_CATEGORY? Its outcome is kept for {@code /community-admin
 * github}; a problem is a warning, never a reason to stop, because Slack must work whatever GitHub says.
 */
public final class CategoryCheck {

    /** A repository has at most 25 discussion categories, so one page lists them all. */
    static final String QUERY = "query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) "
            + "{ id discussionCategories(first: 25) { nodes { id name slug } } } "
            + GitHubGraphQL.RATE_LIMIT_FIELD + " }";

    /** What the check found, and when: {@code warning} is empty when all is well, and {@code target} present. */
    public record Outcome(Instant at, Optional<String> warning, Optional<MirrorSync.Target> target) {
        public boolean ok() {
            return warning.isEmpty();
        }
    }

    private final GitHubGraphQL github;
    private final String repositoryUrl;
    private final String category;
    private final Clock clock;
    private volatile Outcome last;

    public CategoryCheck(GitHubGraphQL github, String repositoryUrl, String category, Clock clock) {
        this.github = github;
        this.repositoryUrl = repositoryUrl;
        this.category = category;
        this.clock = clock;
    }

    /** The latest outcome; empty until the first check has finished. */
    public Optional<Outcome> last() {
        return Optional.ofNullable(last);
    }

    /** A write found the repository or category gone: the next pass checks again after a pause. */
    void failed(String why) {
        last = warning(why);
    }

    public Outcome run() {
        last = check();
        return last;
    }

    private Outcome check() {
        Optional<String> repository = GitHubApi.repositoryOf(repositoryUrl);
        if (repository.isEmpty()) {
            return warning("GITHUB_REPOSITORY_URL " + repositoryUrl
                    + " does not name a GitHub repository (owner/name)");
        }
        if (!github.hasToken()) {
            return warning("GITHUB_TOKEN is empty; GitHub's GraphQL API needs a token that can write discussions");
        }
        String[] ownerName = repository.get().split("/", 2);
        JsonObject variables = new JsonObject();
        variables.addProperty("owner", ownerName[0]);
        variables.addProperty("name", ownerName[1]);
        JsonObject data;
        try {
            data = github.query(QUERY, variables);
        } catch (GitHubFailure e) {
            return warning(explain(e, repository.get()));
        }
        if (!data.has("repository") || !data.get("repository").isJsonObject()) {
            return warning(notFound(repository.get()));
        }
        List<String> names = new ArrayList<>();
        try {
            JsonObject repo = data.getAsJsonObject("repository");
            for (JsonElement node : repo.getAsJsonObject("discussionCategories").getAsJsonArray("nodes")) {
                JsonObject c = node.getAsJsonObject();
                String name = c.get("name").getAsString();
                if (matches(name) || matches(c.get("slug").getAsString())) {
                    return new Outcome(clock.instant(), Optional.empty(), Optional.of(new MirrorSync.Target(
                            repo.get("id").getAsString(), c.get("id").getAsString())));
                }
                names.add(name);
            }
        } catch (RuntimeException e) {
            return warning("GitHub's answer about " + repository.get() + " lists no discussion categories");
        }
        return warning(repository.get() + " has no discussion category '" + category + "' (GITHUB_DISCUSSIONS_CATEGORY)"
                + (names.isEmpty() ? "; it has none: are Discussions turned on in its settings?"
                : "; it has: " + String.join(", ", names)));
    }

    private boolean matches(String nameOrSlug) {
        return isCategory(category, nameOrSlug);
    }

    /** GitHub matches neither name nor slug by case, and admins type either (the webhook asks this too). */
    static boolean isCategory(String configured, String nameOrSlug) {
        return nameOrSlug != null
                && nameOrSlug.toLowerCase(Locale.ROOT).equals(configured.strip().toLowerCase(Locale.ROOT));
    }

    private static String explain(GitHubFailure e, String repository) {
        return switch (e.kind()) {
            case UNAUTHORIZED -> "GitHub refused GITHUB_TOKEN (" + e.getMessage() + "); give a token that can read "
                    + repository + " and write its discussions";
            case NOT_FOUND -> notFound(repository);
            case RATE_LIMITED -> "GitHub's rate limit for GITHUB_TOKEN is spent" + e.retryAt().map(t -> " until " + t)
                    .orElse("") + " (" + e.getMessage() + ")";
            case TRANSIENT -> "GitHub could not be reached (" + e.getMessage() + ")";
            case GRAPHQL_ERRORS -> "GitHub answered with errors: " + e.getMessage();
        };
    }

    private static String notFound(String repository) {
        return "GitHub finds no repository " + repository + " for GITHUB_TOKEN; check GITHUB_REPOSITORY_URL and that "
                + "the token can read it";
    }

    private Outcome warning(String text) {
        return new Outcome(clock.instant(), Optional.of(text), Optional.empty());
    }
}
