package io.odigos.community.labs;

import io.odigos.community.slack.FormText;
import java.util.LinkedHashMap;
import java.util.Map;

/** A new version of a beta as an admin ships it: its number and what changed, which participants get by DM. */
public record VersionDraft(String version, String changes) {

    public static final String VERSION = "labs-new-version";
    public static final String CHANGES = "labs-changes";
    public static final int MAX_CHANGES = 2000;

    public VersionDraft {
        version = FormText.stripped(version);
        changes = FormText.stripped(changes);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        BetaDraft.versionProblem(problems, VERSION, version);
        FormText.check(problems, CHANGES, changes, MAX_CHANGES, "Say what changed, for the participants.");
        return problems;
    }
}
