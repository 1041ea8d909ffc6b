package io.odigos.community.knowledge;

import io.odigos.community.slack.Feature;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import jakarta.servlet.http.HttpServlet;
import java.util.List;
import java.util.Map;

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

    @Override
    public Map<String, HttpServlet> servlets() {
        var config = platform.config();
        if (!config.publicPages().enabled()) {
            return Map.of();
        }
        return Map.of(KnowledgePages.PATH, new KnowledgePages(new PublicKnowledge(platform.database(), store,
                platform.members(), config.publicUrl()), config.publicUrl()));
    }
}
