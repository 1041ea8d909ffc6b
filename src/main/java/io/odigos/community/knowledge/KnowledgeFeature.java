package io.odigos.community.knowledge;

import io.odigos.community.slack.Feature;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import java.util.List;

/** The community knowledge base: guides shared in Slack, reviewed, searched, rated, and shown on public pages. */
public final class KnowledgeFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(KnowledgeEntry.class);

    private final Platform platform;
    private final KnowledgeStore store = new KnowledgeStore();

    public KnowledgeFeature(Platform platform) {
        this.platform = platform;
    }

    @Override
    public void register(SlackRoutes routes) {
        // the slices register their listeners here: submission and review, search, public pages
    }
}
