package io.odigos.community.recognition;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** One line of recognition.json's kindRules: what a merged pull request must show to be of {@link #kind()}. */
public sealed interface KindRule {

    ContributionKind kind();

    /**
     * Whether the pull request matches. {@code changedFiles} is asked only by path rules: a label or title rule
     * that decides first costs no call to GitHub.
     */
    boolean matches(List<String> labels, String title, Supplier<List<String>> changedFiles);

    /** A label, exact but case-insensitive. */
    record Label(String label, ContributionKind kind) implements KindRule {
        public Label {
            requireText("label", label);
        }

        @Override
        public boolean matches(List<String> labels, String title, Supplier<List<String>> changedFiles) {
            return labels.stream().anyMatch(l -> l.equalsIgnoreCase(label));
        }
    }

    /** A conventional-commit title prefix: "docs" matches "docs: …", "docs(ui): …" and "docs!: …". */
    record TitlePrefix(String prefix, ContributionKind kind) implements KindRule {
        public TitlePrefix {
            requireText("titlePrefix", prefix);
        }

        @Override
        public boolean matches(List<String> labels, String title, Supplier<List<String>> changedFiles) {
            String t = title.toLowerCase(Locale.ROOT);
            String p = prefix.toLowerCase(Locale.ROOT);
            return t.startsWith(p + ":") || t.startsWith(p + "(") || t.startsWith(p + "!:");
        }
    }

    /**
     * Globs (java.nio "glob:" syntax, paths relative to the repository root): matches a pull request that changed
     * at least one file and nothing outside the globs. No files known (GitHub unreachable) means no match.
     */
    record OnlyPaths(List<String> globs, ContributionKind kind) implements KindRule {

        public OnlyPaths {
            globs = List.copyOf(globs);
            for (String glob : globs) {
                requireText("a glob", glob);
                if (glob.startsWith("/")) {
                    throw new IllegalArgumentException("the glob '" + glob + "' must be a path relative to the "
                            + "repository root, like docs/**");
                }
                matcher(glob); // a malformed glob is refused now, not at the first pull request
            }
        }

        @Override
        public boolean matches(List<String> labels, String title, Supplier<List<String>> changedFiles) {
            List<String> files = changedFiles.get();
            List<PathMatcher> matchers = globs.stream().map(OnlyPaths::matcher).toList();
            return !files.isEmpty() && files.stream().allMatch(f -> matchesAny(matchers, f));
        }

        private static boolean matchesAny(List<PathMatcher> matchers, String file) {
            try {
                Path path = Path.of(file);
                return matchers.stream().anyMatch(m -> m.matches(path));
            } catch (InvalidPathException e) {
                return false;
            }
        }

        private static PathMatcher matcher(String glob) {
            try {
                return FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) { // PatternSyntaxException is one
                throw new IllegalArgumentException("the glob '" + glob + "' is malformed: " + e.getMessage());
            }
        }
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
    }
}
