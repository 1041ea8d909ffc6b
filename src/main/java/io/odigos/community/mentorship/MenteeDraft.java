package io.odigos.community.mentorship;

import io.odigos.community.core.WebLinks;
import io.odigos.community.slack.SlackText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A request for a mentor as the mentee describes it, checked before anything is stored. Keys are block ids. */
public record MenteeDraft(String area, String goal, Experience experience, String issueUrl) {

    public static final String AREA = "area";
    public static final String GOAL = "goal";
    public static final String EXPERIENCE = "experience";
    public static final String ISSUE = "issue_url";
    public static final int MAX_GOAL = 500;

    /** Problems by field; empty when the request can be stored with the areas the programme has now. */
    public Map<String, String> problems(Set<String> knownAreas) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (area == null) {
            problems.put(AREA, "Pick the area you want to work on.");
        } else if (!knownAreas.contains(area)) {
            problems.put(AREA, "That area is no longer offered; open the form again.");
        }
        if (goal == null || goal.isBlank()) {
            problems.put(GOAL, "Say what you would like to work on.");
        } else if (goal.length() > MAX_GOAL) {
            problems.put(GOAL, "Keep it under " + MAX_GOAL + " characters.");
        } else if (SlackText.hasBroadcast(goal)) {
            problems.put(GOAL, "This cannot mention @channel, @here or @everyone.");
        }
        if (experience == null) {
            problems.put(EXPERIENCE, "Pick your experience.");
        }
        String link = issueUrl == null ? null : WebLinks.problem(issueUrl, "Give the issue's http(s) address, like "
                + "https://github.com/odigos-io/odigos/issues/123.");
        if (link != null) { // optional: only a link that is given is checked
            problems.put(ISSUE, link);
        }
        return problems;
    }
}
