package io.odigos.community.knowledge;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How entries' text is cut into searchable words: English, lower-cased, accents folded, possessives and stop words
 * dropped, plurals reduced. Only plurals: a full stemmer ("instrumentation" to "instrument") would leave a typo
 * further from the stored word than the one edit the search forgives.
 */
public final class EntryAnalysis implements LuceneAnalysisConfigurer {

    static final String ENGLISH = "kb_english";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("englishMinimalStem");
    }
}
