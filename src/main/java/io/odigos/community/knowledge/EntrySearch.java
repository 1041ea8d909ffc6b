package io.odigos.community.knowledge;

import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.mapper.orm.Search;

/**
 * Finds published entries in the full-text index: ranked on title, then topics and summary, then body, forgiving one
 * typo in a word of four letters or more; or, without words, the newest under a topic or of a kind. The member's
 * words are only ever split into words and matched; no query syntax in them is read.
 */
public final class EntrySearch {

    /** The longest search a member can type. */
    public static final int MAX_WORDS = 200;
    static final String TOPIC = "topic";
    static final String ID = "id_order";
    /** More words than this add noise, not precision. */
    private static final int MAX_TERMS = 12;
    /** Shorter words match exactly: one edit away from "helm" is a word, from "go" half the dictionary. */
    private static final int FORGIVE_TYPO_FROM = 4;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Database database;

    EntrySearch(Database database) {
        this.database = database;
    }

    /**
     * Published entries matching {@code words} best first, or, when words is blank, the newest first; either way only
     * under {@code topic} and of {@code kind} when given. Words that are all punctuation or stop words find nothing.
     */
    public List<KnowledgeEntry> find(String words, Optional<String> topic, Optional<EntryKind> kind, int limit) {
        if (words != null && words.length() > MAX_WORDS) {
            throw new Refusal(SearchViews.tooLong(MAX_WORDS));
        }
        boolean browsing = words == null || words.isBlank();
        List<String> terms = browsing ? List.of() : terms(words);
        if (!browsing && terms.isEmpty()) {
            return List.of();
        }
        return database.inTransaction(em -> Search.session(em).search(KnowledgeEntry.class)
                .where(f -> f.bool().with(b -> {
                    b.filter(f.match().field("status").matching(EntryStatus.PUBLISHED));
                    topic.ifPresent(t -> b.filter(f.match().field(TOPIC).matching(t)));
                    kind.ifPresent(k -> b.filter(f.match().field("kind").matching(k)));
                    if (terms.isEmpty()) {
                        b.must(f.matchAll());
                    } else {
                        b.must(f.or().with(any -> terms.forEach(term -> any.add(anyField(f, term)))));
                    }
                }))
                .sort(f -> browsing
                        ? f.field("publishedAt").desc().then().field(ID).desc()
                        : f.score().then().field("publishedAt").order(SortOrder.DESC))
                .fetchHits(limit));
    }

    private static PredicateFinalStep anyField(SearchPredicateFactory f, String term) {
        var match = f.match().field("title").boost(4).field("topics").boost(2).field("summary").boost(2).field("body")
                .matching(term);
        return term.length() >= FORGIVE_TYPO_FROM ? match.fuzzy(1) : match;
    }

    /** The member's words as plain, distinct, lower-case words, stop words left out. */
    static List<String> terms(String words) {
        return Arrays.stream(NOT_A_WORD.split(words.toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty() && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w))
                .distinct().limit(MAX_TERMS).toList();
    }
}
