package io.odigos.community.hackathons;

import io.odigos.community.core.WebLinks;
import io.odigos.community.slack.SlackText;
import java.util.LinkedHashMap;
import java.util.Map;

/** A project as hackers describe it in the submission form. */
public record ProjectDraft(String name, long challengeId, String repositoryUrl, String demoUrl, String description) {

    /** Problems keyed by the form's block ids. */
    Map<String, String> problems() {
        Map<String, String> p = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.length() > 150 || SlackText.hasBroadcast(name)) {
            p.put(ProjectForm.NAME, "Name the project in at most 150 characters, without @channel or @here.");
        }
        if (challengeId <= 0) {
            p.put(ProjectForm.CHALLENGE, "Pick the challenge the project is for.");
        }
        String repository = WebLinks.problem(repositoryUrl,
                "The repository must be an http(s) address, like https://github.com/you/project.");
        if (repository != null) {
            p.put(ProjectForm.REPOSITORY, repository);
        }
        String demo = demoUrl == null ? null : WebLinks.problem(demoUrl, "The demo or video must be an http(s) address.");
        if (demo != null) {
            p.put(ProjectForm.DEMO, demo);
        }
        if (description == null || description.isBlank() || description.length() > 3000) {
            p.put(ProjectForm.DESCRIPTION, "Describe the project in at most 3000 characters.");
        }
        return p;
    }
}
