package io.odigos.community.packs;

import io.odigos.community.releases.OdigosVersion;
import io.odigos.community.slack.FormText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pack, or a new version of one, as its author describes it in the publish form, checked before its YAML is even
 * fetched: name, summary, README, tags from {@link PackTags} (at least one signal), the Odigos releases it was tried
 * on, and its YAML as exactly one of an uploaded file or an https link. Keys of problems are the form's block ids.
 *
 * @param tags    stored forms ("signal:Traces") from the four tag selects
 * @param triedOn releases as picked or typed ("1.4", "v1.3.2")
 * @param changes what changed since the last version; null for a new pack
 */
public record PackDraft(String name, String summary, String readme, List<String> tags, List<String> triedOn,
                        String fileId, String link, String changes, boolean newVersion) {

    public static final String NAME = "pack-name";
    public static final String SUMMARY = "pack-summary";
    public static final String README = "pack-readme";
    public static final String TRIED_ON = "pack-tried-on";
    public static final String FILE = "pack-file";
    public static final String LINK = "pack-link";
    public static final String CHANGES = "pack-changes";

    public static final int MAX_NAME = 80;
    public static final int MAX_SUMMARY = 200;
    public static final int MAX_README = 3000;
    public static final int MAX_CHANGES = 1000;
    public static final int MAX_RELEASES = 10;
    /** What pack_versions.source holds. */
    public static final int MAX_LINK = 500;

    public PackDraft {
        name = FormText.stripped(name);
        summary = FormText.stripped(summary);
        readme = FormText.stripped(readme);
        fileId = FormText.stripped(fileId);
        link = FormText.stripped(link);
        changes = FormText.stripped(changes);
        tags = tags == null ? List.of() : List.copyOf(tags);
        triedOn = triedOn == null ? List.of() : triedOn.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** The block of one kind of tag's select. */
    public static String tagBlock(PackTags kind) {
        return "pack-tags-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The releases the form offers when the current one is known: its minor back to x.0, newest first, at most
     * {@link #MAX_RELEASES}.
     */
    static List<String> offeredReleases(OdigosVersion current) {
        List<String> offered = new ArrayList<>();
        for (int minor = current.minor(); minor >= 0 && offered.size() < MAX_RELEASES; minor--) {
            offered.add(new OdigosVersion(current.major(), minor).toString());
        }
        return offered;
    }

    /** Problems by field; empty when the YAML may be fetched. {@code current}: the current Odigos release, if known. */
    public Map<String, String> problems(Optional<OdigosVersion> current) {
        Map<String, String> problems = new LinkedHashMap<>();
        FormText.check(problems, NAME, name, MAX_NAME, "Give the pack a name, like \"PII-safe tracing for Java payments\".");
        FormText.check(problems, SUMMARY, summary, MAX_SUMMARY, "Say in a sentence what the pack does.");
        FormText.check(problems, README, readme, MAX_README, "Say what the pack is for and how to use it.");
        tagProblems(problems);
        releaseProblems(problems, current);
        if (fileId == null && link == null) {
            problems.put(FILE, "Upload the pack's YAML file, or give an https link to the raw file below.");
        } else if (fileId != null && link != null) {
            problems.put(LINK, "Give the file or the link, not both.");
        } else if (link != null && link.length() > MAX_LINK) {
            problems.put(LINK, "Keep the link under " + MAX_LINK + " characters.");
        } else if (link != null && LinkFetcher.problem(link) != null) {
            problems.put(LINK, LinkFetcher.problem(link));
        }
        if (newVersion) {
            FormText.check(problems, CHANGES, changes, MAX_CHANGES, "Say what changed since the last version.");
        }
        return problems;
    }

    private void tagProblems(Map<String, String> problems) {
        for (String tag : tags) {
            if (!PackTags.known(tag)) {
                String kind = tag.contains(":") ? tag.substring(0, tag.indexOf(':')) : "";
                PackTags block = Arrays.stream(PackTags.values())
                        .filter(k -> k.name().equalsIgnoreCase(kind)).findFirst().orElse(PackTags.LANGUAGE);
                problems.put(tagBlock(block), "Pick tags from the list.");
                return;
            }
        }
        if (tags.stream().noneMatch(t -> PackTags.kindOf(t).orElse(null) == PackTags.SIGNAL)) {
            problems.put(tagBlock(PackTags.SIGNAL), "Pick at least one signal the pack is about.");
        }
    }

    private void releaseProblems(Map<String, String> problems, Optional<OdigosVersion> current) {
        if (triedOn.isEmpty()) {
            problems.put(TRIED_ON, "Say which Odigos releases you tried the pack on.");
        } else if (triedOn.size() > MAX_RELEASES) {
            problems.put(TRIED_ON, "Give at most " + MAX_RELEASES + " releases.");
        } else if (triedOn.stream().anyMatch(v -> OdigosVersion.parse(v).isEmpty())) {
            problems.put(TRIED_ON, "Give Odigos releases like 1.4 or v1.3.2, separated by commas.");
        } else if (current.isPresent() && !offeredReleases(current.get()).containsAll(releases())) {
            problems.put(TRIED_ON, "Pick releases from the list.");
        }
    }

    /** The releases tried on, to the minor ("1.4"); only once {@link #problems} found none. */
    public Set<String> releases() {
        Set<String> minors = new TreeSet<>();
        triedOn.forEach(v -> OdigosVersion.parse(v).ifPresent(o -> minors.add(o.toString())));
        return minors;
    }

    public PackDetails details() {
        return new PackDetails(name, summary, readme, new TreeSet<>(tags));
    }
}
