package io.odigos.community.knowledge;

import io.odigos.community.CommunityBot;
import io.odigos.community.testing.TestBot;
import java.util.List;

/**
 * Entries put straight into the knowledge base, as a review would leave them, for tests of what reads them (search,
 * freshness, pages) that do not go through sharing and review.
 */
final class PublishedEntries {

    private PublishedEntries() {
    }

    static KnowledgeEntry add(TestBot t, String author, String title, String version, EntryStatus status) {
        EntryDraft draft = new EntryDraft(title, "What " + title + " teaches.", EntryKind.GUIDE,
                "https://odigos.io/guides/" + title.hashCode(), null, List.of("eBPF"), version, null, false);
        return add(t.bot, author, draft, status, TestBot.ADMIN, null);
    }

    /** The draft as its author wrote it, left pending or reviewed into {@code status} with the reviewer's note. */
    static KnowledgeEntry add(CommunityBot bot, String author, EntryDraft draft, EntryStatus status, String reviewer,
                              String note) {
        var now = bot.platform().clock().instant();
        return bot.platform().database().inTransaction(em -> {
            KnowledgeStore store = new KnowledgeStore();
            KnowledgeEntry entry = store.insert(em, new KnowledgeEntry(author, draft, now), now);
            if (status != EntryStatus.PENDING) {
                entry.review(status, reviewer, note, now);
                store.changed(em, entry.id(), now);
            }
            return entry;
        });
    }

    static KnowledgeEntry reread(TestBot t, long id) {
        return t.bot.platform().database().inTransaction(em -> new KnowledgeStore().entry(em, id).orElseThrow());
    }
}
