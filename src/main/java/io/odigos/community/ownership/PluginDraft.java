package io.odigos.community.ownership;

import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.WebLinks;
import io.odigos.community.slack.FormText;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plugin a member proposes to build, as they describe it, checked before anything is stored. Keys are block ids. */
public record PluginDraft(String name, String summary, String link) {

    public static final String NAME = "plugin_name";
    public static final String SUMMARY = "plugin_summary";
    public static final String LINK = "plugin_link";
    public static final int MAX_NAME = 80;
    public static final int MAX_SUMMARY = 500;

    /** Problems by field; empty when the proposal can be stored. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        FormText.check(problems, NAME, name, MAX_NAME, "Give the plugin a name.");
        FormText.check(problems, SUMMARY, summary, MAX_SUMMARY, "Say what the plugin does.");
        String linkProblem = link == null ? "Give the address of its repository or design."
                : WebLinks.problem(link, "Give the http(s) address of its repository or design, like "
                        + "https://github.com/you/odigos-plugin.");
        if (linkProblem != null) {
            problems.put(LINK, linkProblem);
        }
        return problems;
    }

    /** Throws every problem at once, keyed by field; returns quietly when there are none. */
    void check() {
        Map<String, String> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
