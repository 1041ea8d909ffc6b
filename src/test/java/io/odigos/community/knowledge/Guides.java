package io.odigos.community.knowledge;

import io.odigos.community.testing.TestBot;
import java.time.Instant;
import java.util.List;

/**
 * Entries written straight through the entity and the store, in one transaction with their change-log row, as the
 * submission and review listeners will write them: what search is tested on.
 */
final class Guides {

    static final String AUTHOR = "UAUTHOR";

    private Guides() {
    }

    static KnowledgeEntry published(TestBot t, String title, String summary, String body, EntryKind kind,
                                    List<String> topics) {
        return write(t, title, summary, body, kind, topics, true);
    }

    static KnowledgeEntry pending(TestBot t, String title, String summary, String body, EntryKind kind,
                                  List<String> topics) {
        return write(t, title, summary, body, kind, topics, false);
    }

    private static KnowledgeEntry write(TestBot t, String title, String summary, String body, EntryKind kind,
                                       List<String> topics, boolean publish) {
        KnowledgeStore store = new KnowledgeStore();
        EntryDraft draft = new EntryDraft(title, summary, kind, null, body, topics, "1.0", null, false);
        return t.bot.platform().database().inTransaction(em -> {
            Instant now = t.clock.instant();
            KnowledgeEntry entry = store.insert(em, new KnowledgeEntry(AUTHOR, draft, now), now);
            if (publish) {
                entry.review(EntryStatus.PUBLISHED, TestBot.ADMIN, null, now);
                store.changed(em, entry.id(), now);
            }
            return entry;
        });
    }

    /** Retitles an entry, as an author's accepted edit would. */
    static void retitle(TestBot t, long id, String title) {
        KnowledgeStore store = new KnowledgeStore();
        t.bot.platform().database().runInTransaction(em -> {
            KnowledgeEntry entry = store.lockedEntry(em, id).orElseThrow();
            Instant now = t.clock.instant();
            entry.resubmit(new EntryDraft(title, entry.summary(), entry.kind(), entry.link(), entry.body(),
                    entry.topics(), entry.odigosVersion(), entry.sourceThread(), entry.showAuthor()), now);
            entry.review(EntryStatus.PUBLISHED, TestBot.ADMIN, null, now);
            store.changed(em, id, now);
        });
    }
}
