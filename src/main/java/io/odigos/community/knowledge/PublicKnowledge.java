package io.odigos.community.knowledge;

import io.odigos.community.core.Database;
import io.odigos.community.core.Members;
import io.odigos.community.core.WebLinks;
import io.odigos.community.web.AtomFeed;
import io.odigos.community.web.PublicText;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the public knowledge base: only published entries exist there (anything else is "not found"), links
 * only when they are http(s), bodies as escaped mrkdwn, and an author's name only when they ticked "show my name".
 */
final class PublicKnowledge {

    static final int PER_PAGE = 50;

    private final Database database;
    private final KnowledgeStore store;
    private final EntrySearch search;
    private final Members members;
    private final String publicUrl;

    PublicKnowledge(Database database, KnowledgeStore store, EntrySearch search, Members members, String publicUrl) {
        this.database = database;
        this.store = store;
        this.search = search;
        this.members = members;
        this.publicUrl = publicUrl;
    }

    List<TopicCount> topics() {
        return database.inTransaction(store::publishedTopics);
    }

    List<KindCount> kinds() {
        return database.inTransaction(store::publishedKinds);
    }

    List<PublicEntry> latest() {
        return shown(database.inTransaction(em -> store.published(em, PER_PAGE)));
    }

    /** The published entries that match the words best, as /kb in Slack finds them (ranked, a typo forgiven). */
    List<PublicEntry> search(String words) {
        return shown(search.find(words, Optional.empty(), Optional.empty(), PER_PAGE));
    }

    /** The topic's entries; empty when there is no such topic. */
    Optional<List<PublicEntry>> inTopic(String topic) {
        return database.inTransaction(em -> store.topics(em).contains(topic)
                ? Optional.of(store.publishedIn(em, topic, PER_PAGE)) : Optional.<List<KnowledgeEntry>>empty())
                .map(this::shown);
    }

    List<PublicEntry> ofKind(EntryKind kind) {
        return shown(database.inTransaction(em -> store.publishedOf(em, kind, PER_PAGE)));
    }

    Optional<PublicEntry> entry(long id) {
        return database.inTransaction(em -> store.entry(em, id)).filter(KnowledgeEntry::isPublished)
                .map(e -> shown(e, author(e)));
    }

    AtomFeed newGuides() {
        List<AtomFeed.Entry> entries = database.inTransaction(em -> store.published(em, PER_PAGE)).stream()
                .map(e -> new AtomFeed.Entry(e.title(), publicUrl + "/kb/" + e.id(), e.publishedAt(), e.updatedAt(),
                        PublicText.typed(e.summary())))
                .toList();
        return new AtomFeed("Odigos community guides", publicUrl + "/kb", publicUrl + KnowledgePages.FEED, entries);
    }

    private List<PublicEntry> shown(List<KnowledgeEntry> entries) {
        return entries.stream().map(e -> shown(e, null)).toList(); // lists name nobody: one lookup per page at most
    }

    private static PublicEntry shown(KnowledgeEntry e, String author) {
        return new PublicEntry(e.id(), e.title(), e.summary(), e.kind(), e.topics(), e.odigosVersion(), e.outdated(),
                WebLinks.isHttp(e.link()) ? e.link().strip() : null,
                e.body() == null ? null : PublicText.mrkdwn(e.body()), author, e.helpful(),
                PublicText.day(e.publishedAt()));
    }

    /** The author's display name, if they allowed it and Slack gave one (never the id Members falls back to). */
    private String author(KnowledgeEntry e) {
        if (!e.showAuthor()) {
            return null;
        }
        String name = members.lookup(e.authorId()).displayName();
        return name == null || name.isBlank() || name.equals(e.authorId()) ? null : name;
    }
}
