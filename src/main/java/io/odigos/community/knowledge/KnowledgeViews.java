package io.odigos.community.knowledge;

import static io.odigos.community.slack.SlackText.escape;

import io.odigos.community.core.WebLinks;
import java.util.stream.Collectors;

/**
 * The knowledge base's shared Block Kit and words: the action ids every slice answers (share a guide, open an entry)
 * and the one line an entry is listed with, wherever it is listed (search results, browsing, Home, digests).
 */
final class KnowledgeViews {

    static final String COMMAND = "/kb";
    /** Opens the form to share a guide. */
    static final String SHARE = "kb-share";
    /** Shows one entry in full, with its rating buttons; the value is the entry's id. */
    static final String OPEN = "kb-open";

    private KnowledgeViews() {
    }

    /** "*<link|Title>* · Tutorial · eBPF, Sampling · Odigos 1.0 · 12 found it helpful", outdated entries labelled. */
    static String entryLine(KnowledgeEntry e) {
        String name = escape(e.title());
        String shown = e.link() != null && WebLinks.isHttp(e.link()) ? "<" + e.link() + "|" + name + ">" : name;
        return (e.outdated() ? ":warning: _Outdated_ " : "") + "*" + shown + "*"
                + " · " + e.kind().label()
                + " · " + escape(e.topics().stream().collect(Collectors.joining(", ")))
                + " · Odigos " + escape(e.odigosVersion())
                + (e.helpful() > 0 ? " · " + e.helpful() + " found it helpful" : "");
    }
}
