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

    /** The draft as typed; a challenge that is not one of the select's ids reads as none, which the draft refuses. */
    static ProjectDraft read(ModalValues v) {
        long challenge;
        try {
            challenge = v.text(CHALLENGE) == null ? 0 : Long.parseLong(v.text(CHALLENGE));
        } catch (NumberFormatException e) {
            challenge = 0;
        }
        return new ProjectDraft(v.text(NAME), challenge, v.text(REPOSITORY), v.text(DEMO), v.text(DESCRIPTION));
    }
}
