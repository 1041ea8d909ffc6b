package io.odigos.community.knowledge;

import io.odigos.community.slack.Feature;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The community knowledge base: guides shared in Slack, reviewed, searched, rated, and shown on public pages. */
public final class KnowledgeFeature implements Feature, AutoCloseable {

    public static final List<Class<?>> ENTITIES = List.of(KnowledgeEntry.class);
    /** The persistence unit's settings for the entries' full-text index: how their text is analysed. */
    public static final Map<String, Object> SEARCH_PROPERTIES = Map.of(
            "hibernate.search.backend.analysis.configurer", "class:" + EntryAnalysis.class.getName());

    private final Platform platform;
    private final KnowledgeStore store = new KnowledgeStore();
    // kb-search
    private final EntrySearch search;
    private final EntryIndex index;

    public KnowledgeFeature(Platform platform) {
        this.platform = platform;
        this.search = new EntrySearch(platform.database());
        this.index = new EntryIndex(platform.database(), store, platform.clock());
    }

    @Override
    public void register(SlackRoutes routes) {
        // the slices register their listeners here: submission and review, search, public pages
        new SearchListeners(platform.database(), store, search, platform.outbox()).register(routes);
    }

    @Override
    public void afterStart() {
        index.start();
    }

    /** Published entries by words, topic and kind, for every surface that lists them. */
    public EntrySearch search() {
        return search;
    }

    EntryIndex index() {
        return index;
    }

    /** Builds this instance's search index again from the tables, as at start; answers how long it took. */
    public Duration rebuildSearchIndex() {
        return index.rebuild();
    }

    @Override
    public void close() throws InterruptedException {
        index.close();
    }
}
