package io.odigos.community.events;

/** What members bring to an event: agenda topics before a call, questions during a webinar. */
public enum TopicKind {
    AGENDA("agenda topic"),
    QUESTION("question");

    private final String noun;

    TopicKind(String noun) {
        this.noun = noun;
    }

    public String noun() {
        return noun;
    }
}
