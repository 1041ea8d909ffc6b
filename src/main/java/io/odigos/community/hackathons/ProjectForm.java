package io.odigos.community.hackathons;

import io.odigos.community.slack.ModalValues;

/** Block ids of the submission and scoring forms, and reading the submission form. */
final class ProjectForm {

    static final String NAME = "name";
    static final String CHALLENGE = "challenge";
    static final String REPOSITORY = "repository";
    static final String DEMO = "demo";
    static final String DESCRIPTION = "description";
    static final String CRITERION_PREFIX = "criterion_";

    private ProjectForm() {
    }

    static ProjectDraft read(ModalValues v) {
        String challenge = v.get(CHALLENGE);
        return new ProjectDraft(strip(v.get(NAME)), challenge == null ? 0 : Long.parseLong(challenge),
                strip(v.get(REPOSITORY)), strip(v.get(DEMO)), strip(v.get(DESCRIPTION)));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
